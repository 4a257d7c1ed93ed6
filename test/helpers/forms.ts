// Filling forms in tests with exceljs, a second path besides the committed openpyxl fixtures.
import { excel } from '../../src/excel/exceljs.js';

/** Fills a form the way a clerk would, with exceljs: by task ids in column A and by labels. */
export async function fillWithExceljs(
  src: string,
  out: string,
  o: {
    submitted: string | number | Date | null;
    status: string;
    number?: string;
    signer?: string;
    blank?: string[];
    cells?: Record<string, string | number | Date | null>;
  },
) {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet('Báo cáo')!;
  const meta = wb.getWorksheet('dcs')!;
  const tasks = String(meta.getCell('B7').value).split('\n');
  ws.eachRow((row) => {
    const a = String(row.getCell(1).value ?? '');
    if (a.startsWith('Ngày gửi báo cáo')) row.getCell(3).value = o.submitted;
    if (a.startsWith('Số báo cáo') && o.number) row.getCell(3).value = o.number;
    if (a.startsWith('Người ký') && o.signer) row.getCell(3).value = o.signer;
    if (tasks.includes(a) && !o.blank?.includes(a)) {
      row.getCell(4).value = o.status;
      row.getCell(5).value = `Kết quả ${a}`;
    }
  });
  for (const [address, value] of Object.entries(o.cells ?? {})) ws.getCell(address).value = value;
  // As Excel would keep it: exceljs reads the print area "$A$1:$F$46" as "A1:F46" and writes back
  // "$A1:$F46", which LibreOffice does not honour.
  const area = ws.pageSetup.printArea;
  if (area) ws.pageSetup.printArea = area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  await wb.xlsx.writeFile(out);
}
