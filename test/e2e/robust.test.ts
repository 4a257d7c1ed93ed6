// No input crashes dcs: what a file system or another program can put in a plan folder gets a
// diagnostic with a code (or a usage error), never "Lỗi nội bộ", never a partial output file.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, planCopy, tempDir, type JsonDiagnostic } from '../helpers/cli.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const MAU = join(FIXTURES, 'phuong-mau');
const NOW = new Date('2026-06-20T03:00:00Z');
const IS_ROOT = process.getuid?.() === 0;
const report = (unit: string, extra = '') =>
  `unit: ${unit}\nperiod: 2026-6t\nsubmitted: "2026-06-01"\ntasks: []\n${extra}`;

async function all(dir: string): Promise<{ check: JsonDiagnostic[]; codes: string[] }> {
  const r = await dcs(['check', '--plan', dir, '--format', 'json'], { cwd: dir, now: NOW });
  expect(r.stderr).not.toMatch(/Lỗi nội bộ|Internal error/);
  expect([0, 1]).toContain(r.code);
  const check = JSON.parse(r.stdout) as JsonDiagnostic[];
  for (const cmd of [['due', '--all', '--format', 'json'], ['tasks', '--format', 'json'], ['due']]) {
    const x = await dcs([...cmd, '--plan', dir], { cwd: dir, now: NOW });
    expect(x.stderr, cmd.join(' ')).not.toMatch(/Lỗi nội bộ|Internal error|undefined|\[object Object\]|NaN/);
    expect([0, 1], cmd.join(' ')).toContain(x.code);
  }
  return { check, codes: check.map((d) => d.code) };
}

describe('the file system', () => {
  it('a dangling link, a link loop, a subfolder and a FIFO in a period folder each get a code', async () => {
    const dir = planCopy(MAU);
    const p = join(dir, 'reports/2026-6t');
    symlinkSync(join(dir, 'nowhere.yaml'), join(p, 'vp.yaml'));
    symlinkSync(join(p, 'loop.yaml'), join(p, 'loop.yaml'));
    mkdirSync(join(p, 'cu'));
    execFileSync('mkfifo', [join(p, 'ong.yaml')]);
    // What the folder listing says is taken as it is; a link is followed to what it leads to.
    execFileSync('mkfifo', [join(p, 'tdp-2.xlsx')]);
    symlinkSync(join(p, 'ong.yaml'), join(p, 'ba.yaml'));
    symlinkSync(join(p, 'cu'), join(p, 'moi'));
    const { check } = await all(dir);
    const at = (name: string) => check.filter((d) => d.file.endsWith(`/${name}`)).map((d) => d.code);
    expect(at('vp.yaml')).toEqual(['read-error']);
    expect(at('loop.yaml')).toEqual(['read-error']);
    expect(at('cu')).toEqual(['period-subfolder']);
    expect(at('moi')).toEqual(['period-subfolder']);
    expect(at('ong.yaml')).toEqual(['not-regular-file']);
    expect(at('ba.yaml')).toEqual(['not-regular-file']);
    expect(at('tdp-2.xlsx')).toEqual(['not-regular-file']);
  });

  it('a period folder that is a link to a folder is read like the folder', async () => {
    const dir = planCopy(MAU);
    renameSync(join(dir, 'reports/2026-6t'), join(dir, 'ky-6t'));
    symlinkSync(join(dir, 'ky-6t'), join(dir, 'reports/2026-6t'));
    const linked = (await all(dir)).check;
    const plain = (await all(planCopy(MAU))).check;
    expect(linked.map((d) => [d.code, d.file])).toEqual(plain.map((d) => [d.code, d.file]));
  });

  it('a file name that is not UTF-8 is named, not skipped', async () => {
    const dir = planCopy(MAU);
    writeFileSync(
      Buffer.concat([
        Buffer.from(join(dir, 'reports/2026-6t/')),
        Buffer.from([0x62, 0xe1, 0x6f, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
      ]),
      report('tdp-3'),
    );
    const { codes } = await all(dir);
    expect(codes).toContain('file-name-not-utf8');
  });

  it('reports/ or a period folder that is a plain file is an error, never "no problems"', async () => {
    const a = planCopy(MAU);
    rmSync(join(a, 'reports'), { recursive: true });
    writeFileSync(join(a, 'reports'), 'x');
    expect((await all(a)).codes).toContain('not-a-folder');
    const b = planCopy(MAU);
    writeFileSync(join(b, 'reports/2026-9t'), 'x');
    const r = await all(b);
    expect(r.check.find((d) => d.code === 'report-outside-period')?.file).toBe('reports/2026-9t');
  });

  it.skipIf(IS_ROOT)(
    'an unreadable period folder is an error (root reads everything, so not as root)',
    async () => {
      const dir = planCopy(MAU);
      chmodSync(join(dir, 'reports/2026-6t'), 0);
      try {
        expect((await all(dir)).codes).toContain('folder-unreadable');
      } finally {
        chmodSync(join(dir, 'reports/2026-6t'), 0o755);
      }
    },
  );

  it('a FIFO or a device as plan.yaml, units.yaml or an appendix is refused, not read forever', async () => {
    const dir = planCopy(MAU);
    rmSync(join(dir, 'units.yaml'));
    execFileSync('mkfifo', [join(dir, 'units.yaml')]);
    rmSync(join(dir, 'phu-luc-1.yaml'));
    symlinkSync('/dev/zero', join(dir, 'phu-luc-1.yaml'));
    const { check } = await all(dir);
    expect(
      check
        .filter((d) => d.code === 'not-regular-file')
        .map((d) => d.file)
        .sort(),
    ).toEqual(['phu-luc-1.yaml', 'units.yaml']);
  });

  it('plans/ being a file during plan discovery is a usage error', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'plans'), 'x');
    const r = await dcs(['due'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy thư mục kế hoạch');
  });
});

describe('values the schema rejects never reach another command as a crash', () => {
  it.each(['2026', '[a, b]', '{a: 1}', 'true', 'null'])(
    'time: %s — check says schema-type, due and tasks take the task as untimed',
    async (value) => {
      const plan = readFileSync(join(MAU, 'plan.yaml'), 'utf8').replace(/time: .*/, `time: ${value}`);
      const dir = planCopy(MAU, { 'plan.yaml': plan });
      const { codes } = await all(dir);
      expect(codes.some((c) => c.startsWith('schema-'))).toBe(true);
    },
  );

  it('a plan start that is not ISO, a submitted date that does not exist, an instance year out of range', async () => {
    const plan = readFileSync(join(MAU, 'plan.yaml'), 'utf8').replace(/start: .*/, 'start: "2026-1-1"');
    const dir = planCopy(MAU, {
      'plan.yaml': plan,
      'reports/2026-6t/tdp-2.yaml': report('tdp-2').replace('2026-06-01', '2099-02-30'),
      'reports/0000-6t/tdp-3.yaml': report('tdp-3'),
      'reports/9999-6t/tdp-3.yaml': report('tdp-3'),
    });
    const { codes } = await all(dir);
    expect(codes).toEqual(
      expect.arrayContaining(['schema-pattern', 'impossible-date', 'report-unknown-period']),
    );
  });

  it('deeply nested YAML has its own code, not a stack overflow dressed as a syntax error', async () => {
    const dir = planCopy(MAU, {
      'reports/2026-6t/tdp-3.yaml': `unit: tdp-3\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
    });
    const { check } = await all(dir);
    expect(check.filter((d) => d.file.endsWith('tdp-3.yaml')).map((d) => d.code)).toContain('yaml-too-deep');
    expect(check.map((d) => d.message).join('\n')).not.toMatch(/call stack/i);
  });

  it('a 100,000-character id and 30,000 problems in one file finish in seconds', async () => {
    const long = 'x'.repeat(100000);
    const lines = Array.from({ length: 30000 }, (_, i) => `  - task: "NO.${i}"\n    status: hoan-thanh`).join(
      '\n',
    );
    const dir = planCopy(MAU, {
      'reports/2026-6t/tdp-3.yaml': `unit: ${long}\nperiod: 2026-6t\nsubmitted: "2026-06-01"\ntasks:\n${lines}\n`,
    });
    const started = Date.now();
    const r = await dcs(['check', '--plan', dir], { cwd: dir, now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('report-unknown-task');
    // Not a timing assert on speed, a guard against minutes-long cliffs.
    expect(Date.now() - started).toBeLessThan(25000);
  });
});

describe('forms another program made', () => {
  it('an impossible date cell, a date typed as text or as a number, an edited hidden sheet, a zip bomb', async () => {
    const forms = join(tempDir(), 'f');
    await dcs(['template', '--plan', WARD, '--period', '2026-6t', '-o', forms], { now: NOW });
    const { fillWithExceljs } = await import('../helpers/forms.js');
    const dir = planCopy(WARD);
    const p = join(dir, 'reports/2026-6t');
    for (const f of readdirSync(p)) if (/^tdp-[1-6]\.yaml$/.test(f)) rmSync(join(p, f));
    await fillWithExceljs(join(forms, 'tdp-1.xlsx'), join(p, 'tdp-1.xlsx'), {
      submitted: new Date(NaN),
      status: 'Hoàn thành',
    });
    await fillWithExceljs(join(forms, 'tdp-2.xlsx'), join(p, 'tdp-2.xlsx'), {
      submitted: '31/02/2026',
      status: 'Hoàn thành',
    });
    await fillWithExceljs(join(forms, 'tdp-3.xlsx'), join(p, 'tdp-3.xlsx'), {
      submitted: 46176,
      status: 'Hoàn thành',
    });
    await fillWithExceljs(join(forms, 'tdp-4.xlsx'), join(p, 'tdp-4.xlsx'), {
      submitted: 'ngày 03/6/2026',
      status: 'Hoàn thành',
    });
    // The hidden record edited: columns that point nowhere.
    const zip = await JSZip.loadAsync(readFileSync(join(forms, 'tdp-5.xlsx')));
    const names = Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
    for (const n of names) zip.file(n, (await zip.file(n)!.async('string')).replace(/>D</g, '>1<'));
    writeFileSync(join(p, 'tdp-5.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    // A small file that inflates past any form.
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1048576, 0x20), { compression: 'DEFLATE' });
    writeFileSync(
      join(p, 'tdp-6.xlsx'),
      await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    const { check } = await all(dir);
    const at = (name: string) => check.filter((d) => d.file.endsWith(`/${name}`)).map((d) => d.code);
    expect(at('tdp-1.xlsx')).toContain('form-bad-date');
    expect(at('tdp-2.xlsx')).toContain('form-bad-date');
    expect(at('tdp-3.xlsx').filter((c) => c.startsWith('form-'))).toEqual([]);
    expect(at('tdp-4.xlsx').filter((c) => c.startsWith('form-'))).toEqual([]);
    expect(at('tdp-6.xlsx')).toEqual(['form-too-large-unzipped']);
  });

  it('a form whose column A was cleared is an error, never an empty report accepted', async () => {
    const forms = join(tempDir(), 'f');
    await dcs(['template', '--plan', WARD, '--period', '2026-6t', '--unit', 'tdp-1', '-o', forms], {
      now: NOW,
    });
    const { fillWithExceljs } = await import('../helpers/forms.js');
    const dir = planCopy(WARD);
    rmSync(join(dir, 'reports/2026-6t/tdp-1.yaml'));
    const cells: Record<string, null> = {};
    for (let r = 15; r < 60; r++) cells[`A${r}`] = null;
    await fillWithExceljs(join(forms, 'tdp-1.xlsx'), join(dir, 'reports/2026-6t/tdp-1.xlsx'), {
      submitted: '03/06/2026',
      status: 'Hoàn thành',
      cells,
    });
    const { codes } = await all(dir);
    expect(codes).toContain('form-rows-missing');
  });
});

describe('outputs', () => {
  it('compile -o under a file, onto a folder, or with a name too long: exit 2, nothing left behind', async () => {
    const dir = planCopy(WARD);
    const out = tempDir();
    writeFileSync(join(out, 'file'), 'x');
    for (const target of [join(out, 'file/th.xlsx'), out, join(out, `${'x'.repeat(300)}.xlsx`)]) {
      const r = await dcs(['compile', '--plan', dir, '--period', '2026-6t', '-o', target], { now: NOW });
      expect(r.code, target).toBe(2);
      expect(r.stderr).not.toMatch(/Lỗi nội bộ/);
    }
    expect(readdirSync(out)).toEqual(['file']);
    const t = await dcs(['template', '--plan', dir, '--period', '2026-6t', '-o', join(out, 'file/x')], {
      now: NOW,
    });
    expect(t.code).toBe(2);
    for (const target of [join(out, 'file/x'), join(out, 'file')]) {
      const i = await dcs(['init', target, '--ward', 'Phường Thử'], { now: NOW });
      expect(i.code, target).toBe(2);
      expect(i.stderr).not.toMatch(/Lỗi nội bộ/);
    }
  });

  it('SOURCE_DATE_EPOCH in milliseconds is a usage error, not a date in the year 58000', async () => {
    const r = await dcs(['compile', '--plan', WARD, '--period', '2026-6t', '-o', join(tempDir(), 'x.xlsx')], {
      now: NOW,
      env: { SOURCE_DATE_EPOCH: '1780000000000' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH');
  });

  it('huge values and XML-illegal text still make a workbook Excel opens', async () => {
    const dir = planCopy(WARD, {
      'reports/2026-6t/ktht.yaml':
        'unit: ktht\nperiod: 2026-6t\nsubmitted: "2026-06-01"\ntasks: []\ndifficulties: "thiếu\\u0001 kinh phí \\uFFFE"\n',
      'reports/2026-6t/vhxh.yaml':
        'unit: vhxh\nperiod: 2026-6t\nsubmitted: "2026-06-01"\ntasks: []\nindicators:\n  ty-le-hop-dan: 1e308\n',
    });
    const out = join(tempDir(), 'th.xlsx');
    const r = await dcs(['compile', '--plan', dir, '--period', '2026-6t', '-o', out], { now: NOW });
    expect([0, 1]).toContain(r.code);
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files)) {
      const xml = await zip.file(name)?.async('string');

      expect(xml ?? '', name).not.toMatch(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|<v>(Infinity|NaN|-Infinity)<\/v>/,
      );
    }
    expect(existsSync(out)).toBe(true);
  });
});
