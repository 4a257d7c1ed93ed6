// One messy season, played as a clerk gets it, on the invented ward: forms renamed by Zalo, one of
// another period, blank cells, a date typed as text or missing, an old .xls, two reports of one
// unit, an attachment and a stray note. Asserted as invariants across check, due and compile —
// every file has one disposition and every command tells the same story about every unit.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/index.js';
import { excel } from '../../src/excel/exceljs.js';
import { readForms, readPlanFolder } from '../../src/load/folder.js';
import type { Disposition } from '../../src/reports/disposition.js';
import { dcs, FIXTURES, planCopy, tempDir, type JsonDiagnostic } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const PERIOD = 'reports/2026-nam';
let dir = '';
let dispositions: Disposition[] = [];

/** A YAML form made by `dcs template`, filled by text replacement as a clerk would in an editor. */
function yamlReport(forms: string, unit: string, submitted: string, blankFirst: boolean): string {
  let first = true;
  return readFileSync(join(forms, `${unit}.yaml`), 'utf8')
    .replace('submitted: ""', `submitted: "${submitted}"`)
    .replace(/status: ""/g, () => {
      const blank = blankFirst && first;
      first = false;
      return blank ? 'status: ""' : 'status: hoan-thanh';
    });
}

beforeAll(async () => {
  dir = planCopy(join(FIXTURES, 'phuong-hu-cau'));
  const forms = join(tempDir(), 'forms');
  const yaml = join(tempDir(), 'yaml');
  const nine = join(tempDir(), 'nine');
  const plan = ['--plan', dir];
  await dcs(['template', ...plan, '--period', '2026-nam', '-o', forms], { now: NOW });
  await dcs(['template', ...plan, '--period', '2026-nam', '--format', 'yaml', '-o', yaml], { now: NOW });
  await dcs(['template', ...plan, '--period', '2026-9t', '--unit', 'tdp-6', '-o', nine], { now: NOW });
  const p = join(dir, PERIOD);
  mkdirSync(p, { recursive: true });
  const fill = (unit: string, name: string, o: Parameters<typeof fillWithExceljs>[2]) =>
    fillWithExceljs(join(forms, `${unit}.xlsx`), join(p, name), o);
  await fill('tdp-1', 'Bao cao 6T (1).xlsx', {
    submitted: '05/11/2026',
    status: 'Hoàn thành',
    number: '12/BC-TDP1',
  });
  const tdp2 = String((await readMeta(join(forms, 'tdp-2.xlsx'))).tasks).split('\n');
  await fill('tdp-2', 'tdp-2.xlsx', {
    submitted: new Date(Date.UTC(2026, 10, 12)),
    status: 'Đang thực hiện',
    blank: [tdp2[0]!],
  });
  await fill('tdp-3', 'BC tdp-3 (final).xlsx', { submitted: 'ngày 08/11/2026', status: 'hoàn thành' });
  await fill('tdp-4', 'tdp-4.xlsx', { submitted: null, status: 'Hoàn thành' });
  writeFileSync(join(p, 'tdp-5.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  await fillWithExceljs(join(nine, 'tdp-6.xlsx'), join(p, 'tdp-6.xlsx'), {
    submitted: '03/09/2026',
    status: 'Hoàn thành',
  });
  writeFileSync(join(p, 'tdp-7.yaml'), yamlReport(yaml, 'tdp-7', '2026-11-02', false));
  await fill('tdp-7', 'Bao cao (2).xlsx', { submitted: '02/11/2026', status: 'Hoàn thành' });
  writeFileSync(join(p, 'tdp-8.yaml'), yamlReport(yaml, 'tdp-8', '2026-11-06', true));
  await fill('tdp-9', 'tdp-9.xlsx', { submitted: '03/11/2026', status: 'xong' });
  await fill('tdp-10', 'tdp-10.xlsx', { submitted: '03/11/26', status: 'Không phát sinh' });
  writeFileSync(join(p, 'vhxh-ban-ky.pdf'), '%PDF-1.4');
  writeFileSync(join(p, 'ghi chu.txt'), 'gọi lại cho tdp-4');

  const folder = await readPlanFolder(dir, dir);
  await readForms(folder);
  dispositions = checkFolder(folder, '2026-11-20').dispositions.filter(
    (d) => d.entry.instance === '2026-nam',
  );
});

async function readMeta(file: string): Promise<Record<string, unknown>> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const meta: Record<string, unknown> = {};
  wb.getWorksheet('dcs')!.eachRow((row) => {
    meta[String(row.getCell(1).value)] = row.getCell(2).value;
  });
  return meta;
}

const kindOf = (name: string) => dispositions.find((d) => d.entry.name === name)?.kind;

describe('a messy season: one disposition per file', () => {
  it('every file in the period folder has exactly one disposition, and it is the expected one', () => {
    const names = readdirSync(join(dir, PERIOD)).sort();
    expect(dispositions.map((d) => d.entry.name).sort()).toEqual(names);
    expect(Object.fromEntries(names.map((n) => [n, kindOf(n)]))).toEqual({
      'Bao cao 6T (1).xlsx': 'used',
      'tdp-2.xlsx': 'used',
      'BC tdp-3 (final).xlsx': 'used',
      'tdp-4.xlsx': 'received-with-errors',
      'tdp-5.xls': 'received-with-errors',
      'tdp-6.xlsx': 'elsewhere',
      'tdp-7.yaml': 'received-with-errors',
      'Bao cao (2).xlsx': 'received-with-errors',
      'tdp-8.yaml': 'used',
      'tdp-9.xlsx': 'received-with-errors',
      'tdp-10.xlsx': 'used',
      'vhxh-ban-ky.pdf': 'attachment',
      'ghi chu.txt': 'stray',
    });
    expect(dispositions.find((d) => d.entry.name === 'tdp-5.xls')?.unit).toBe('tdp-5');
    // Another period's form says where it belongs, and nothing else.
    expect(
      dispositions.find((d) => d.entry.name === 'tdp-6.xlsx')?.problems.map((p) => [p.code, p.params.period]),
    ).toEqual([['form-other-period', '2026-9t']]);
  });

  it('check says what is wrong in each file, at its cell or line', async () => {
    const r = await dcs(['check', PERIOD, '--format', 'json'], { cwd: dir, now: NOW });
    expect(r.code).toBe(1);
    const rows = (JSON.parse(r.stdout) as (JsonDiagnostic & { cell: string | null })[]).map(
      (d) => `${d.file.slice(PERIOD.length + 1)} ${d.severity} ${d.code}`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        'tdp-2.xlsx warning report-task-blank',
        'tdp-4.xlsx error form-missing-date',
        'tdp-5.xls error form-old-format',
        'tdp-6.xlsx error form-other-period',
        'tdp-7.yaml error duplicate-report',
        'Bao cao (2).xlsx error duplicate-report',
        'tdp-8.yaml warning report-task-blank',
        'tdp-9.xlsx error form-bad-status',
        'tdp-10.xlsx warning date-two-digit-year',
        'ghi chu.txt warning report-stray-file',
      ]),
    );
    // Another period's form is that period's business: only where it belongs is said here.
    expect(rows.filter((x) => x.startsWith('tdp-6.xlsx'))).toEqual(['tdp-6.xlsx error form-other-period']);
    expect(rows.filter((x) => x.startsWith('Bao cao 6T') || x.startsWith('BC tdp-3'))).toEqual([]);
    const blank = (
      JSON.parse(r.stdout) as { file: string; code: string; line: number | null; cell: string | null }[]
    ).filter((d) => d.code === 'report-task-blank');
    expect(blank.find((d) => d.file.endsWith('tdp-8.yaml'))?.line).toBeGreaterThan(1);
    expect(blank.find((d) => d.file.endsWith('tdp-2.xlsx'))?.cell).toMatch(/^D\d+$/);
  });

  it('due, compile and check tell one story about every unit and every file', async () => {
    const due = await dcs(['due', '--as-of', '2026-11-20', '--all', '--format', 'json'], {
      cwd: dir,
      now: NOW,
    });
    const items = (
      JSON.parse(due.stdout) as {
        kind: string;
        id: string;
        unit: string;
        status: string;
        file: string | null;
        problem: { message: string } | null;
      }[]
    ).filter((i) => i.kind === 'report' && i.id === '2026-nam');
    const dueState = new Map(items.map((i) => [i.unit, i.status]));
    expect(
      Object.fromEntries(
        [
          'tdp-1',
          'tdp-2',
          'tdp-3',
          'tdp-4',
          'tdp-5',
          'tdp-6',
          'tdp-7',
          'tdp-8',
          'tdp-9',
          'tdp-10',
          'tdp-11',
        ].map((u) => [u, dueState.get(u)]),
      ),
    ).toEqual({
      'tdp-1': 'done',
      'tdp-2': 'done',
      'tdp-3': 'done',
      'tdp-4': 'needs-fixing',
      'tdp-5': 'needs-fixing',
      'tdp-6': 'overdue',
      'tdp-7': 'needs-fixing',
      'tdp-8': 'done',
      'tdp-9': 'needs-fixing',
      'tdp-10': 'done',
      'tdp-11': 'overdue',
    });
    const fix = items.find((i) => i.unit === 'tdp-4')!;
    expect(fix.file).toBe(`${PERIOD}/tdp-4.xlsx`);
    expect(fix.problem?.message).toContain('Chưa điền ngày gửi báo cáo');

    const out = join(tempDir(), 'th.xlsx');
    const c = await dcs(['compile', '--period', '2026-nam', '-o', out], { cwd: dir, now: NOW });
    expect(c.code).toBe(1);
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Tình hình gửi báo cáo: the same word for each unit as due's status.
    const units = wb.getWorksheet('Tình hình gửi báo cáo')!;
    const sheetState = new Map<string, string>();
    units.eachRow((row, n) => {
      if (n > 3) sheetState.set(String(row.getCell(2).value), String(row.getCell(7).value));
    });
    const nameOf = (id: string) =>
      readFileSync(join(dir, 'units.yaml'), 'utf8')
        .split('\n')
        .find((_, k, all) => all[k - 1]?.trim() === `- id: ${id}`)
        ?.replace(/^\s*name:\s*/, '') ?? id;
    const expected: Record<string, string> = {
      done: 'ontime-or-late',
      'needs-fixing': 'Đã gửi — bị loại',
      overdue: 'Chưa gửi',
    };
    for (const [unit, status] of dueState) {
      const word = sheetState.get(nameOf(unit));
      if (expected[status] === 'ontime-or-late') expect(word, unit).toMatch(/^(Đúng hạn|Chậm \d+ ngày)$/);
      else expect(word, unit).toBe(expected[status]);
    }
    expect(sheetState.get(nameOf('tdp-2'))).toBe('Chậm 3 ngày');

    // Nguồn dữ liệu: every file once, with the disposition check and due read; rejection reasons
    // are exactly check's errors for that file.
    const check = JSON.parse(
      (await dcs(['check', PERIOD, '--format', 'json'], { cwd: dir, now: NOW })).stdout,
    ) as { file: string; severity: string; message: string }[];
    const src = wb.getWorksheet('Nguồn dữ liệu')!;
    const rows: { name: string; use: string; reason: string }[] = [];
    src.eachRow((row, n) => {
      if (n > 3)
        rows.push({
          name: String(row.getCell(2).value),
          use: String(row.getCell(5).value),
          reason: String(row.getCell(6).value ?? ''),
        });
    });
    expect(rows.map((r) => r.name).sort()).toEqual(readdirSync(join(dir, PERIOD)).sort());
    for (const r of rows) {
      const errors = check.filter((d) => d.file === `${PERIOD}/${r.name}` && d.severity === 'error');
      if (r.use === 'Đã dùng' || r.use === 'Tệp đính kèm') expect(errors, r.name).toEqual([]);
      else for (const e of errors) expect(r.reason, r.name).toContain(e.message);
      if (errors.length > 0) expect(r.use, r.name).not.toBe('Đã dùng');
    }
    // Chi tiết never calls a rejected unit's tasks "Chưa báo cáo" as if it had sent nothing.
    const detail = wb.getWorksheet('Chi tiết')!;
    const tdp9: string[] = [];
    detail.eachRow((row) => {
      if (row.getCell(1).value === nameOf('tdp-9')) tdp9.push(String(row.getCell(4).value));
    });
    expect(tdp9.length).toBeGreaterThan(0);
    expect(new Set(tdp9)).toEqual(new Set(['Báo cáo bị loại']));
  });
});
