// The Báo cáo as printed: LibreOffice Writer turns it into PDF, and the pages read as a clerk would
// print them. Runs where Writer and poppler are installed (Debian's libreoffice-writer-nogui,
// poppler-utils, fonts-liberation); skipped elsewhere.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, tempDir } from '../helpers/cli.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
/** Calc alone cannot open a .docx: look for Writer's library where LibreOffice installs it. */
const HAS_WRITER = [
  '/usr/lib/libreoffice/program/libswlo.so',
  '/opt/libreoffice/program/libswlo.so',
  '/Applications/LibreOffice.app/Contents/Frameworks/libswlo.dylib',
].some((p) => existsSync(p));
const CAN_RENDER = HAS_WRITER && has('soffice') && has('pdfinfo') && has('pdftotext');

describe.skipIf(!CAN_RENDER)('the Báo cáo printed through LibreOffice Writer', () => {
  it('page 1 has the header, the title and section I; page numbers start on page 2; the signer ends it', async () => {
    const dir = tempDir();
    const docx = join(dir, 'bao-cao.docx');
    const r = await dcs(
      ['draft', '--plan', join(FIXTURES, 'phuong-hu-cau'), '--period', '2026-6t', '-o', docx],
      {
        now: new Date('2026-06-20T03:00:00Z'),
      },
    );
    expect(r.code).toBe(0);
    const profile = `-env:UserInstallation=file://${join(dir, '.lo-profile')}`;
    spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: 120000,
    });
    const pdf = join(dir, 'bao-cao.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages).toBeGreaterThan(2);
    const text = (page: number) =>
      spawnSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
        encoding: 'utf8',
      }).stdout;
    const first = text(1);
    // The issuing body and the Quốc hiệu side by side, each on its line.
    expect(first).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(first).toMatch(/PHƯỜNG HƯ CẤU\s+Độc lập - Tự do - Hạnh phúc/);
    expect(first).toMatch(/Số:\s+\/BC-UBND\s+Hư Cấu, ngày 08 tháng 6 năm 2026/);
    expect(first).toContain('BÁO CÁO');
    expect(first).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(first.trimStart()).toMatch(/^ỦY BAN/);
    expect(text(2).trimStart()).toMatch(/^2\n/);
    const last = text(pages);
    expect(last).toContain('Nơi nhận:');
    expect(last).toMatch(/TM\. ỦY BAN NHÂN DÂN/);
    expect(last).toContain('Trần Văn Giả');
  }, 180000);
});
