// Forms read on a worker thread (src/load/form-pool.ts) say exactly what forms read on the main thread
// say: the built CLI (which has the worker) against the same code run from tsc's module tree (which has
// none), and against a build whose worker fails at once or midway (then the main thread reads them).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcs, FIXTURES, planCopy, ROOT, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const NOW = new Date('2026-11-12T03:00:00Z');
let plan: string;

/** The ward with a 2026-nam folder of forms: good ones, a late one, bad values, one of another period
 * renamed as Zalo does, one not a workbook, one looking encrypted. */
beforeAll(async () => {
  const forms = join(tempDir(), 'forms');
  await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', forms], { now: NOW });
  const older = join(tempDir(), 'older');
  await dcs(['template', '--plan', WARD, '--period', '2026-9t', '-o', older], { now: NOW });
  plan = planCopy(WARD);
  const into = join(plan, 'reports/2026-nam');
  mkdirSync(into);
  const units = ['vhxh', 'ktht', 'vp', 'tdp-1', 'tdp-2', 'tdp-3', 'tdp-4', 'tdp-5', 'tdp-6'];
  for (const [k, unit] of units.entries())
    await fillWithExceljs(
      join(forms, `${unit}.xlsx`),
      join(into, k === 0 ? 'Bao cao (1).xlsx' : `${unit}.xlsx`),
      {
        submitted: k % 3 === 2 ? '31/2/2026' : new Date(Date.UTC(2026, 10, 1 + k)),
        status: k % 4 === 3 ? 'xong' : 'Hoàn thành',
      },
    );
  await fillWithExceljs(join(older, 'tdp-7.xlsx'), join(into, 'Bao cao 9T (2).xlsx'), {
    submitted: new Date(Date.UTC(2026, 9, 1)),
    status: 'Hoàn thành',
  });
  writeFileSync(join(into, 'tdp-8.xlsx'), 'not a zip');
  writeFileSync(
    join(into, 'tdp-9.xlsx'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
}, 60000);

/** dcs as built (dist/bundle, with its worker), or from tsc's module tree (no worker beside it). */
function run(entry: string, argv: string[]) {
  const r = spawnSync(process.execPath, [entry, '--no-cache', ...argv], {
    cwd: plan,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const BUILT = join(ROOT, 'bin/dcs.js');
const NO_WORKER = join(ROOT, 'dist/cli/main.js');
/** Where exceljs was loaded: in the main thread only if its modules are in the main require cache. */
function mainLoadsExceljs(entry: string): boolean {
  const trace = join(tempDir(), 'trace.txt');
  const r = spawnSync(process.execPath, [entry, '--no-cache', 'check'], {
    cwd: plan,
    env: {
      PATH: process.env.PATH,
      DCS_TRACE: trace,
      NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}`,
    },
  });
  expect(r.status).toBe(1);
  return /^cjs .*node_modules\/exceljs\//m.test(readFileSync(trace, 'utf8'));
}

/** A copy of the built CLI whose worker script is `worker` (its packages linked from the checkout). */
function builtWith(worker: string): string {
  const dir = join(tempDir(), 'dcs');
  for (const d of ['bin', 'dist/bundle', 'schemas', 'templates'])
    cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  for (const f of ['package.json', 'dist/validators.cjs']) cpSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'dist/bundle/form-worker.js'), worker);
  return join(dir, 'bin/dcs.js');
}

describe('forms read on a worker thread', () => {
  const cases = [
    ['check', '--format', 'json'],
    ['check', '--lang', 'en'],
    ['due', '--all', '--format', 'json'],
  ];

  it('are read there (not on the main thread), and say what reading them on the main thread says', () => {
    expect(mainLoadsExceljs(BUILT)).toBe(false);
    expect(mainLoadsExceljs(NO_WORKER)).toBe(true);
    for (const argv of cases) {
      const here = run(NO_WORKER, argv);
      expect(run(BUILT, argv), argv.join(' ')).toEqual(here);
    }
    const json = run(BUILT, ['check', '--format', 'json']).stdout;
    for (const code of [
      'form-corrupt',
      'form-encrypted',
      'form-bad-status',
      'form-bad-date',
      'form-other-period',
    ])
      expect(json).toContain(`"${code}"`);
  });

  it('are read on the main thread when the worker fails, at once or midway', () => {
    const here = run(NO_WORKER, cases[0]!);
    const failing = {
      'throws at start': 'throw new Error("broken worker");\n',
      'exits on its first form':
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
      'answers nothing and exits after a while':
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => setTimeout(() => process.exit(0), 200));\n',
    };
    for (const [what, worker] of Object.entries(failing))
      expect(run(builtWith(worker), cases[0]!), what).toEqual(here);
  });
});
