// dcs compile: the workbook read back cell by cell, with exceljs and (where Debian's
// python3-openpyxl is installed) with a second reader; byte-stable across runs and time zones.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { excel } from '../../src/excel/exceljs.js';
import { dcs, dcsBin, FIXTURES, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const NOW = new Date('2026-06-20T03:00:00Z');
/** Debian's python3-openpyxl, a second reader independent of exceljs, where it is installed. */
const HAS_OPENPYXL =
  spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
let dir = '';

/** The clerk's season: two forms filled (one on time, one late), renamed, plus a corrupt file. */
beforeAll(async () => {
  const forms = join(tempDir(), 'forms');
  await dcs(['template', '--period', '2026-6t', '-o', forms], { now: NOW });
  dir = planCopy(HONG_AN);
  mkdirSync(join(dir, 'reports/2026-6t'), { recursive: true });
  await fillWithExceljs(join(forms, 'vhxh.xlsx'), join(dir, 'reports/2026-6t/Bao cao VHXH (1).xlsx'), {
    submitted: '03/06/2026',
    status: 'Hoàn thành',
    number: '07/BC-VHXH',
    signer: 'Nguyễn Văn A, Trưởng phòng',
  });
  await fillWithExceljs(join(forms, 'ktht.xlsx'), join(dir, 'reports/2026-6t/ktht.xlsx'), {
    submitted: new Date(Date.UTC(2026, 5, 8)),
    status: 'Đang thực hiện',
  });
  writeFileSync(join(dir, 'reports/2026-6t/vp.xlsx'), Buffer.from('PK\u0003\u0004 not really a workbook'));
});

async function sheets(file: string) {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const rowOf = (ws: import('exceljs').Worksheet, first: string): import('exceljs').Row => {
  let found: import('exceljs').Row | undefined;
  ws.eachRow((r) => {
    if (!found && String(r.getCell(1).value ?? '') === first) found = r;
  });
  if (!found) throw new Error(`no row ${first}`);
  return found;
};

describe('dcs compile on the shipped plan', () => {
  it('counts the two units, says the third sent a file that cannot be used, exits 1', async () => {
    const r = await dcs(['compile', '--period', '2026-6t'], { cwd: dir, now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'tong-hop/tong-hop-2026-6t.xlsx: 2 báo cáo được dùng, 1 tệp không dùng được, 0 đơn vị chưa gửi',
    );
    const wb = await sheets(join(dir, 'tong-hop/tong-hop-2026-6t.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Tình hình gửi báo cáo',
      'Chi tiết',
      'Chỉ tiêu',
      'Khó khăn - Kiến nghị',
      'Nguồn dữ liệu',
      'Theo dõi các kỳ',
    ]);

    const sum = wb.getWorksheet('Tổng hợp')!;
    expect(sum.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    expect(sum.getCell('A2').value).toBe('PHƯỜNG HỒNG AN');
    // Nghị định 30's rules: short under the issuing body, as long as the motto under it.
    expect(String(sum.getCell('A3').value)).toMatch(/^─{3,}$/);
    expect(String(sum.getCell('D3').value)).toMatch(/^─{10,}$/);
    expect(sum.getCell('A10').value).toBe('STT');
    // Dated the day after the deadline, or the latest report used if later (KTHT's, of 08/06).
    expect(sum.getCell('D4').value).toBe('Hồng An, ngày 08 tháng 6 năm 2026');
    const counts = (id: string) => (rowOf(sum, id).values as unknown[]).slice(4, 11);
    // STT | … | assigned, done, in progress, not started, not applicable, not reported, rate
    expect(counts('II.1')).toEqual([3, 1, 1, 0, 0, 1, 1 / 3]);
    expect(counts('IV.2.a')).toEqual([3, 1, 1, 0, 0, 1, 1 / 3]);
    expect(counts('IV.4')).toEqual([1, 0, 1, 0, 0, 0, 0]);
    expect(counts('IV.3.a')).toEqual([1, 0, 0, 0, 0, 1, 0]);
    expect(counts('I.2')).toEqual([0, 0, 0, 0, 0, 0, '—']);
    expect(rowOf(sum, 'II.1').getCell(10).numFmt).toBe('0.0%');
    expect(sum.getCell('A1').font.name).toBe('Times New Roman');
    expect(sum.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });

    const units = wb.getWorksheet('Tình hình gửi báo cáo')!;
    // STT | unit | number | signer | sent | deadline | state | why rejected | contact
    const unit = (n: string) => (rowOf(units, n).values as unknown[]).slice(2, 9);
    const [vp, vhxh, ktht] = ['1', '2', '3'].map(unit);
    expect(vp!.slice(0, 6)).toEqual([
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      undefined,
      undefined,
      undefined,
      new Date(Date.UTC(2026, 5, 4)),
      'Đã gửi — bị loại',
    ]);
    expect(String(vp![6])).toContain('Tệp Excel bị hỏng');
    expect(vhxh!.slice(0, 6)).toEqual([
      'Phòng Văn hóa - Xã hội',
      '07/BC-VHXH',
      'Nguyễn Văn A, Trưởng phòng',
      new Date(Date.UTC(2026, 5, 3)),
      new Date(Date.UTC(2026, 5, 4)),
      'Đúng hạn',
    ]);
    expect(ktht!.slice(3, 6)).toEqual([
      new Date(Date.UTC(2026, 5, 8)),
      new Date(Date.UTC(2026, 5, 4)),
      'Chậm 4 ngày',
    ]);
    expect(rowOf(units, '2').getCell(5).numFmt).toBe('dd/mm/yyyy');

    const src = wb.getWorksheet('Nguồn dữ liệu')!;
    const files: string[] = [];
    src.eachRow((row, n) => {
      if (n > 3) files.push(`${row.getCell(2).value} ${row.getCell(3).value ?? ''} ${row.getCell(5).value}`);
    });
    expect(files).toEqual([
      'Bao cao VHXH (1).xlsx vhxh Đã dùng',
      'ktht.xlsx ktht Đã dùng',
      'vp.xlsx vp Bị loại (đơn vị đã gửi, cần sửa)',
    ]);
    expect(String(rowOf(src, '3').getCell(6).value)).toContain('Tệp Excel bị hỏng');
    expect(String(rowOf(src, '1').getCell(4).value)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to overwrite without --force (exit 2); with --force the bytes are identical, in any time zone', () => {
    // All three runs are the built CLI on the same clock, so they must agree whatever that clock says.
    const out = join(dir, 'tong-hop/tong-hop-2026-6t.xlsx');
    rmSync(out, { force: true });
    expect(
      dcsBin(['compile', '--period', '2026-6t'], { cwd: dir, env: { TZ: 'Asia/Ho_Chi_Minh' } }).code,
    ).toBe(1);
    const first = readFileSync(out);
    // Refused before the plan is read: not one report opened (a city's take seconds to read).
    const trace = join(tempDir(), 'opens.txt');
    const again = dcsBin(['compile', '--period', '2026-6t'], {
      cwd: dir,
      env: { DCS_TRACE_OPENS: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-opens.mjs')}` },
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Không ghi đè');
    expect(readFileSync(trace, 'utf8')).not.toContain(join(dir, 'reports'));
    expect(readFileSync(out).equals(first)).toBe(true);
    const r = dcsBin(['compile', '--period', '2026-6t', '--force'], {
      cwd: dir,
      env: { TZ: 'America/Los_Angeles' },
    });
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(out).equals(first)).toBe(true);
  });

  it('takes the document date from SOURCE_DATE_EPOCH when set', async () => {
    const out = join(tempDir(), 'th.xlsx');
    await dcs(['compile', '--period', '2026-6t', '-o', out], {
      cwd: dir,
      now: NOW,
      env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 12) / 1000) },
    });
    expect((await sheets(out)).getWorksheet('Tổng hợp')!.getCell('D4').value).toBe(
      'Hồng An, ngày 12 tháng 6 năm 2026',
    );
  });

  it('report text stays text, never a formula', async () => {
    const d = planCopy(HONG_AN, {
      'reports/2026-6t/vp.yaml':
        'unit: vp\nperiod: 2026-6t\nsubmitted: "2026-06-01"\ntasks:\n  - task: IV.3.a\n    status: hoan-thanh\n    result: "=HYPERLINK(\\"http://x\\",\\"bấm\\")"\ndifficulties: "+1 thiếu kinh phí"\n',
    });
    expect((await dcs(['compile', '--period', '2026-6t'], { cwd: d, now: NOW })).code).toBe(0);
    const wb = await sheets(join(d, 'tong-hop/tong-hop-2026-6t.xlsx'));
    let formulas = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula) formulas++;
        }),
      );
    expect(formulas).toBe(0);
    const detail = wb.getWorksheet('Chi tiết')!;
    let result = '';
    detail.eachRow((row) => {
      if (row.getCell(2).value === 'IV.3.a') result = String(row.getCell(5).value);
    });
    expect(result).toBe('=HYPERLINK("http://x","bấm")');
  });

  it('writes nothing when the plan is invalid; with no report yet, a workbook of who has not sent', async () => {
    const bad = planCopy(HONG_AN, {
      'plan.yaml': readFileSync(join(HONG_AN, 'plan.yaml'), 'utf8').replace(
        '    lead: ktht\n',
        '    lead: kt\n',
      ),
    });
    const r = await dcs(['compile', '--period', '2026-6t'], { cwd: bad, now: NOW });
    expect(r.code).toBe(1);
    expect(existsSync(join(bad, 'tong-hop'))).toBe(false);
    const empty = planCopy(HONG_AN);
    const e = await dcs(['compile', '--period', '2026-6t'], { cwd: empty, now: NOW });
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('chưa có báo cáo nào dùng được');
    const wb = await sheets(join(empty, 'tong-hop/tong-hop-2026-6t.xlsx'));
    const states: unknown[] = [];
    wb.getWorksheet('Tình hình gửi báo cáo')!.eachRow((row, n) => {
      if (n > 3) states.push(row.getCell(7).value);
    });
    expect(states).toEqual(['Chưa gửi', 'Chưa gửi', 'Chưa gửi']);
  });

  it('--date and --number fill the date line and "Kèm theo Báo cáo số …"; a date in the wrong form is exit 2', async () => {
    const out = join(tempDir(), 'th.xlsx');
    const r = await dcs(
      ['compile', '--period', '2026-6t', '-o', out, '--date', 'ngày 10/6/2026', '--number', '25/BC-UBND'],
      { cwd: dir, now: NOW },
    );
    expect(r.code).toBe(1);
    const sum = (await sheets(out)).getWorksheet('Tổng hợp')!;
    expect(sum.getCell('D4').value).toBe('Hồng An, ngày 10 tháng 6 năm 2026');
    expect(sum.getCell('A8').value).toBe(
      '(Kèm theo Báo cáo số 25/BC-UBND ngày 10/06/2026 của UBND phường Hồng An)',
    );
    const bad = await dcs(
      ['compile', '--period', '2026-6t', '-o', join(tempDir(), 'x.xlsx'), '--date', '31/02/2026'],
      { cwd: dir, now: NOW },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"31/02/2026" không phải là một ngày hợp lệ');
  });
});

describe('dcs compile --lang en', () => {
  it('writes every label in English, statuses included', async () => {
    const out = join(tempDir(), 'en.xlsx');
    await dcs(['compile', '--period', '2026-6t', '-o', out, '--lang', 'en'], { cwd: dir, now: NOW });
    const wb = await sheets(out);
    const states: unknown[] = [];
    wb.getWorksheet('Report submission')!.eachRow((row, n) => {
      if (n > 3) states.push(row.getCell(7).value);
    });
    expect(states).toEqual(['Sent — rejected', 'On time', '4 days late']);
    const progress = new Set<unknown>();
    wb.getWorksheet('Details')!.eachRow((row, n) => {
      if (n > 3) progress.add(row.getCell(4).value);
    });
    expect([...progress].sort()).toEqual(
      ['Done', 'In progress', 'Not reported', 'Report rejected'].filter((w) => progress.has(w)),
    );
    expect(progress.has('Hoàn thành') || progress.has('Đang thực hiện')).toBe(false);
  });
});

describe('dcs compile on the invented ward', () => {
  it('aggregates indicators as the plan says and keeps every file in the provenance sheet', async () => {
    const out = join(tempDir(), 'th.xlsx');
    const r = await dcs(
      ['compile', '--period', '2026-6t', '--plan', join(FIXTURES, 'phuong-hu-cau'), '-o', out],
      { now: NOW },
    );
    expect(r.code).toBe(0);
    const wb = await sheets(out);
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const hoi = rowOf(ind, 'hoi-nghi-tdp').values as unknown[];
    expect(hoi.slice(1, 7)).toEqual([
      'hoi-nghi-tdp',
      'Hội nghị tổ dân phố được tổ chức',
      'hội nghị',
      24,
      0,
      22,
    ]);
    const src = wb.getWorksheet('Nguồn dữ liệu')!;
    let rows = 0;
    src.eachRow((_, n) => {
      if (n > 3) rows++;
    });
    expect(rows).toBe(readdirSync(join(FIXTURES, 'phuong-hu-cau/reports/2026-6t')).length);
  });

  it.skipIf(!HAS_OPENPYXL)('reads the same with a second reader (openpyxl)', async () => {
    const out = join(tempDir(), 'th.xlsx');
    await dcs(['compile', '--period', '2026-6t', '-o', out], { cwd: dir, now: NOW });
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Tổng hợp']
row = next(r for r in ws.iter_rows(values_only=True) if r[0] == 'II.1')
print(row[3:10])
u = wb['Tình hình gửi báo cáo']
print([r[6] for r in u.iter_rows(min_row=4, values_only=True)])
`,
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(py.stderr).toBe('');
    expect(py.stdout.trim().split('\n')).toEqual([
      '(3, 1, 1, 0, 0, 1, 0.3333333333333333)',
      "['Đã gửi — bị loại', 'Đúng hạn', 'Chậm 4 ngày']",
    ]);
  });
});
