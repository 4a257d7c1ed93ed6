// The cache of read forms: what comes out is byte-for-byte what reading gives, with or without it; a
// warm run loads no exceljs; a damaged or foreign entry is ignored and rewritten; the cache is bounded.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACK_AFTER, SETTLED_MS, signature } from '../../src/load/cache.js';
import { FORMAT, prune } from '../../src/load/cache-files.js';
import { dcs, dcsBin, FIXTURES, planCopy, ROOT, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const NOW = new Date('2026-11-12T03:00:00Z');
/** Another user to run dcs as (root with runuser, and dcs readable by `nobody`), else none. */
const OTHER_USER =
  process.getuid?.() === 0 &&
  spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', join(ROOT, 'bin/dcs.js')]).status === 0;
let plan: string;
/** The ward as it is but for a status out of the list in the last report read (in the cache's pack). */
let packPlan: string;
/** The ward's blank forms for 2026-nam. */
let forms: string;

/** A FIFO at `path` (where the system has them). */
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);
/** A kind's entries that are files of their own. */
const entries = (dir: string, kind = 'forms'): string[] =>
  readdirSync(join(dir, kind)).flatMap((sub) =>
    readdirSync(join(dir, kind, sub)).map((n) => join(dir, kind, sub, n)),
  );
/** A kind's packs (a run's entries past the first PACK_AFTER): each pack's path and its entries' keys. */
const packs = (dir: string, kind = 'forms'): { pack: string; index: string; keys: string[] }[] => {
  const names = existsSync(join(dir, 'packs')) ? readdirSync(join(dir, 'packs')) : [];
  return names
    .filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.idx'))
    .map((n) => {
      const index = join(dir, 'packs', n);
      const rows = JSON.parse(readFileSync(index, 'utf8').split('\n')[1]!) as [string, number, number][];
      return { index, pack: index.replace(/\.idx$/, '.pack'), keys: rows.map((r) => r[0]) };
    });
};

/** A ward with filled forms in its 2026-nam folder: good, late, and one with a bad status. */
beforeAll(async () => {
  forms = join(tempDir(), 'forms');
  await dcs(['template', '--plan', WARD, '--period', '2026-nam', '-o', forms], { now: NOW });
  plan = planCopy(WARD);
  const into = join(plan, 'reports/2026-nam');
  mkdirSync(into);
  await fillWithExceljs(join(forms, 'vhxh.xlsx'), join(into, 'Bao cao (1).xlsx'), {
    submitted: new Date(Date.UTC(2026, 10, 6)),
    status: 'Hoàn thành',
  });
  await fillWithExceljs(join(forms, 'ktht.xlsx'), join(into, 'ktht.xlsx'), {
    submitted: '12/11/26',
    status: 'xong',
  });
  writeFileSync(join(into, 'vp.xlsx'), 'not a zip');
  // YAML reports with problems whose positions and excerpts must survive the cache: a duplicate key,
  // a status out of the list, a value that needs quotes, a syntax error.
  const r = join(plan, 'reports/2025-6t');
  const tdp1 = readFileSync(join(r, 'tdp-1.yaml'), 'utf8');
  writeFileSync(
    join(r, 'tdp-1.yaml'),
    tdp1.replace('status: khong-phat-sinh', 'status: xong\n    status: roi'),
  );
  writeFileSync(join(r, 'tdp-2.yaml'), `${readFileSync(join(r, 'tdp-2.yaml'), 'utf8')}number: [1, 2\n`);
  writeFileSync(
    join(r, 'tdp-10.yaml'),
    tdp1.replace('unit: tdp-1', 'unit: tdp-10').replace('submitted: "2025-06-03"', 'submitted: 03/06/2025'),
  );
  packPlan = planCopy(WARD);
  const late = join(packPlan, 'reports/2026-9t/vp.yaml');
  writeFileSync(late, readFileSync(late, 'utf8').replace(/status: [a-z-]+/, 'status: xong'));
  // Files are known by their status on disk only some seconds after their last change (SETTLED_MS):
  // wait that long, so that warm runs below take the plan's files from the snapshot unread.
  await new Promise((done) => setTimeout(done, SETTLED_MS + 200));
}, 60000);

describe('the cache of read files', () => {
  it('gives exactly what reading gives, for check and due, in both languages', async () => {
    const cache = join(tempDir(), 'cache');
    const run = (argv: string[], env: Record<string, string>) =>
      dcs(['--plan', plan, ...argv], { now: NOW, env, cwd: plan });
    const cases = [
      ['check'],
      ['check', '--verbose'],
      ['check', '--format', 'json'],
      ['due', '--all', '--format', 'json'],
      ['check', '--lang', 'en'],
      ['history', '--year', '2025', '--format', 'json'],
    ];
    for (const argv of cases) {
      const fresh = await run(argv, { DCS_NO_CACHE: '1' });
      const cold = await run(argv, { DCS_CACHE_DIR: cache });
      const warm = await run(argv, { DCS_CACHE_DIR: cache });
      const flag = await run(['--no-cache', ...argv], { DCS_CACHE_DIR: cache });
      for (const r of [cold, warm, flag]) expect(r, argv.join(' ')).toEqual(fresh);
    }
    // The two forms that open are cached; so is the damaged one's finding.
    expect(entries(cache)).toHaveLength(3);
    // Every YAML file: plan, units, two appendices and the reports, each once.
    const yaml = readdirSync(join(plan, 'reports'), { recursive: true }).filter((f) =>
      String(f).endsWith('.yaml'),
    );
    // The first PACK_AFTER each in a file of its own, the rest in one pack.
    expect(entries(cache, 'yaml')).toHaveLength(PACK_AFTER);
    expect(packs(cache, 'yaml').map((p) => p.keys.length)).toEqual([4 + yaml.length - PACK_AFTER]);
    expect(packs(cache, 'forms')).toEqual([]);
  });

  it('says the same of a broken YAML file from the cache as from reading it', async () => {
    const cache = join(tempDir(), 'cache');
    const argv = ['check', '--plan', plan, '--format', 'json'];
    const cold = await dcs(argv, { now: NOW, env: { DCS_CACHE_DIR: cache } });
    const warm = await dcs(argv, { now: NOW, env: { DCS_CACHE_DIR: cache } });
    expect(warm).toEqual(cold);
    const found = (JSON.parse(warm.stdout) as { file: string; code: string; line: number }[])
      .filter((d) => /2025-6t\/tdp-(1|2|10)\.yaml$/.test(d.file))
      .map((d) => `${d.file.replace(/.*\//, '')} ${d.code} ${d.line}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'tdp-1.yaml schema-enum 9',
        'tdp-1.yaml duplicate-key 10',
        'tdp-2.yaml duplicate-key 25',
        'tdp-2.yaml yaml-syntax 26',
        'tdp-10.yaml schema-pattern 5',
      ]),
    );
  });

  it('a warm run loads neither exceljs nor the YAML library', () => {
    const cache = join(tempDir(), 'cache');
    const loads = () => {
      const trace = join(tempDir(), 'trace.txt');
      const r = dcsBin(['check', '--plan', plan], {
        env: {
          DCS_CACHE_DIR: cache,
          DCS_TRACE: trace,
          NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}`,
        },
      });
      expect(r.code).toBe(1);
      const loaded = readFileSync(trace, 'utf8').split('\n');
      return {
        exceljs: loaded.some((l) => /node_modules\/exceljs\//.test(l)),
        yaml: loaded.some((l) => /dist\/bundle\/yaml-[\w-]+\.js$|node_modules\/yaml\//.test(l)),
      };
    };
    expect(loads()).toEqual({ exceljs: true, yaml: true });
    expect(loads()).toEqual({ exceljs: false, yaml: false });
  });

  it('ignores damaged or foreign entries, and rewrites them', async () => {
    const cache = join(tempDir(), 'cache');
    const env = { DCS_CACHE_DIR: cache };
    const first = await dcs(['check', '--plan', plan, '--format', 'json'], { now: NOW, env });
    const [a, b, c] = entries(cache);
    // YAML: one entry cut short; one (of a report whose problems must be placed) with its position
    // index, the second line, damaged — found only when a position is wanted, then read afresh.
    const yamlEntries = entries(cache, 'yaml');
    const y2 = yamlEntries.find((f) => readFileSync(f, 'utf8').includes('"schema-enum"'))!;
    const y3 = yamlEntries.find((f) => f !== y2 && readFileSync(f, 'utf8').includes('"schema-'))!;
    // Three different entries (their order on disk follows their keys, which follow the temporary
    // folder's name: the first listed was once one of the other two).
    const y1 = yamlEntries.find((f) => f !== y2 && f !== y3)!;
    expect(new Set([y1, y2, y3]).size).toBe(3);
    writeFileSync(y1, '{"format":5,"key":');
    const [head] = readFileSync(y2, 'utf8').split('\n');
    writeFileSync(y2, `${head}\n{"lineStarts":["x"],"nodes":[]}`);
    // Edited by hand into well-formed JSON: the report's schema errors taken out.
    const [line3, index3] = readFileSync(y3, 'utf8').split('\n');
    const edited = JSON.parse(line3!) as { value: { schemaDiagnostics: unknown } };
    edited.value.schemaDiagnostics = [];
    writeFileSync(y3, `${JSON.stringify(edited)}\n${index3}`);
    writeFileSync(a!, '{not json');
    writeFileSync(b!, JSON.stringify({ format: 5, key: 'someone else', value: {} }));
    const other = JSON.parse(readFileSync(c!, 'utf8').split('\n')[0]!) as {
      value: { diagnostics: unknown[] };
    };
    other.value.diagnostics = [{ nonsense: true }];
    writeFileSync(c!, JSON.stringify(other));
    // Without the plan's snapshot, which would give those files without reading their entries.
    rmSync(join(cache, 'snapshots'), { recursive: true });
    expect(await dcs(['check', '--plan', plan, '--format', 'json'], { now: NOW, env })).toEqual(first);
    for (const f of [a!, b!, c!, y1])
      expect(() => JSON.parse(readFileSync(f, 'utf8').split('\n')[0]!) as unknown).not.toThrow();
    expect(readFileSync(a!, 'utf8')).toMatch(/^\{"format":\d+,"key":/);
    // The damaged index was rewritten whole.
    const [, index] = readFileSync(y2, 'utf8').split('\n');
    expect(
      (JSON.parse(index!) as { lineStarts: unknown[] }).lineStarts.every((n) => typeof n === 'number'),
    ).toBe(true);
  });

  it('marks an entry used when it is read, unless it was so within the hour', async () => {
    const cache = join(tempDir(), 'cache');
    const env = { DCS_CACHE_DIR: cache };
    await dcs(['check', '--plan', plan], { now: NOW, env });
    const [old, recent] = entries(cache, 'yaml');
    const dayAgo = new Date(Date.now() - 86400_000);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(old!, dayAgo, dayAgo);
    utimesSync(recent!, minuteAgo, minuteAgo);
    rmSync(join(cache, 'snapshots'), { recursive: true });
    await dcs(['check', '--plan', plan], { now: NOW, env });
    // Used now: the last to be pruned. Used a minute ago: left as it is (no write on every run).
    expect(statSync(old!).mtimeMs).toBeGreaterThan(minuteAgo.getTime());
    expect(Math.abs(statSync(recent!).mtimeMs - minuteAgo.getTime())).toBeLessThan(1);
  });

  it('a warm run reads none of the report files, only their snapshot', () => {
    const cache = join(tempDir(), 'cache');
    const opened = () => {
      const trace = join(tempDir(), 'opens.txt');
      const r = dcsBin(['check', '--plan', plan], {
        env: {
          DCS_CACHE_DIR: cache,
          DCS_TRACE_OPENS: trace,
          NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-opens.mjs')}`,
        },
      });
      expect(r.code).toBe(1);
      const lines = readFileSync(trace, 'utf8').split('\n');
      const reports = (name: string) =>
        new Set(lines.filter((l) => l.startsWith(`${name} `) && l.includes(join(plan, 'reports')))).size;
      return { opened: reports('open'), read: reports('read') };
    };
    const files = readdirSync(join(plan, 'reports'), { recursive: true }).filter((f) =>
      /\.(yaml|xlsx)$/.test(String(f)),
    ).length;
    expect(opened()).toEqual({ opened: files, read: files });
    // Each file opened for its status (not read): but the three with findings to quote, for their text.
    expect(opened()).toEqual({ opened: files, read: 3 });
  });

  it('a file changed since its snapshot is read again, even with its size and time put back', async () => {
    const mine = planCopy(plan);
    const f = join(mine, 'reports/2025-6t/tdp-3.yaml');
    const g = join(mine, 'reports/2025-6t/tdp-4.yaml');
    // Whole seconds, so that the times put back below are exactly the same.
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    for (const x of [f, g]) utimesSync(x, hourAgo, hourAgo);
    await new Promise((done) => setTimeout(done, SETTLED_MS + 200));
    const cache = join(tempDir(), 'cache');
    const run = (env: Record<string, string>) =>
      dcs(['check', '--plan', mine, '--format', 'json'], { now: NOW, env, cwd: mine });
    await run({ DCS_CACHE_DIR: cache });
    await run({ DCS_CACHE_DIR: cache });
    // The same number of bytes, the time of last change set back as it was: only the inode's change
    // time (and, for a file put in its place, the inode) tells.
    const before = statSync(f);
    writeFileSync(f, readFileSync(f, 'utf8').replace('status: hoan-thanh', 'status: hoan-thanx'));
    utimesSync(f, hourAgo, hourAgo);
    writeFileSync(`${g}.new`, readFileSync(g, 'utf8').replace(/dang-thuc-hien/, 'dang-thuc-hiex'));
    utimesSync(`${g}.new`, hourAgo, hourAgo);
    renameSync(`${g}.new`, g);
    expect([statSync(f).size, statSync(f).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const fresh = await run({ DCS_NO_CACHE: '1' });
    const warm = await run({ DCS_CACHE_DIR: cache });
    expect(warm).toEqual(fresh);
    const codes = (JSON.parse(warm.stdout) as { file: string; code: string }[])
      .filter((d) => /2025-6t\/tdp-[34]\.yaml$/.test(d.file))
      .map((d) => d.code);
    expect(codes).toEqual(['schema-enum', 'schema-enum']);
  });

  it('a damaged, foreign or hand-edited snapshot is ignored and written anew', async () => {
    const cache = join(tempDir(), 'cache');
    const env = { DCS_CACHE_DIR: cache };
    const run = () => dcs(['check', '--plan', plan, '--format', 'json'], { now: NOW, env, cwd: plan });
    const fresh = await dcs(['check', '--plan', plan, '--format', 'json'], {
      now: NOW,
      env: { DCS_NO_CACHE: '1' },
      cwd: plan,
    });
    expect(await run()).toEqual(fresh);
    const snapshots = readdirSync(join(cache, 'snapshots')).map((n) => join(cache, 'snapshots', n));
    const reports = snapshots.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const [head, body] = readFileSync(reports, 'utf8').split('\n');
    const damage = [
      // cut short
      `${head}\n${body!.slice(0, 100)}`,
      // a finding taken out by hand, into well-formed JSON (its sum no longer holds)
      `${head}\n${body!.replace(/"schema-enum"/, '"schema-enux"')}`,
      // another format's
      `${head!.replace(/"format":\d+/, '"format":1')}\n${body}`,
      'garbage',
    ];
    for (const text of damage) {
      writeFileSync(reports, text);
      expect(await run()).toEqual(fresh);
      const [h, b] = readFileSync(reports, 'utf8').split('\n');
      expect(JSON.parse(h!)).toMatchObject({ format: expect.any(Number) as number });
      expect(() => JSON.parse(b!) as unknown).not.toThrow();
    }
  });

  it("trusts a file's status only some seconds after its last change (git's racy-clean rule)", () => {
    const at = Date.parse('2026-11-12T03:00:00Z');
    const stats = (mtime: number, ctime: number, isFile = true) =>
      ({ isFile: () => isFile, dev: 1, ino: 2, size: 3, mtimeMs: mtime, ctimeMs: ctime }) as Stats;
    expect(signature(stats(at - 60_000, at - 60_000), at)).toEqual([1, 2, 3, at - 60_000, at - 60_000]);
    expect(signature(stats(at - 1000, at - 60_000), at)).toBeNull();
    expect(signature(stats(at - 60_000, at - 1000), at)).toBeNull();
    expect(signature(stats(at + 5000, at + 5000), at)).toBeNull();
    expect(signature(stats(at - 60_000, at - 60_000, false), at)).toBeNull();
  });

  it("a form whose cells' line is damaged is read again to place its findings", async () => {
    const mine = planCopy(plan);
    // Sent "in the future": a finding of the rules, placed at the form's cell through the cells' line.
    await fillWithExceljs(join(forms, 'vhxh.xlsx'), join(mine, 'reports/2026-nam/Bao cao (1).xlsx'), {
      submitted: new Date(Date.UTC(2026, 11, 20)),
      status: 'Hoàn thành',
    });
    const cache = join(tempDir(), 'cache');
    const run = (env: Record<string, string>) =>
      dcs(['check', '--plan', mine, '--format', 'json'], { now: NOW, env, cwd: mine });
    const fresh = await run({ DCS_NO_CACHE: '1' });
    const future = (JSON.parse(fresh.stdout) as { code: string; sheet: string; cell: string }[]).find(
      (d) => d.code === 'submitted-in-future',
    );
    expect(future).toMatchObject({ sheet: 'Báo cáo', cell: expect.stringMatching(/^C\d+$/) as string });
    expect(await run({ DCS_CACHE_DIR: cache })).toEqual(fresh);
    for (const f of entries(cache)) {
      const [first] = readFileSync(f, 'utf8').split('\n');
      writeFileSync(f, `${first}\n[["x"]]`);
    }
    expect(await run({ DCS_CACHE_DIR: cache })).toEqual(fresh);
    // Rewritten whole: read from the cache again, the same.
    expect(entries(cache).every((f) => readFileSync(f, 'utf8').includes('\n[['))).toBe(true);
    expect(await run({ DCS_CACHE_DIR: cache })).toEqual(fresh);
  });

  it.skipIf(!OTHER_USER)(
    "a file this user may not read is said so, though the snapshot (another user's) holds it",
    async () => {
      const dir = tempDir();
      const mine = join(dir, 'plan');
      const cache = join(dir, 'cache');
      spawnSync('cp', ['-r', plan, mine]);
      const secret = join(mine, 'reports/2025-6t/tdp-3.yaml');
      spawnSync('chmod', ['-R', 'a+rX', dir]);
      expect(spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', join(mine, 'plan.yaml')]).status).toBe(
        0,
      );
      spawnSync('chmod', ['600', secret]);
      await new Promise((done) => setTimeout(done, SETTLED_MS + 200));
      // Root reads every file; its runs record the snapshot that the other user's run finds.
      const env = { DCS_CACHE_DIR: cache };
      dcsBin(['check', '--plan', mine], { env, cwd: dir });
      dcsBin(['check', '--plan', mine], { env, cwd: dir });
      spawnSync('chmod', ['-R', 'a+rwX', cache]);
      const asNobody = (...argv: string[]) => {
        const r = spawnSync(
          'runuser',
          [
            ...['-u', 'nobody', '--', 'env', '-i', `PATH=${process.env.PATH}`, `DCS_CACHE_DIR=${cache}`],
            ...[process.execPath, join(ROOT, 'bin/dcs.js'), ...argv],
          ],
          { cwd: dir, encoding: 'utf8' },
        );
        return { code: r.status, stdout: r.stdout };
      };
      const cached = asNobody('check', '--plan', mine, '--format', 'json');
      expect(cached).toEqual(asNobody('--no-cache', 'check', '--plan', mine, '--format', 'json'));
      expect(cached.stdout).toContain('"read-error"');
    },
  );

  it('is bounded: past the limit, the least recently used entries go', () => {
    const root = join(tempDir(), 'forms');
    for (let k = 0; k < 30; k++) {
      const sub = join(root, String(k % 3).padStart(2, '0'));
      mkdirSync(sub, { recursive: true });
      const f = join(sub, `${String(k).padStart(4, '0')}.json`);
      writeFileSync(f, '{}');
      utimesSync(f, new Date(2026, 0, 1, 0, k), new Date(2026, 0, 1, 0, k));
    }
    prune(root, 40, 10);
    expect(readdirSync(root).flatMap((s) => readdirSync(join(root, s)))).toHaveLength(30);
    prune(root, 20, 10);
    const kept = readdirSync(root).flatMap((s) => readdirSync(join(root, s)).map((n) => join(root, s, n)));
    expect(kept).toHaveLength(10);
    // The ten most recently used.
    expect(Math.min(...kept.map((f) => Number(/(\d+)\.json$/.exec(f)![1])))).toBe(20);
    expect(kept.every((f) => statSync(f).isFile())).toBe(true);
    // An entry a snapshot refers to counts as used when the snapshot last was.
    const oldest = kept.sort()[0]!;
    const young = join(root, '00', '0099.json');
    writeFileSync(young, '{}');
    utimesSync(young, new Date(2026, 0, 2), new Date(2026, 0, 2));
    const keyOf = (f: string) => f.replace(/.*\//, '').replace(/\.json$/, '');
    prune(root, 10, 10, new Set(), () => new Map([[keyOf(oldest), new Date(2026, 0, 3).getTime()]]));
    const left = readdirSync(root).flatMap((s) => readdirSync(join(root, s)).map((n) => join(root, s, n)));
    expect(left).toContain(oldest);
    expect(left).toContain(young);
    expect(left).toHaveLength(10);
  });
});

describe('packs: a run that reads many files for the first time', () => {
  const check = (cache: string | undefined) =>
    dcs(['check', '--plan', packPlan, '--format', 'json'], {
      now: NOW,
      env: cache === undefined ? { DCS_NO_CACHE: '1' } : { DCS_CACHE_DIR: cache },
    });
  /** A cache filled by one run, in a folder of its own. */
  const filled = async () => {
    const cache = join(tempDir(), 'cache');
    await check(cache);
    const [p] = packs(cache, 'yaml');
    return { cache, ...p! };
  };
  /** The pack's entry holding the report with the status out of the list. */
  const lateEntry = (pack: string, index: string) => {
    const text = readFileSync(pack, 'latin1');
    const rows = JSON.parse(readFileSync(index, 'utf8').split('\n')[1]!) as [string, number, number][];
    const row = rows.find(([, at, n]) => text.slice(at, at + n).includes('"schema-enum"'));
    expect(row).toBeDefined();
    return row!;
  };
  const indexOf = (rows: unknown) => {
    const text = JSON.stringify(rows);
    return `{"format":${FORMAT},"sum":"${createHash('sha256').update(text).digest('hex')}"}\n${text}`;
  };

  it('writes entries past the first ones into one pack, and gives from it what reading gives', async () => {
    const fresh = await check(undefined);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toContain('"schema-enum"');
    const { cache, pack, index } = await filled();
    expect(entries(cache, 'yaml')).toHaveLength(PACK_AFTER);
    lateEntry(pack, index);
    // From the snapshot (the finding placed through the pack's copy of its position index), then from
    // the entries themselves: the same, and the YAML library not loaded.
    expect(await check(cache)).toEqual(fresh);
    rmSync(join(cache, 'snapshots'), { recursive: true });
    expect(await check(cache)).toEqual(fresh);
    // The built CLI (its code, so its keys, are the bundle's): a second run without the snapshot loads no
    // YAML library.
    const built = join(tempDir(), 'cache');
    const bin = (trace?: string) =>
      dcsBin(['check', '--plan', packPlan, '--format', 'json'], {
        env: {
          DCS_CACHE_DIR: built,
          ...(trace && {
            DCS_TRACE: trace,
            NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}`,
          }),
        },
      });
    expect(bin().code).toBe(1);
    expect(packs(built, 'yaml')).toHaveLength(1);
    rmSync(join(built, 'snapshots'), { recursive: true });
    const trace = join(tempDir(), 'trace.txt');
    expect(bin(trace).code).toBe(1);
    expect(readFileSync(trace, 'utf8')).not.toMatch(/dist\/bundle\/yaml-[\w-]+\.js$|node_modules\/yaml\//m);
    // Nothing new written: the runs found every entry.
    expect(packs(cache, 'yaml')).toHaveLength(1);
  });

  it('trusts nothing in a damaged pack or index: those files are read again', async () => {
    const fresh = await check(undefined);
    const damages: [string, (p: { cache: string; pack: string; index: string }) => void][] = [
      [
        'a byte of an entry changed',
        ({ pack, index }) => {
          const [, at, n] = lateEntry(pack, index);
          const bytes = readFileSync(pack);
          const i = bytes.indexOf('schema-enum', at);
          expect(i).toBeGreaterThan(at);
          expect(i).toBeLessThan(at + n);
          bytes[i] = 'S'.charCodeAt(0);
          writeFileSync(pack, bytes);
        },
      ],
      ['the pack cut short', ({ pack }) => writeFileSync(pack, readFileSync(pack).subarray(0, 5000))],
      ['the pack gone', ({ pack }) => rmSync(pack)],
      ['the index damaged', ({ index }) => writeFileSync(index, '{"format":6,"sum":"00"}\n[]')],
      // Never waited on, never a failure of the command (pruning cannot remove a folder as a file).
      ['the pack replaced by a FIFO', ({ pack }) => (rmSync(pack), mkfifo(pack))],
      ['the index replaced by a FIFO', ({ index }) => (rmSync(index), mkfifo(index))],
      ['the index replaced by a folder', ({ index }) => (rmSync(index), mkdirSync(index))],
      [
        'the snapshots replaced by FIFOs',
        ({ cache }) => {
          for (const n of readdirSync(join(cache, 'snapshots'))) {
            rmSync(join(cache, 'snapshots', n));
            mkfifo(join(cache, 'snapshots', n));
          }
        },
      ],
      [
        'an index that adds up but points beside the entries',
        ({ index }) => {
          const rows = JSON.parse(readFileSync(index, 'utf8').split('\n')[1]!) as [string, number, number][];
          writeFileSync(index, indexOf(rows.map(([k, at, n]) => [k, at + 1, n])));
        },
      ],
    ];
    for (const [what, damage] of damages) {
      for (const snapshot of [false, true]) {
        const filledCache = await filled();
        damage(filledCache);
        // Without the snapshot the entries are looked up; with it, only the position index is.
        if (!snapshot) rmSync(join(filledCache.cache, 'snapshots'), { recursive: true });
        expect(await check(filledCache.cache), `${what}, snapshot ${snapshot}`).toEqual(fresh);
        expect(await check(filledCache.cache), `${what}, again`).toEqual(fresh);
      }
    }
  }, 60000);

  it('a damaged copy in one pack does not hide a good copy in another', async () => {
    const fresh = await check(undefined);
    const { cache, pack, index } = await filled();
    // A copy of the pack, listed first, with every entry's value damaged.
    const text = readFileSync(pack, 'latin1').replaceAll('"task"', '"tesk"');
    expect(text).not.toEqual(readFileSync(pack, 'latin1'));
    writeFileSync(join(cache, 'packs', 'yaml-0000.pack'), text, 'latin1');
    writeFileSync(join(cache, 'packs', 'yaml-0000.idx'), readFileSync(index));
    for (let k = 0; k < 2; k++) {
      rmSync(join(cache, 'snapshots'), { recursive: true, force: true });
      expect(await check(cache)).toEqual(fresh);
    }
    // Every entry found good: nothing read afresh, nothing written.
    expect(packs(cache, 'yaml')).toHaveLength(2);
    expect(entries(cache, 'yaml')).toHaveLength(PACK_AFTER);
  });

  it('are pruned whole, least recently used first, never one this run used; leftovers go', () => {
    const cache = tempDir();
    const root = join(cache, 'forms');
    const dir = join(cache, 'packs');
    mkdirSync(dir);
    const key = (k: number) => k.toString(16).padStart(64, '0');
    const at = (f: string, day: number) => utimesSync(f, new Date(2026, 0, day), new Date(2026, 0, day));
    for (let k = 0; k < 10; k++) {
      mkdirSync(join(root, '00'), { recursive: true });
      writeFileSync(join(root, '00', `${key(k)}.json`), '{}');
      at(join(root, '00', `${key(k)}.json`), 10 + k);
    }
    const pack = (name: string, keys: number[], day: number) => {
      writeFileSync(join(dir, `${name}.pack`), 'x'.repeat(keys.length));
      writeFileSync(join(dir, `${name}.idx`), indexOf(keys.map((k, i) => [key(k), i, 1])));
      at(join(dir, `${name}.idx`), day);
    };
    pack('forms-old', [100, 101, 102, 103, 104, 105, 106, 107, 108, 109], 1);
    pack('forms-new', [200, 201, 202, 203, 204], 30);
    pack('yaml-other', [300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311], 1);
    // Leftovers: a pack without its index (an hour old, and one just made), and an index without its
    // pack. A damaged index (or one of another format) counts as one entry, the least recently used here.
    // Folders where files were, which cannot be removed as files: left, never a failure.
    writeFileSync(join(dir, 'forms-stray.pack'), 'x');
    at(join(dir, 'forms-stray.pack'), 1);
    writeFileSync(join(dir, 'forms-writing.pack.123.tmp'), 'x');
    writeFileSync(join(dir, 'forms-orphan.idx'), indexOf([[key(400), 0, 1]]));
    writeFileSync(join(dir, 'forms-bad.idx'), 'nonsense');
    writeFileSync(join(dir, 'forms-bad.pack'), 'x');
    at(join(dir, 'forms-bad.idx'), 0);
    mkdirSync(join(dir, 'forms-folder.pack'));
    at(join(dir, 'forms-folder.pack'), 1);
    mkdirSync(join(dir, 'forms-folder2.idx'));
    at(join(dir, 'forms-folder2.idx'), 0);
    const left = () => readdirSync(dir).sort();
    // 26 entries of this kind: under the limit, only leftovers go.
    prune(root, 30, 15);
    expect(left()).toEqual([
      'forms-bad.idx',
      'forms-bad.pack',
      'forms-folder.pack',
      'forms-folder2.idx',
      'forms-new.idx',
      'forms-new.pack',
      'forms-old.idx',
      'forms-old.pack',
      'forms-writing.pack.123.tmp',
      'yaml-other.idx',
      'yaml-other.pack',
    ]);
    // The old pack is in use by this run: the oldest files go instead, down to 15 entries.
    prune(root, 20, 15, new Set([key(105)]));
    expect(left()).toContain('forms-old.pack');
    expect(left()).not.toContain('forms-bad.idx');
    expect(readdirSync(join(root, '00'))).toHaveLength(0);
    // A snapshot used on day 40 refers to an entry of the old pack: the new one is older now.
    prune(root, 10, 10, new Set(), () => new Map([[key(101), new Date(2026, 0, 40).getTime()]]));
    expect(left()).toEqual([
      'forms-folder.pack',
      'forms-folder2.idx',
      'forms-old.idx',
      'forms-old.pack',
      'forms-writing.pack.123.tmp',
      'yaml-other.idx',
      'yaml-other.pack',
    ]);
  });
});
