// Report forms: made by `dcs template`, filled in by another library or program (openpyxl,
// LibreOffice — committed fixtures — and exceljs at run time), read back into the one report model.
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
import { describe, expect, it } from 'vitest';
import { readForm, statusOfCell, cellDate } from '../../src/excel/read-form.js';
import { excel } from '../../src/excel/exceljs.js';
import { dcs, FIXTURES, HONG_AN, planCopy, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const FORMS = join(FIXTURES, 'forms');
const WARD = join(FIXTURES, 'phuong-hu-cau');
const read = (name: string) => readForm(readFileSync(join(FORMS, name)), name);

describe('dcs template', () => {
  it('makes one form per reporting unit, refuses to overwrite, and overwrites with --force', async () => {
    const out = join(tempDir(), 'forms');
    const r = await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', out], {
      now: new Date('2026-11-20T03:00:00Z'),
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toHaveLength(31);
    expect(existsSync(join(out, 'tdp-24.xlsx'))).toBe(true);
    const before = statSync(join(out, 'vhxh.xlsx')).mtimeMs;
    const again = await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Không ghi đè tệp đã có');
    expect(statSync(join(out, 'vhxh.xlsx')).mtimeMs).toBe(before);
    expect((await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', out, '--force'])).code).toBe(
      0,
    );
  });

  it("puts only the unit's own tasks and indicators in its form, with the hidden record", async () => {
    const out = join(tempDir(), 'f');
    await dcs(['template', '--plan', WARD, '--period', '2026-nam', '--unit', 'tdp-3', '-o', out]);
    expect(readdirSync(out)).toEqual(['tdp-3.xlsx']);
    const form = await readForm(readFileSync(join(out, 'tdp-3.xlsx')), 'tdp-3.xlsx');
    expect(form.meta).toMatchObject({
      form: 'dcs-bao-cao',
      version: '1',
      plan: 'hu-cau-dcs-2025',
      unit: 'tdp-3',
      period: '2026-nam',
    });
    expect(form.meta!.tasks!.split('\n')).toEqual(['II.1', 'PL1.1.1', 'PL1.1.3', 'PL2.3.2']);
    expect(form.meta!.indicators!.split('\n')).toEqual(['tdp-co-huong-uoc', 'hoi-nghi-tdp']);
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'tdp-3.xlsx'));
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(wb.getWorksheet('dcs')!.state).toBe('hidden');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
    expect(ws.getCell('A1').font.name).toBe('Times New Roman');
    const statusCell = [...Array(40).keys()]
      .map((k) => ws.getCell(k + 1, 4))
      .find((c) => c.dataValidation?.type === 'list')!;
    expect(statusCell.dataValidation.formulae).toEqual([
      '"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"',
    ]);
    expect(statusCell.protection?.locked).toBe(false);
    expect(ws.getCell('B1').protection?.locked).not.toBe(false);
    // Inputs are yellow only while blank (a conditional format), so a filled form prints black on
    // white in LibreOffice too; a task's note only until its status is chosen.
    expect(statusCell.fill).not.toMatchObject({ pattern: 'solid' });
    // exceljs reads them back but does not type them.
    const formats = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    const rules = formats.map((f) => [f.ref, f.rules[0]!.formulae[0]]);
    expect(rules).toContainEqual([statusCell.address, `LEN(TRIM(${statusCell.address}))=0`]);
    const note = `F${statusCell.row}`;
    expect(rules).toContainEqual([note, `AND(LEN(TRIM(${note}))=0,LEN(TRIM(${statusCell.address}))=0)`]);
    expect(rules.some(([ref]) => ref === 'B1')).toBe(false);
    // Absolute, or LibreOffice prints the instructions beside the form.
    expect(ws.pageSetup.printArea).toMatch(/^A\d+:F\d+$/);
    const book = await (await import('jszip')).default.loadAsync(readFileSync(join(out, 'tdp-3.xlsx')));
    expect(await book.file('xl/workbook.xml')!.async('string')).toMatch(/!\$A\$1:\$F\$\d+</);
  });

  it('--format yaml writes commented YAML forms that check once filled in', async () => {
    const out = join(tempDir(), 'y');
    await dcs(['template', '--period', '2026-6t', '--unit', 'ktht', '--format', 'yaml', '-o', out]);
    const text = readFileSync(join(out, 'ktht.yaml'), 'utf8');
    expect(text).toContain('# Hạn gửi: chậm nhất Thứ Năm, 04/06/2026 (Trước ngày 05/6 hằng năm).');
    expect(text).toContain('- task: "IV.4"');
    const filled = text
      .replace('submitted: ""', 'submitted: "2026-06-02"')
      .replace(/status: ""/g, 'status: dang-thuc-hien');
    const dir = planCopy(HONG_AN, { 'reports/2026-6t/ktht.yaml': filled });
    const r = await dcs(['check', '--format', 'json', 'reports/2026-6t/ktht.yaml'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('a bad --period is a usage error', async () => {
    expect((await dcs(['template', '--period', '2026-7t', '-o', tempDir()])).code).toBe(2);
    expect((await dcs(['template', '-o', tempDir()])).stderr).toContain('--period');
  });
});

describe('reading a filled-in form', () => {
  it('re-saved by LibreOffice', async () => {
    const f = await read('tdp-4-resaved-by-libreoffice.xlsx');
    expect(f.diagnostics).toEqual([]);
    expect(f.data).toMatchObject({
      unit: 'tdp-4',
      period: '2026-nam',
      submitted: '2026-11-05',
      number: '07/BC-TDP-4',
      indicators: { 'tdp-co-huong-uoc': { value: 3, of: 4 }, 'hoi-nghi-tdp': 3 },
      difficulties: 'Thiếu kinh phí in tài liệu.',
    });
    expect((f.data!.tasks as { status: string }[]).map((t) => t.status)).toEqual([
      'hoan-thanh',
      'hoan-thanh',
      'hoan-thanh',
      'hoan-thanh',
    ]);
  });

  it('renamed, with a real date cell and a status typed loosely', async () => {
    const f = await read('Bao cao 6T (1).xlsx');
    expect(f.diagnostics).toEqual([]);
    expect(f.data).toMatchObject({ unit: 'tdp-6', submitted: '2026-11-12' });
    expect((f.data!.tasks as { status: string }[]).every((t) => t.status === 'dang-thuc-hien')).toBe(true);
  });

  it('with a row inserted above the table', async () => {
    const f = await read('tdp-7-inserted-row.xlsx');
    expect(f.diagnostics).toEqual([]);
    expect(f.data!.tasks).toHaveLength(4);
    expect(f.cells.get('/tasks/0/status')).toBe('D17');
  });

  it('"xong" in a status cell is named at its sheet and cell', async () => {
    const f = await read('tdp-8-status-xong.xlsx');
    expect(f.diagnostics[0]).toMatchObject({
      code: 'form-bad-status',
      sheet: 'Báo cáo',
      cell: 'D16',
      params: { value: 'xong' },
    });
  });

  it('corrupt, password-protected and non-form workbooks each get their own message', async () => {
    expect((await read('corrupt.xlsx')).diagnostics.map((d) => d.code)).toEqual(['form-corrupt']);
    expect((await read('password-protected.xlsx')).diagnostics.map((d) => d.code)).toEqual([
      'form-encrypted',
    ]);
    expect((await read('not-a-form.xlsx')).diagnostics.map((d) => d.code)).toEqual(['form-not-a-form']);
    expect((await readForm(Buffer.from('hello'), 'x.xlsx')).diagnostics.map((d) => d.code)).toEqual([
      'form-corrupt',
    ]);
  });

  it('accepts status labels and dates tolerantly', () => {
    for (const s of ['Hoàn thành', 'hoàn  thành ', 'HOÀN THÀNH', 'Hoàn thành'.normalize('NFD'), 'hoan-thanh'])
      expect(statusOfCell(s), s).toBe('hoan-thanh');
    expect(statusOfCell('xong')).toBeUndefined();
    expect(cellDate('3/6/2026')).toBe('2026-06-03');
    expect(cellDate(new Date(Date.UTC(2026, 5, 3)))).toBe('2026-06-03');
    expect(cellDate(46176)).toBe('2026-06-03');
    expect(cellDate('31/02/2026')).toBeUndefined();
  });
});

describe('forms in a period folder, through check and due', () => {
  function wardWithForms(): string {
    const dir = planCopy(WARD);
    mkdirSync(join(dir, 'reports/2026-nam'), { recursive: true });
    for (const f of readdirSync(FORMS).filter((n) => n.endsWith('.xlsx')))
      copyFileSync(join(FORMS, f), join(dir, 'reports/2026-nam', f));
    return dir;
  }

  it('dcs check reports each bad form at its sheet and cell, and the good ones not at all', async () => {
    const dir = wardWithForms();
    const r = await dcs(['check', '--format', 'json'], { cwd: dir, now: new Date('2026-11-20T03:00:00Z') });
    const rows = (
      JSON.parse(r.stdout) as {
        file: string;
        code: string;
        sheet: string | null;
        cell: string | null;
        line: number | null;
      }[]
    ).filter((d) => d.file.startsWith('reports/2026-nam'));
    expect(r.code).toBe(1);
    expect(rows.map((d) => `${d.file.slice(17)} ${d.code} ${d.sheet ?? ''}!${d.cell ?? ''}`).sort()).toEqual([
      'corrupt.xlsx form-corrupt !',
      'not-a-form.xlsx form-not-a-form !',
      'password-protected.xlsx form-encrypted !',
      'tdp-2-other-plan.xlsx form-other-plan dcs!B3',
      'tdp-8-status-xong.xlsx form-bad-status Báo cáo!D16',
      'tdp-8-status-xong.xlsx form-bad-status Báo cáo!D17',
      'tdp-8-status-xong.xlsx form-bad-status Báo cáo!D18',
      'tdp-8-status-xong.xlsx form-bad-status Báo cáo!D19',
      'tdp-9-other-period.xlsx form-other-period dcs!B5',
    ]);
    expect(rows.every((d) => d.line === null)).toBe(true);
    const text = await dcs(['check', 'reports/2026-nam/tdp-8-status-xong.xlsx'], {
      cwd: dir,
      now: new Date('2026-11-20T03:00:00Z'),
    });
    expect(text.stdout).toContain(
      'reports/2026-nam/tdp-8-status-xong.xlsx:Báo cáo!D16  lỗi  form-bad-status  "xong" không phải là tiến độ hợp lệ; chọn Hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Không phát sinh.',
    );
  });

  it('a form and a YAML report for one unit are two reports', async () => {
    const dir = wardWithForms();
    writeFileSync(
      join(dir, 'reports/2026-nam/tdp-4.yaml'),
      'unit: tdp-4\nperiod: 2026-nam\nsubmitted: "2026-11-01"\ntasks:\n  - task: II.1\n    status: hoan-thanh\n',
    );
    const r = await dcs(['check', '--format', 'json'], { cwd: dir, now: new Date('2026-11-20T03:00:00Z') });
    // Each of the two says which is the other; neither is counted.
    expect(
      JSON.parse(r.stdout)
        .filter((d: { code: string }) => d.code === 'duplicate-report')
        .map((d: { file: string }) => d.file)
        .sort(),
    ).toEqual(
      [
        'reports/2026-nam/Bao cao 6T (1).xlsx',
        'reports/2026-nam/tdp-4-resaved-by-libreoffice.xlsx',
        'reports/2026-nam/tdp-4.yaml',
      ].filter((f) => !f.includes('6T')),
    );
  });

  it('dcs due counts a form as received on the date written in it', async () => {
    const dir = wardWithForms();
    const r = await dcs(['due', '--as-of', '2026-11-20', '--all', '--format', 'json', '--unit', 'tdp-6'], {
      cwd: dir,
      now: new Date('2026-11-20T03:00:00Z'),
    });
    expect(JSON.parse(r.stdout).find((i: { id: string }) => i.id === '2026-nam')).toMatchObject({
      status: 'done',
      submitted: '2026-11-12',
      late_days: 3,
      source: 'xlsx',
    });
  });

  it('on the shipped plan: a form filled with exceljs and renamed passes check; due counts it', async () => {
    const out = join(tempDir(), 'forms');
    await dcs(['template', '--period', '2026-6t', '-o', out]);
    const dir = planCopy(HONG_AN);
    mkdirSync(join(dir, 'reports/2026-6t'), { recursive: true });
    await fillWithExceljs(join(out, 'vhxh.xlsx'), join(dir, 'reports/2026-6t/Bao cao VHXH (2).xlsx'), {
      submitted: '03/06/2026',
      status: 'Hoàn thành',
    });
    await fillWithExceljs(join(out, 'ktht.xlsx'), join(dir, 'reports/2026-6t/ktht.xlsx'), {
      submitted: new Date(Date.UTC(2026, 5, 8)),
      status: 'Đang thực hiện',
    });
    const check = await dcs(['check', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(check.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    const due = JSON.parse(
      (await dcs(['due', '--as-of', '2026-06-10', '--all', '--format', 'json'], { cwd: dir })).stdout,
    ) as { id: string; unit: string; status: string; late_days?: number }[];
    const six = due
      .filter((i) => i.id === '2026-6t')
      .map((i) => `${i.unit} ${i.status} ${i.late_days ?? ''}`);
    expect(six).toEqual(['vp overdue ', 'vhxh done 0', 'ktht done 4']);
  });
});

describe('the form version', () => {
  it('reads every version this dcs writes and refuses a newer one with form-version', async () => {
    const out = join(tempDir(), 'forms');
    await dcs(['template', '--period', '2026-6t', '--unit', 'vhxh', '-o', out]);
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'vhxh.xlsx'));
    const meta = wb.getWorksheet('dcs')!;
    expect([meta.getCell('A2').value, meta.getCell('B2').value]).toEqual(['version', 1]);
    expect(
      (await readForm(readFileSync(join(out, 'vhxh.xlsx')), 'vhxh.xlsx')).diagnostics.map((d) => d.code),
    ).not.toContain('form-version');
    meta.getCell('B2').value = 2;
    const newer = Buffer.from(await wb.xlsx.writeBuffer());
    const read = await readForm(newer, 'vhxh.xlsx');
    expect(read.diagnostics.map((d) => [d.code, d.sheet, d.cell])).toEqual([['form-version', 'dcs', 'B2']]);
  });
});
