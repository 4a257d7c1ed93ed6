// The built bin/dcs.js, run as a user runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcsBin, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';

describe('bin/dcs.js', () => {
  it('checks the shipped plan: exit 0, warnings only', () => {
    const r = dcsBin(['check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 lỗi, 6 cảnh báo');
    expect(r.stderr).toBe('');
  });

  it('never prints a stack trace for bad input', () => {
    const dir = planCopy(HONG_AN, {
      'plan.yaml': Buffer.concat([
        Buffer.from('id: x\ntitle: '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
      'units.yaml': 'a: &a [1]\nb: *c\n',
      'reports/2026-6t/vp.yaml': '---\na: 1\n---\nb: 2\n',
    });
    for (const args of [
      ['check'],
      ['check', '--format', 'json'],
      ['chek'],
      ['check', '--plan', '/nope'],
      ['check', '--format'],
    ]) {
      const r = dcsBin(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBeGreaterThan(0);
      expect(`${r.stdout}${r.stderr}`, args.join(' ')).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });

  it('exits 2 and prints usage when called with nothing', () => {
    const r = dcsBin([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng: dcs');
  });

  it("check loads neither exceljs, nor the date-fns barrel, nor ajv's compiler", () => {
    const trace = join(tempDir(), 'trace.txt');
    const r = dcsBin(['check'], {
      env: { DCS_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}` },
    });
    expect(r.code).toBe(0);
    const loaded = readFileSync(trace, 'utf8').split('\n');
    expect(loaded.some((l) => l.includes('/dist/bundle/main.js'))).toBe(true); // the trace works
    expect(loaded.filter((l) => /node_modules\/exceljs\//.test(l))).toEqual([]);
    expect(loaded.filter((l) => /node_modules\/date-fns\/index\.(c?js|mjs)$/.test(l))).toEqual([]);
    expect(loaded.filter((l) => /node_modules\/ajv\/dist\/(ajv|core|compile\/index)\.js$/.test(l))).toEqual(
      [],
    );
  });
});

describe('start-up work of due and tasks', () => {
  it.each([['due', '--as-of', '2026-05-22'], ['tasks']])(
    '%s loads neither exceljs nor the date-fns barrel (no .xlsx present)',
    (...args) => {
      const trace = join(tempDir(), 'trace.txt');
      const r = dcsBin(args, {
        env: { DCS_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}` },
      });
      expect(r.code).toBe(0);
      const loaded = readFileSync(trace, 'utf8').split('\n');
      expect(loaded.some((l) => l.includes('/dist/bundle/'))).toBe(true);
      expect(loaded.filter((l) => /node_modules\/exceljs\//.test(l))).toEqual([]);
      expect(loaded.filter((l) => /node_modules\/date-fns\/index\.(c?js|mjs)$/.test(l))).toEqual([]);
      expect(loaded.filter((l) => /node_modules\/ajv\/dist\/(ajv|core|compile\/index)\.js$/.test(l))).toEqual(
        [],
      );
    },
  );
});

describe('exceljs is loaded when, and only when, a workbook is involved', () => {
  it('check loads it once an .xlsx lies in a period folder', () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vp.xlsx': readFileSync(join(ROOT, 'test/fixtures/forms/not-a-form.xlsx')),
    });
    const trace = join(tempDir(), 'trace.txt');
    dcsBin(['check'], {
      cwd: dir,
      env: { DCS_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}` },
    });
    expect(
      readFileSync(trace, 'utf8')
        .split('\n')
        .some((l) => /node_modules\/exceljs\//.test(l)),
    ).toBe(true);
  });
});

describe('a reader that stops early', () => {
  it('dcs … | head: the closed pipe ends dcs quietly, no stack trace', () => {
    const plan = planCopy(join(ROOT, 'test/fixtures/phuong-hu-cau'));
    const cmd = (args: string) =>
      spawnSync('bash', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/dcs.js')}" ${args} | head -c 10`], {
        cwd: plan,
        env: { PATH: process.env.PATH, DCS_NO_CACHE: '1' },
        encoding: 'utf8',
      });
    for (const args of ['due --all --as-of 2026-11-29', 'check --verbose', 'tasks', 'history --year 2025'])
      expect(cmd(args).stderr, args).not.toMatch(/EPIPE|\n\s+at .+:\d+:\d+\)?\n/);
  });
});
