// Every kind of bad YAML input of spec §7, each a fixture named after what is wrong in it, dropped
// into the invented ward as a tdp-2 report and checked by the built CLI: the exit code, the file,
// the line and the message code — and never a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcsBin, FIXTURES, planCopy } from '../helpers/cli.js';

const CASES: [fixture: string, code: string, line: number, severity?: string][] = [
  ['malformed-yaml', 'yaml-syntax', 9],
  ['duplicate-key', 'duplicate-key', 5],
  ['tab-indent', 'yaml-tab', 6],
  ['multiple-documents', 'multiple-documents', 11],
  ['alias-bomb', 'alias-bomb', 1],
  ['proto-key', 'schema-unknown-property', 11],
  ['empty', 'empty-file', 1],
  ['comments-only', 'empty-file', 1],
  ['unquoted-at', 'unquoted-at', 2],
  ['not-utf8', 'not-utf8', 8],
  ['utf16', 'not-utf8', 1],
  ['nfd-text', 'not-nfc', 8, 'warning'],
  ['impossible-date', 'impossible-date', 4],
  ['date-not-iso', 'schema-pattern', 4],
  ['id-as-number', 'schema-type', 9],
  ['status-xong', 'schema-enum', 7],
  ['submitted-in-future', 'submitted-in-future', 4],
  ['task-not-assigned', 'report-task-not-assigned', 6],
  ['unknown-task', 'report-unknown-task', 6],
  ['duplicate-task', 'report-duplicate-task', 9],
  ['unknown-indicator', 'report-unknown-indicator', 10],
  ['indicator-not-a-ratio', 'report-indicator-shape', 10],
  ['indicator-wrong-type', 'schema-type', 10],
  ['unit-mismatch', 'report-unit-mismatch', 2],
  ['period-mismatch', 'report-period-mismatch', 3],
  ['unknown-field', 'schema-unknown-property', 5],
  ['missing-submitted', 'schema-required', 2],
];

interface Row {
  file: string;
  line: number | null;
  code: string;
  severity: string;
}
const STACK = /\n\s+at .+[:(]\d+:\d+\)?/;

function checkWith(files: Record<string, string | Uint8Array>, args: string[] = []) {
  const dir = planCopy(join(FIXTURES, 'phuong-mau'), files);
  const r = dcsBin(['check', '--format', 'json', ...args], { cwd: dir });
  return { ...r, rows: r.stdout ? (JSON.parse(r.stdout) as Row[]) : [] };
}

describe('bad input, one fixture each', () => {
  it.each(CASES)('%s → %s at line %i', (fixture, code, line, severity = 'error') => {
    const bytes = readFileSync(join(FIXTURES, 'bad', `${fixture}.yaml`));
    const r = checkWith({ 'reports/2026-6t/tdp-2.yaml': bytes });
    expect(r.code).toBe(severity === 'error' ? 1 : 0);
    expect(r.stderr).not.toMatch(STACK);
    const mine = r.rows.filter((d) => d.file === 'reports/2026-6t/tdp-2.yaml');
    expect(mine).toContainEqual(expect.objectContaining({ code, line, severity }));
  });
});

describe('bad time phrases in the plan', () => {
  const plan = readFileSync(join(FIXTURES, 'phuong-mau/plan.yaml'), 'utf8');
  it.each([
    ['Trước ngày 31/02/2026', 'impossible-date'],
    ['sớm nhất có thể', 'bad-time-phrase'],
    ['Quý V/2026', 'bad-time-phrase'],
  ])('%s → %s at its line', (phrase, code) => {
    const line = plan.split('\n').indexOf('    time: Thường xuyên') + 1;
    expect(line).toBeGreaterThan(0);
    const r = checkWith({ 'plan.yaml': plan.replace('    time: Thường xuyên', `    time: ${phrase}`) });
    expect(r.code).toBe(1);
    expect(r.rows.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'plan.yaml', line, code }),
    ]);
  });

  it('a deadline that is not yearly', () => {
    const r = checkWith({
      'plan.yaml': plan.replace('deadline: Trước ngày 10/9 hằng năm', 'deadline: Quý III/2026'),
    });
    expect(r.rows.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'bad-period-deadline' }),
    ]);
  });
});

describe('other files in a period folder', () => {
  it('a report named after no unit, a second report for one unit, forms, attachments and stray files', () => {
    const report = readFileSync(join(FIXTURES, 'phuong-mau/reports/2026-6t/tdp-1.yaml'));
    const r = checkWith({
      'reports/2026-6t/Bao cao TDP1.yaml': report,
      'reports/2026-6t/tdp-1.yml': report,
      'reports/2026-6t/Bao cao 6T (1).xlsx': 'PK',
      'reports/2026-6t/tdp-1-ban-ky.pdf': '%PDF',
      'reports/2026-6t/scan.jpg': 'x',
      'reports/2026-6t/ghi-chu.txt': 'x',
      'reports/2026-tam/tdp-2.yaml': 'unit: tdp-2\n',
    });
    const found = r.rows.map((d) => `${d.severity} ${d.code} ${d.file}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'error report-name-unknown-unit reports/2026-6t/Bao cao TDP1.yaml',
        // Three files claim tdp-1's report (the fixture's own, and two copies): each one says so.
        'error duplicate-report reports/2026-6t/Bao cao TDP1.yaml',
        'error duplicate-report reports/2026-6t/tdp-1.yaml',
        'error duplicate-report reports/2026-6t/tdp-1.yml',
        'error form-corrupt reports/2026-6t/Bao cao 6T (1).xlsx',
        'warning attachment-no-unit reports/2026-6t/scan.jpg',
        'warning report-stray-file reports/2026-6t/ghi-chu.txt',
        'error report-unknown-period reports/2026-tam',
      ]),
    );
    expect(found.filter((f) => f.includes('tdp-1-ban-ky.pdf'))).toEqual([]);
  });
});

describe('huge input stays bounded', () => {
  it('a plan file of tens of MB is refused cleanly, without reading it', () => {
    const dir = planCopy(join(FIXTURES, 'phuong-mau'));
    const big = `${readFileSync(join(dir, 'plan.yaml'), 'utf8')}\n${'# đệm\n'.repeat(5_000_000)}`;
    writeFileSync(join(dir, 'plan.yaml'), big);
    const t0 = Date.now();
    const r = dcsBin(['check', '--format', 'json'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(20000);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toContainEqual(
      expect.objectContaining({ file: 'plan.yaml', code: 'file-too-large' }),
    );
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a line of a million characters is read, and its excerpt is cut to fit', () => {
    const report = readFileSync(join(FIXTURES, 'phuong-mau/reports/2026-6t/tdp-1.yaml'), 'utf8')
      .replace('status: hoan-thanh', 'status: xong')
      .replace(/result: .*$/m, `result: ${'Rất dài. '.repeat(110_000)}`);
    const dir = planCopy(join(FIXTURES, 'phuong-mau'), { 'reports/2026-6t/tdp-1.yaml': report });
    const r = dcsBin(['check', '--no-color'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema-enum');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(400);
  });
});
