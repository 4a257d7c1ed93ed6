// The Excel report form a unit fills in (Nghị định 30 look: Times New Roman, A4, header block,
// signature block). Only the pale-yellow cells are unlocked; "Tiến độ thực hiện" is a drop-down.
// A hidden sheet records plan, unit, period, form version and layout, so the form is recognised
// whatever its file is renamed to, and read back wherever rows end up.
import type { Cell, Worksheet } from 'exceljs';
import { formatDeadline } from '../time/calendar.js';
import { FORM_ID, FORM_VERSION, META_SHEET, STATUS_LABELS, type FormContent } from '../forms/content.js';
import { excel } from './exceljs.js';
import { BOX, bodyRule, FONT, mottoRule, rowHeight, RULE_SIZE } from './style.js';
import { periodInWords } from '../model/periods.js';

export const SHEET = 'Báo cáo';
export const LABELS = {
  submitted: 'Ngày gửi báo cáo (dd/mm/yyyy):',
  number: 'Số báo cáo:',
  signer: 'Người ký (họ tên, chức vụ):',
  tasks: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  indicators: 'II. CHỈ TIÊU',
  difficulties: 'III. KHÓ KHĂN, VƯỚNG MẮC',
  proposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
};
const WIDTHS = [9, 44, 12, 17, 34, 18] as const;
/** Yellow for an input cell while it is blank; see markBlankInputs. */
const INPUT = { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFFF8D6' } };
const GREY = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEDEDED' } };

function style(
  cell: Cell,
  o: {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    align?: 'left' | 'center' | 'right';
    input?: boolean;
    box?: boolean;
    grey?: boolean;
  },
): void {
  cell.font = { name: FONT, size: o.size ?? 12, bold: o.bold ?? false, italic: o.italic ?? false };
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: o.align ?? 'left' };
  if (o.box) cell.border = BOX;
  if (o.input) cell.protection = { locked: false };
  if (o.grey) cell.fill = GREY;
}

/**
 * Input cells are yellow while blank: a conditional format, which Excel and LibreOffice both draw, so a
 * filled-in form prints black on white even where page setup's "black and white" (also set) is ignored,
 * as LibreOffice ignores it. A field left blank still shows on paper, which is what the signer should see.
 */
function markBlankInputs(ws: Worksheet, optional: Map<string, string>): void {
  const inputs: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      // exceljs types `protection` as always there; a cell never given any has none.
      const protection = cell.protection as Partial<typeof cell.protection> | undefined;
      if (protection?.locked === false && cell.master.address === cell.address) inputs.push(cell.address);
    }),
  );
  for (const ref of inputs) {
    // An optional cell (a task's note) is yellow only until its row's required cell is filled.
    const after = optional.get(ref);
    const blank = `LEN(TRIM(${ref}))=0`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [after ? `AND(${blank},LEN(TRIM(${after}))=0)` : blank],
          style: { fill: INPUT },
        },
      ],
    });
  }
}

function merged(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  value: string,
  o: Parameters<typeof style>[1] = {},
): Cell {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = value;
  style(cell, o);
  return cell;
}

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const INSTRUCTIONS =
  'Cách điền: chỉ điền vào các ô nền vàng; chọn Tiến độ thực hiện trong danh sách; ghi ngày gửi dạng dd/mm/yyyy. Phần này không in ra.';

/** "Hồng An, ngày 05 tháng 6 năm 2026" from the date cell once it holds a date (NĐ 30: months 1–2
 * with a zero); dotted until then. The reader takes the date from the cell itself, never from here. */
function dateFormula(place: string, year: number, cell: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const month = `IF(MONTH(${cell})<3,TEXT(${cell},"mm"),MONTH(${cell}))`;
  const known = `${q(`${place}, ngày `)}&TEXT(${cell},"dd")&" tháng "&${month}&" năm "&YEAR(${cell})`;
  return `IF(ISNUMBER(${cell}),${known},${q(`${place}, ngày ..... tháng ..... năm ${year}`)})`;
}

function fitRow(ws: Worksheet, row: number, texts: [string, number][], min = 1): void {
  ws.getRow(row).height = rowHeight(
    texts.map(([text, chars]) => ({ text, chars })),
    min,
  );
}

export async function formWorkbook(c: FormContent): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dcs';
  const ws = wb.addWorksheet(SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      // Input fills guide the person filling in; on paper the document is black and white.
      blackAndWhite: true,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.9, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const total = WIDTHS.length;
  let r = 1;
  merged(ws, r, 1, 2, c.issuer.toLocaleUpperCase('vi'), { align: 'center' });
  merged(ws, r, 3, 6, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center' });
  r++;
  merged(ws, r, 1, 2, c.unit.name.toLocaleUpperCase('vi'), { bold: true, align: 'center' });
  merged(ws, r, 3, 6, MOTTO, { bold: true, align: 'center', size: 13 });
  fitRow(ws, r, [[c.unit.name, WIDTHS[0] + WIDTHS[1]]]);
  r++;
  merged(ws, r, 1, 2, bodyRule(c.unit.name.toLocaleUpperCase('vi')), { align: 'center', size: RULE_SIZE });
  merged(ws, r, 3, 6, mottoRule(MOTTO, 13), { align: 'center', size: RULE_SIZE });
  ws.getRow(r).height = 9;
  r++;
  // The date line shows the date once "Ngày gửi báo cáo" is filled (set below, when that cell is known).
  const dateLine = merged(ws, r, 3, 6, '', { italic: true, align: 'center' });
  r += 2;
  merged(ws, r, 1, total, 'BÁO CÁO', { bold: true, align: 'center', size: 14 });
  r++;
  const subject = `Kết quả thực hiện ${c.subject}`;
  merged(ws, r, 1, total, subject, { bold: true, align: 'center' });
  fitRow(ws, r, [[subject, WIDTHS.reduce((a, b) => a + b, 0)]]);
  r++;
  merged(ws, r, 1, total, periodInWords(c.periodName, c.year), { bold: true, align: 'center' });
  r++;
  merged(ws, r, 1, total, `Hạn gửi: chậm nhất ${formatDeadline(c.deadline, 'vi')} (${c.deadlinePhrase}).`, {
    italic: true,
    align: 'center',
    size: 11,
  });
  // For the person filling it in, beside the form and outside what prints.
  style(Object.assign(ws.getCell(r, total + 2), { value: INSTRUCTIONS }), { italic: true, size: 11 });
  r += 2;

  const labelled: Record<string, string> = {};
  for (const key of ['submitted', 'number', 'signer'] as const) {
    merged(ws, r, 1, 2, LABELS[key], { bold: true });
    merged(ws, r, 3, 4, '', { input: true, box: true });
    if (key === 'submitted') ws.getCell(r, 3).numFmt = 'dd/mm/yyyy';
    labelled[key] = `C${r}`;
    r++;
  }
  r++;

  merged(ws, r, 1, total, LABELS.tasks, { bold: true });
  r++;
  const headRow = r;
  ['STT', 'Nội dung nhiệm vụ', 'Vai trò', 'Tiến độ thực hiện', 'Kết quả thực hiện', 'Ghi chú'].forEach(
    (h, k) =>
      style(Object.assign(ws.getCell(r, k + 1), { value: h }), { bold: true, align: 'center', box: true }),
  );
  fitRow(ws, r, [['Tiến độ thực hiện', WIDTHS[3]]]);
  r++;
  const statusList = `"${Object.values(STATUS_LABELS).join(',')}"`;
  const firstTask = r;
  const optional = new Map<string, string>();
  for (const t of c.tasks) {
    const content = t.output ? `${t.content}\nSản phẩm: ${t.output}` : t.content;
    const role = `${t.role === 'lead' ? 'Chủ trì' : 'Phối hợp'}${t.via ? ` (qua nhóm)` : ''}`;
    [t.id, content, role].forEach((v, k) =>
      style(Object.assign(ws.getCell(r, k + 1), { value: v }), {
        box: true,
        align: k === 1 ? 'left' : 'center',
      }),
    );
    for (const k of [4, 5, 6])
      style(ws.getCell(r, k), { input: true, box: true, align: k === 4 ? 'center' : 'left' });
    optional.set(ws.getCell(r, 6).address, ws.getCell(r, 4).address);
    ws.getCell(r, 4).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Tiến độ thực hiện',
      error: `Chọn một trong: ${Object.values(STATUS_LABELS).join(', ')}.`,
    };
    fitRow(
      ws,
      r,
      [
        [content, WIDTHS[1]],
        [role, WIDTHS[2]],
      ],
      2,
    );
    r++;
  }
  if (c.tasks.length === 0) {
    merged(ws, r, 1, total, '(Đơn vị không có nhiệm vụ trong kế hoạch)', { italic: true, box: true });
    r++;
  }
  r++;

  merged(ws, r, 1, total, LABELS.indicators, { bold: true });
  r++;
  [
    'Mã',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Chỉ tiêu kế hoạch',
    'Số đạt được',
    'Trên tổng số (chỉ tiêu tỷ lệ)',
  ].forEach((h, k) =>
    style(Object.assign(ws.getCell(r, k + 1), { value: h }), { bold: true, align: 'center', box: true }),
  );
  fitRow(ws, r, [['Trên tổng số (chỉ tiêu tỷ lệ)', WIDTHS[5]]]);
  r++;
  const firstIndicator = r;
  for (const i of c.indicators) {
    [i.id, i.name, i.unit, i.target].forEach((v, k) =>
      style(Object.assign(ws.getCell(r, k + 1), { value: v }), {
        box: true,
        align: k === 1 ? 'left' : 'center',
      }),
    );
    style(ws.getCell(r, 5), { input: true, box: true, align: 'center' });
    if (i.aggregate === 'ratio') style(ws.getCell(r, 6), { input: true, box: true, align: 'center' });
    else style(Object.assign(ws.getCell(r, 6), { value: '—' }), { grey: true, box: true, align: 'center' });
    fitRow(ws, r, [
      [i.id, WIDTHS[0]],
      [i.name, WIDTHS[1]],
    ]);
    r++;
  }
  if (c.indicators.length === 0) {
    merged(ws, r, 1, total, '(Đơn vị không có chỉ tiêu phải báo cáo)', { italic: true, box: true });
    r++;
  }
  r++;

  for (const key of ['difficulties', 'proposals'] as const) {
    merged(ws, r, 1, total, LABELS[key], { bold: true });
    r++;
    merged(ws, r, 1, total, '', { input: true, box: true });
    ws.getRow(r).height = 80;
    labelled[key] = `A${r}`;
    // Nothing to say is a fair answer: yellow only until the form is dated.
    optional.set(`A${r}`, labelled.submitted!);
    r += 2;
  }
  // Nơi nhận on the left, the head of the unit's signature on the right, with room to sign.
  const sign = r;
  merged(ws, sign, 1, 3, 'Nơi nhận:', { bold: true, italic: true, size: 11 });
  merged(ws, sign + 1, 1, 3, `- UBND phường${c.receiver ? ` (qua ${c.receiver})` : ''};`, { size: 11 });
  merged(ws, sign + 2, 1, 3, '- Lưu: VT.', { size: 11 });
  merged(ws, sign, 4, 6, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true, align: 'center' });
  merged(ws, sign + 1, 4, 6, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true, align: 'center', size: 11 });
  const name = sign + 6;
  merged(ws, name, 4, 6, '', { bold: true, align: 'center', input: true });
  r = name + 1;
  const submitted = labelled.submitted!;
  dateLine.value = { formula: dateFormula(c.place, c.year, submitted) };
  // exceljs puts "$" before each half as given: "A$1" makes the absolute "$A$1" LibreOffice needs
  // (it prints the whole sheet, instructions and all, for "$A1").
  ws.pageSetup.printArea = `A$1:${String.fromCharCode(64 + total)}$${r}`;
  ws.pageSetup.printTitlesRow = `${headRow}:${headRow}`;
  ws.views = [{ state: 'normal', showGridLines: false }];
  markBlankInputs(ws, optional);
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: true,
    formatColumns: true,
  });

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  const record: [string, string | number][] = [
    ['form', FORM_ID],
    ['version', FORM_VERSION],
    ['plan', c.planId],
    ['unit', c.unit.id],
    ['period', c.instance],
    ['sheet', SHEET],
    ['tasks', c.tasks.map((t) => t.id).join('\n')],
    ['indicators', c.indicators.map((i) => i.id).join('\n')],
    ['status_col', 'D'],
    ['result_col', 'E'],
    ['note_col', 'F'],
    ['value_col', 'E'],
    ['of_col', 'F'],
    ['first_task_row', firstTask],
    ['first_indicator_row', firstIndicator],
    ...Object.entries(labelled).map(([k, v]) => [`cell_${k}`, v] as [string, string]),
  ];
  record.forEach(([k, v], i) => {
    meta.getCell(i + 1, 1).value = k;
    meta.getCell(i + 1, 2).value = v;
  });
  await meta.protect('', {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}
