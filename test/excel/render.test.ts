// The documents as printed: LibreOffice turns the workbooks into PDF and the page counts are what a
// clerk would print. Runs where LibreOffice and poppler are installed (Debian's libreoffice-calc-nogui,
// poppler-utils, fonts-liberation); skipped elsewhere.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, HONG_AN, tempDir } from '../helpers/cli.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const CAN_RENDER = has('soffice') && has('pdfinfo') && has('pdftotext');
const NOW = new Date('2026-06-20T03:00:00Z');

/** How many pixels of the form's input yellow (FFF8D6) page `page` of a PDF prints. */
function yellowPixels(pdf: string, page: number): number {
  const ppm = spawnSync('pdftoppm', ['-r', '30', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 1 << 26,
  }).stdout;
  // P6 header: magic, width, height, max value, each ended by one whitespace character.
  let at = 0;
  for (let fields = 0; fields < 4; at++) if (/\s/.test(String.fromCharCode(ppm[at]!))) fields++;
  let n = 0;
  for (let k = at; k + 2 < ppm.length; k += 3)
    if (ppm[k]! > 245 && Math.abs(ppm[k + 1]! - 248) < 6 && Math.abs(ppm[k + 2]! - 214) < 12) n++;
  return n;
}

function render(xlsx: string): { pdf: string; pages: number; text: (page: number) => string } {
  const dir = join(xlsx, '..');
  // A profile of its own: two LibreOffice runs sharing one would silently do nothing.
  const profile = `-env:UserInstallation=file://${join(dir, '.lo-profile')}`;
  spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    encoding: 'utf8',
    timeout: 120000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return {
    pdf,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    text: (page) =>
      spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout,
  };
}

describe.skipIf(!CAN_RENDER)('printed through LibreOffice', () => {
  it("the fixture ward's Tổng hợp fits 2 landscape pages, and the workbook no more than its content needs", async () => {
    const out = join(tempDir(), 'th.xlsx');
    await dcs(['compile', '--plan', join(FIXTURES, 'phuong-hu-cau'), '--period', '2026-6t', '-o', out], {
      now: NOW,
    });
    const pdf = render(out);
    const tinhHinh = Array.from({ length: pdf.pages }, (_, k) => k + 1).find((p) =>
      pdf.text(p).includes('TÌNH HÌNH GỬI BÁO CÁO'),
    );
    expect(tinhHinh! - 1).toBeLessThanOrEqual(2);
    // Measured: 14 pages with Carlito (Calibri's metric twin, as Excel lays it out), 11 without,
    // then Theo dõi các kỳ, last: 31 units and 17 tasks on 3 pages.
    const theoDoi = Array.from({ length: pdf.pages }, (_, k) => k + 1).find((p) =>
      pdf.text(p).includes('THEO DÕI TÌNH HÌNH GỬI BÁO CÁO'),
    );
    expect(pdf.pages - theoDoi! + 1).toBeLessThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(17);
  }, 180000);

  it('the Hồng An Tổng hợp fits 2 pages and keeps its signature block whole, with the last tasks and the total', async () => {
    const out = join(tempDir(), 'th.xlsx');
    await dcs(['compile', '--plan', HONG_AN, '--period', '2026-6t', '-o', out], { now: NOW });
    const pdf = render(out);
    const page = Array.from({ length: pdf.pages }, (_, k) => k + 1).find((p) =>
      pdf.text(p).includes('NGƯỜI LẬP BIỂU'),
    )!;
    // Its 17 tasks run to 443 characters: the table names them briefly, the plan holds the full text.
    expect(page).toBeLessThanOrEqual(2);
    const text = pdf.text(page);
    expect(text).toContain('toàn văn theo Kế hoạch');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Tổng số lượt');
    expect(text).toMatch(/^IV\.\d/m);
  }, 180000);

  it('a Hồng An form prints on 2 portrait pages, its date line written and its yellow gone once filled', async () => {
    const dir = tempDir();
    await dcs(['template', '--period', '2026-6t', '--unit', 'vhxh', '-o', dir], { now: NOW });
    const { fillWithExceljs } = await import('../helpers/forms.js');
    const filled = join(dir, 'filled.xlsx');
    await fillWithExceljs(join(dir, 'vhxh.xlsx'), filled, {
      submitted: new Date(Date.UTC(2026, 5, 3)),
      status: 'Hoàn thành',
      number: '12/BC-VHXH',
      signer: 'Nguyễn Văn A, Trưởng phòng',
    });
    const blank = render(join(dir, 'vhxh.xlsx'));
    expect(blank.text(1)).toContain('Hồng An, ngày ..... tháng ..... năm 2026');
    expect(yellowPixels(blank.pdf, 1)).toBeGreaterThan(1000);
    const pdf = render(filled);
    // Every input of page 1 is filled (the notes are optional once the status is chosen): no yellow.
    expect(yellowPixels(pdf.pdf, 1)).toBe(0);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const first = pdf.text(1);
    expect(first).toContain('Hồng An, ngày 03 tháng 6 năm 2026');
    expect(first).toContain('Kết quả thực hiện Kế hoạch triển khai thực hiện Nghị quyết');
    expect(first).not.toMatch(/Cách\s+điền/);
    expect(pdf.text(pdf.pages)).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  }, 180000);
});
