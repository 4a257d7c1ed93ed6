// dcs receive: forms renamed by a messaging app, YAML reports and scans filed by what they say of
// themselves, with a receipt per file read from the one disposition of report files.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcs, FIXTURES, planCopy, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const NOW = new Date('2026-11-12T03:00:00Z');
let inbox: string;

/** Three forms of 2026-nam filled by another program and renamed as Zalo renames them, and a scan. */
beforeAll(async () => {
  const forms = join(tempDir(), 'forms');
  await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', forms], { now: NOW });
  inbox = join(tempDir(), 'Downloads');
  mkdirSync(inbox);
  await fillWithExceljs(join(forms, 'vhxh.xlsx'), join(inbox, 'Bao cao nam (1).xlsx'), {
    submitted: new Date(Date.UTC(2026, 10, 6)),
    status: 'Hoàn thành',
  });
  await fillWithExceljs(join(forms, 'ktht.xlsx'), join(inbox, 'BC nam - KTHT (final).xlsx'), {
    submitted: '12/11/2026',
    status: 'Đang thực hiện',
  });
  await fillWithExceljs(join(forms, 'vp.xlsx'), join(inbox, 'Bao cao nam.xlsx'), {
    submitted: new Date(Date.UTC(2026, 10, 9)),
    status: 'xong',
  });
  writeFileSync(join(inbox, 'scan.pdf'), '%PDF-1.4\n');
  writeFileSync(join(inbox, 'ghi chu.txt'), 'x');
}, 60000);

const files = (names: string[]) => names.map((n) => join(inbox, n));

describe('dcs receive', () => {
  it('files renamed forms into their period folder by their hidden record, with a receipt each', async () => {
    const dir = planCopy(WARD);
    const before = new Map(readdirSync(inbox).map((n) => [n, readFileSync(join(inbox, n))]));
    const r = await dcs(
      [
        'receive',
        '--plan',
        dir,
        ...files(['Bao cao nam (1).xlsx', 'BC nam - KTHT (final).xlsx', 'Bao cao nam.xlsx']),
      ],
      { now: NOW, cwd: dir },
    );
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '✓ 2026-nam · Phòng Văn hóa - Xã hội · reports/2026-nam/vhxh.xlsx: gửi ngày 06/11/2026, đúng hạn',
      '✓ 2026-nam · Phòng Kinh tế, Hạ tầng và Đô thị · reports/2026-nam/ktht.xlsx: gửi ngày 12/11/2026, chậm 3 ngày',
      '! 2026-nam · Văn phòng HĐND và UBND phường · reports/2026-nam/vp.xlsx: đã nhận, cần sửa (7 lỗi)',
    ]);
    // Each problem at its sheet and cell, five of them, then how many more.
    for (const l of lines.slice(3, 8))
      expect(l).toMatch(/^ {4}Báo cáo!D\d+: "xong" không phải là tiến độ hợp lệ/);
    expect(lines.slice(8)).toEqual([
      '    … và 2 lỗi nữa (dcs check để xem đủ)',
      '',
      'Đã nhận 3 tệp (7 điều cần xem lại, đánh dấu !); không nhận 0 tệp.',
      '',
    ]);
    expect(r.code).toBe(1);
    // Sources untouched; copies byte-identical.
    for (const [n, bytes] of before) expect(readFileSync(join(inbox, n)).equals(bytes), n).toBe(true);
    expect(
      readFileSync(join(dir, 'reports/2026-nam/vhxh.xlsx')).equals(before.get('Bao cao nam (1).xlsx')!),
    ).toBe(true);
    // What check now says of the folder: the same errors, nothing else.
    const check = await dcs(['check', '--plan', dir, 'reports/2026-nam', '--format', 'json'], {
      now: NOW,
      cwd: dir,
    });
    expect(
      JSON.parse(check.stdout).map((d: { file: string; code: string }) => `${d.file} ${d.code}`),
    ).toEqual(Array<string>(7).fill('reports/2026-nam/vp.xlsx form-bad-status'));

    // The same file again: refused, nothing changed.
    const again = await dcs(['receive', '--plan', dir, ...files(['Bao cao nam (1).xlsx'])], {
      now: NOW,
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      `✗ ${join(inbox, 'Bao cao nam (1).xlsx')}: không nhận — đã nhận rồi: reports/2026-nam/vhxh.xlsx giống hệt`,
    );
  });

  it('a corrected form replaces the old one only with --replace', async () => {
    const dir = planCopy(WARD);
    await dcs(['receive', '--plan', dir, ...files(['Bao cao nam.xlsx'])], { now: NOW });
    const fixed = join(tempDir(), 'Bao cao nam (2).xlsx');
    await fillWithExceljs(join(inbox, 'Bao cao nam.xlsx'), fixed, {
      submitted: new Date(Date.UTC(2026, 10, 9)),
      status: 'Hoàn thành',
    });
    const refused = await dcs(['receive', '--plan', dir, fixed], { now: NOW, cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('đã có reports/2026-nam/vp.xlsx (khác tệp này); dùng --replace');
    const replaced = await dcs(['receive', '--plan', dir, fixed, '--replace'], { now: NOW, cwd: dir });
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(
      /^✓ 2026-nam · .* · reports\/2026-nam\/vp\.xlsx: gửi ngày 09\/11\/2026, đúng hạn\n {4}thay bản gửi ngày 09\/11\/2026 \(đang cần sửa\)$/m,
    );
  });

  it('refuses what it cannot file, saying why; attachments need --unit and --period', async () => {
    const dir = planCopy(WARD);
    const r = await dcs(
      ['receive', '--plan', dir, ...files(['scan.pdf', 'ghi chu.txt']), join(inbox, 'nope.xlsx')],
      {
        now: NOW,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'scan.pdf: không nhận — tệp đính kèm không tự cho biết của đơn vị nào, kỳ nào',
    );
    expect(r.stdout).toContain('ghi chu.txt: không nhận — không phải báo cáo');
    expect(r.stdout).toContain('nope.xlsx: không nhận — không có tệp này');
    const scan = await dcs(
      ['receive', '--plan', dir, join(inbox, 'scan.pdf'), '--unit', 'vhxh', '--period', '2026-nam'],
      { now: NOW, cwd: dir },
    );
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain(
      '✓ 2026-nam · Phòng Văn hóa - Xã hội · reports/2026-nam/vhxh-scan.pdf: tệp đính kèm',
    );
    // A form of another period under --period is not filed under it.
    const wrong = await dcs(
      ['receive', '--plan', dir, ...files(['Bao cao nam.xlsx']), '--period', '2026-9t'],
      {
        now: NOW,
      },
    );
    expect(wrong.stdout).toContain('tệp ghi kỳ 2026-nam, không phải 2026-9t như --period');
    // A form already dropped into the period folder by hand is read there already.
    mkdirSync(join(dir, 'reports/2026-nam'), { recursive: true });
    const dropped = join(dir, 'reports/2026-nam/Bao cao nam (1).xlsx');
    copyFileSync(join(inbox, 'Bao cao nam (1).xlsx'), dropped);
    const inPlace = await dcs(['receive', '--plan', dir, dropped], { now: NOW, cwd: dir });
    expect(inPlace.stdout).toContain('tệp đã nằm trong thư mục kỳ và đã được đọc là báo cáo của đơn vị');
    expect(existsSync(join(dir, 'reports/2026-nam/vhxh.xlsx'))).toBe(false);
    // A form of another plan.
    const other = planCopy(WARD);
    const plan = join(other, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^id: .*$/m, 'id: ke-hoach-khac'));
    const foreign = await dcs(['receive', '--plan', other, ...files(['Bao cao nam.xlsx'])], { now: NOW });
    expect(foreign.stdout).toContain('biểu mẫu của kế hoạch "hu-cau-dcs-2025", không phải kế hoạch này');
    expect(existsSync(join(other, 'reports/2026-nam'))).toBe(false);
  });

  it('a YAML report is filed by its unit and period; one already there under another name is refused', async () => {
    const dir = planCopy(WARD);
    const yaml = join(tempDir(), 'bao-cao.yaml');
    copyFileSync(join(WARD, 'reports/2026-9t/vhxh.yaml'), yaml);
    const text = readFileSync(yaml, 'utf8').replace(/period: .*/, 'period: 2026-nam');
    writeFileSync(yaml, text);
    const r = await dcs(['receive', '--plan', dir, yaml], { now: NOW, cwd: dir });
    expect(r.stdout).toMatch(/^[✓!] 2026-nam · Phòng Văn hóa - Xã hội · reports\/2026-nam\/vhxh\.yaml: /m);
    // The unit's form arrives too: two reports for one unit would both be rejected, so it is refused.
    const form = await dcs(['receive', '--plan', dir, ...files(['Bao cao nam (1).xlsx'])], {
      now: NOW,
      cwd: dir,
    });
    expect(form.code).toBe(1);
    expect(form.stdout).toContain('đơn vị đã có báo cáo kỳ này ở reports/2026-nam/vhxh.yaml');
  });

  it('--commit makes one git commit of what was filed, the receipts as its message; --lang en; alias nhan', async () => {
    const dir = planCopy(WARD);
    const git = (...a: string[]) =>
      spawnSync('git', ['-c', 'user.name=VHXH', '-c', 'user.email=v@example.org', ...a], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'Kế hoạch');
    const env = {
      GIT_AUTHOR_NAME: 'VHXH',
      GIT_AUTHOR_EMAIL: 'v@example.org',
      GIT_COMMITTER_NAME: 'VHXH',
      GIT_COMMITTER_EMAIL: 'v@example.org',
      PATH: process.env.PATH,
      HOME: process.env.HOME,
    };
    const r = await dcs(
      ['nhan', '--plan', dir, '--commit', '--lang', 'en', ...files(['Bao cao nam (1).xlsx'])],
      {
        now: NOW,
        cwd: dir,
        env,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '✓ 2026-nam · Phòng Văn hóa - Xã hội · reports/2026-nam/vhxh.xlsx: sent 06/11/2026, on time',
    );
    expect(r.stdout).toContain('Committed 1 file.');
    const log = git('log', '-1', '--format=%B').stdout;
    expect(log).toMatch(/^Receive 1 report file\n\n✓ 2026-nam · Phòng Văn hóa - Xã hội/);
    expect(git('show', '--name-only', '--format=', 'HEAD').stdout.trim()).toBe('reports/2026-nam/vhxh.xlsx');
    expect(statSync(join(dir, 'reports/2026-nam/vhxh.xlsx')).isFile()).toBe(true);
  });

  it('never a ✓ over a problem: a blank task, a form of a long-past period; the same file twice; --commit without git', async () => {
    const dir = planCopy(WARD);
    const forms = join(tempDir(), 'forms');
    await dcs(['template', '--plan', WARD, '--period', '2025-nam', '--unit', 'tdp-1', '-o', forms], {
      now: NOW,
    });
    const old = join(tempDir(), 'BC nam tdp1 (2).xlsx');
    await fillWithExceljs(join(forms, 'tdp-1.xlsx'), old, {
      submitted: new Date(Date.UTC(2026, 10, 8)),
      status: 'Hoàn thành',
    });
    const blank = join(tempDir(), 'vhxh blank.xlsx');
    const fresh = join(tempDir(), 'fresh');
    await dcs(['template', '--plan', WARD, '--period', '2026-nam', '--unit', 'vhxh', '-o', fresh], {
      now: NOW,
    });
    const meta = await (await import('../../src/excel/exceljs.js')).excel();
    const wb = new meta.Workbook();
    await wb.xlsx.readFile(join(fresh, 'vhxh.xlsx'));
    const first = String(wb.getWorksheet('dcs')!.getCell('B7').value).split('\n')[0]!;
    await fillWithExceljs(join(fresh, 'vhxh.xlsx'), blank, {
      submitted: new Date(Date.UTC(2026, 10, 6)),
      status: 'Hoàn thành',
      blank: [first],
    });
    const r = await dcs(['receive', '--plan', dir, blank, old, blank], { now: NOW, cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '! 2026-nam · Phòng Văn hóa - Xã hội · reports/2026-nam/vhxh.xlsx: gửi ngày 06/11/2026, đúng hạn',
    );
    expect(lines[1]).toMatch(/^ {4}cảnh báo: Báo cáo!D\d+: /);
    expect(r.stdout).toContain(
      '! 2025-nam · Tổ dân phố số 1 · reports/2025-nam/tdp-1.xlsx: gửi ngày 08/11/2026, chậm 364 ngày\n    biểu mẫu kỳ 2025-nam, đã qua hạn lâu',
    );
    expect(r.stdout).toContain(`\n✗ ${blank}: không nhận — cùng một tệp đã đưa ở trên\n`);
    // A date with day and month swapped, before even the 9-month deadline: never a ✓.
    const swapped = join(tempDir(), 'swapped.xlsx');
    await fillWithExceljs(join(fresh, 'vhxh.xlsx'), swapped, { submitted: '3/6/2026', status: 'Hoàn thành' });
    const early = await dcs(['receive', '--plan', planCopy(WARD), swapped], { now: NOW });
    expect(early.code).toBe(1);
    expect(early.stdout).toMatch(
      /^! 2026-nam · Phòng Văn hóa - Xã hội · .*: gửi ngày 03\/06\/2026, đúng hạn\n {4}cảnh báo: Báo cáo!C\d+: Ngày gửi 03\/06\/2026 sớm hơn cả hạn của kỳ trước \(09\/09\/2026\)/m,
    );
    const nogit = planCopy(WARD);
    const c = await dcs(['receive', '--plan', nogit, '--commit', blank], { now: NOW, cwd: nogit });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('không nằm trong một kho git');
    expect(existsSync(join(nogit, 'reports/2026-nam'))).toBe(false);
  });
});
