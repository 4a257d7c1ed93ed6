// What a clerk's walkthrough of a season found, each kept as a test: a future date, an empty
// report, an unreadable file beside a good one, a copied YAML, a form under another unit's name.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, HONG_AN, planCopy, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const NOW = new Date('2026-06-20T03:00:00Z');
const good = (unit: string, task: string, submitted = '2026-06-03') =>
  `unit: ${unit}\nperiod: 2026-6t\nsubmitted: "${submitted}"\ntasks:\n  - task: ${task}\n    status: hoan-thanh\n`;
type Item = {
  unit: string;
  id: string;
  status: string;
  file: string | null;
  problem: { code: string } | null;
};
const dueJson = async (dir: string, asOf: string) =>
  (
    JSON.parse(
      (await dcs(['due', '--as-of', asOf, '--all', '--format', 'json'], { cwd: dir, now: NOW })).stdout,
    ) as Item[]
  ).filter((i) => i.id === '2026-6t');

describe("a clerk's season, as found in a walkthrough", () => {
  it('a report dated in the future needs fixing in due, whatever the as-of date — never "not sent"', async () => {
    const dir = planCopy(HONG_AN, { 'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a', '2026-12-05') });
    for (const asOf of ['2026-06-10', '2026-06-20']) {
      expect(
        (await dueJson(dir, asOf)).find((i) => i.unit === 'vhxh'),
        asOf,
      ).toMatchObject({ status: 'needs-fixing', problem: { code: 'submitted-in-future' } });
    }
  });

  it('a report that gives no progress at all is not an all-clear', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml':
        'unit: vhxh\nperiod: 2026-6t\nsubmitted: "2026-06-03"\ntasks:\n  - task: IV.2.a\n    status: ""\n',
    });
    const vhxh = (await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh');
    expect(vhxh).toMatchObject({ status: 'needs-fixing', problem: { code: 'report-empty' } });
  });

  it('errors only in report files are not called errors of the plan', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a').replace('hoan-thanh', 'xong'),
    });
    const r = await dcs(['due', '--as-of', '2026-06-10'], { cwd: dir, now: NOW });
    expect(r.stderr).toContain('các tệp báo cáo có 1 lỗi');
    expect(r.stderr).not.toContain('kế hoạch còn');
  });

  it("an unreadable file named after a unit does not cancel that unit's good report", async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a'),
      'reports/2026-6t/vhxh (1).xls': 'junk',
    });
    const vhxh = (await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh');
    expect(vhxh).toMatchObject({ status: 'done', file: 'reports/2026-6t/vhxh.yaml' });
    const check = JSON.parse((await dcs(['check', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      code: string;
    }[];
    expect(check.map((d) => d.code)).toContain('form-old-format');
    expect(check.map((d) => d.code)).not.toContain('duplicate-report');
  });

  it('a copied YAML report is told to take the name of the unit written in it', async () => {
    const dir = planCopy(join(FIXTURES, 'phuong-hu-cau'));
    copyFileSync(join(dir, 'reports/2026-6t/tdp-20.yaml'), join(dir, 'reports/2026-6t/tdp-20 (copy).yaml'));
    const r = await dcs(['check', 'reports/2026-6t', '--format', 'json'], { cwd: dir, now: NOW });
    const d = (JSON.parse(r.stdout) as { code: string; message: string }[]).find(
      (x) => x.code === 'report-name-unknown-unit',
    );
    expect(d?.message).toContain('"tdp-20.yaml"');
  });

  it("a form filed under another unit's name is counted for its own unit, with a warning", async () => {
    const forms = join(tempDir(), 'f');
    await dcs(['template', '--period', '2026-6t', '--unit', 'vhxh', '-o', forms], { now: NOW });
    const dir = planCopy(HONG_AN);
    mkdirSync(join(dir, 'reports/2026-6t'), { recursive: true });
    await fillWithExceljs(join(forms, 'vhxh.xlsx'), join(dir, 'reports/2026-6t/ktht.xlsx'), {
      submitted: '03/06/2026',
      status: 'Hoàn thành',
    });
    const check = JSON.parse((await dcs(['check', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      code: string;
      severity: string;
    }[];
    expect(check.filter((d) => d.code === 'form-name-other-unit').map((d) => d.severity)).toEqual([
      'warning',
    ]);
    expect((await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh')?.status).toBe('done');
  });

  it("another period's report is told where it belongs, and that a report of that unit is already there", async () => {
    const dir = planCopy(join(FIXTURES, 'phuong-hu-cau'));
    copyFileSync(join(dir, 'reports/2026-9t/tdp-9.yaml'), join(dir, 'reports/2026-6t/tdp-9 (9t).yaml'));
    const r = await dcs(['check', 'reports/2026-6t'], { cwd: dir, now: new Date('2026-11-20T03:00:00Z') });
    expect(r.stdout).toContain('report-period-mismatch');
    expect(r.stdout).toContain('Thư mục reports/2026-9t/ đã có báo cáo của đơn vị này (tdp-9.yaml)');
  });

  it('check of a path outside the plan says so, from inside the plan folder', async () => {
    const dir = planCopy(HONG_AN);
    const outside = join(tempDir(), 'x.yaml');
    writeFileSync(outside, 'a: 1\n');
    const r = await dcs(['check', outside], { cwd: dir, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không thuộc thư mục kế hoạch');
  });

  it('compile --date before a report it compiles says so', async () => {
    const dir = planCopy(HONG_AN, { 'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a', '2026-06-08') });
    const r = await dcs(
      ['compile', '--period', '2026-6t', '--date', '05/06/2026', '-o', join(tempDir(), 'th.xlsx')],
      { cwd: dir, now: NOW },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'ngày văn bản 05/06/2026 trước ngày gửi của một báo cáo được tổng hợp (08/06/2026)',
    );
  });
});

describe('a fresh read of the code found', () => {
  it.each(['0999-11-01', '1899-11-01'])(
    'a YAML date the schema lets through but no count can use (%s) is not an all-clear',
    async (date) => {
      const dir = planCopy(HONG_AN, { 'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a', date) });
      expect((await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh')).toMatchObject({
        status: 'needs-fixing',
        problem: { code: 'report-no-date' },
      });
    },
  );

  it('a form whose hidden sheet lost its unit is counted for no one, and said so', async () => {
    const forms = join(tempDir(), 'f');
    await dcs(['template', '--period', '2026-6t', '--unit', 'vhxh', '-o', forms], { now: NOW });
    const dir = planCopy(HONG_AN);
    mkdirSync(join(dir, 'reports/2026-6t'), { recursive: true });
    const filled = join(tempDir(), 'filled.xlsx');
    await fillWithExceljs(join(forms, 'vhxh.xlsx'), filled, {
      submitted: '03/06/2026',
      status: 'Hoàn thành',
    });
    const { excel } = await import('../../src/excel/exceljs.js');
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    wb.getWorksheet('dcs')!.getCell('B4').value = null;
    await wb.xlsx.writeFile(join(dir, 'reports/2026-6t/baocao.xlsx'));
    const check = JSON.parse((await dcs(['check', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      code: string;
    }[];
    expect(check.map((d) => d.code)).toContain('report-no-unit');
    const c = await dcs(['compile', '--period', '2026-6t', '-o', join(tempDir(), 'th.xlsx')], {
      cwd: dir,
      now: NOW,
    });
    expect(c.stdout).toContain('chưa có báo cáo nào dùng được');
  });

  it("due's first problem of a file is the first error check prints for it", async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml': good('vhxh', 'IV.2.a')
        .replace('hoan-thanh', 'xong')
        .replace('period: 2026-6t\n', 'period: 2026-6t\nunit: vhxh\n'),
    });
    const check = JSON.parse((await dcs(['check', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      file: string;
      code: string;
      severity: string;
    }[];
    const first = check.find((d) => d.file.endsWith('vhxh.yaml') && d.severity === 'error');
    expect(first?.code).toBe('duplicate-key');
    expect((await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh')?.problem?.code).toBe(
      first?.code,
    );
  });

  it('a YAML report that is a list says so first, not "empty"', async () => {
    const dir = planCopy(HONG_AN, { 'reports/2026-6t/vhxh.yaml': '- unit: vhxh\n' });
    const vhxh = (await dueJson(dir, '2026-06-10')).find((i) => i.unit === 'vhxh');
    expect(vhxh).toMatchObject({ status: 'needs-fixing', problem: { code: 'schema-type' } });
  });

  it('"status:" left with nothing after it is a blank, as "" is: one warning, no error', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml': `${good('vhxh', 'IV.2.a')}  - task: II.1\n    status:\n`,
    });
    const check = JSON.parse((await dcs(['check', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      file: string;
      code: string;
    }[];
    expect(check.filter((d) => d.file.endsWith('vhxh.yaml')).map((d) => d.code)).toEqual([
      'report-task-blank',
    ]);
  });
});
