// The fuzz harness: a throw-away copy of the invented ward, the four commands run in-process on
// the fixed clock, and the invariants every input must keep (see mutate.test.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { excel } from '../../src/excel/exceljs.js';
import { dcs, FIXTURES, NOW, ROOT, tempDir, type Result } from '../helpers/cli.js';

export const WARD = join(FIXTURES, 'phuong-hu-cau');
export const PERIOD = '2026-6t';

/** Per-family number of runs: the family's default, or DCS_FUZZ_RUNS for a long run. */
export function runs(defaultRuns: number): number {
  const n = Number(process.env.DCS_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : defaultRuns;
}
/** A vitest timeout for `n` runs: generous, a hang must show as a failure, not a stuck suite. */
export const timeoutFor = (n: number, perRun = 4000): number => 60_000 + n * perRun;

/** A fresh copy of the ward: <tmp>/plan, with <tmp>/out/ for compile's output. */
export function wardCopy(): { root: string; dir: string; outDir: string; out: string } {
  const root = tempDir();
  const dir = join(root, 'plan');
  cpSync(WARD, dir, { recursive: true });
  const outDir = join(root, 'out');
  mkdirSync(outDir);
  return { root, dir, outDir, out: join(outDir, 'out.xlsx') };
}

export function cleanup(root: string): void {
  try {
    rmSync(root, { recursive: true, force: true });
  } catch {
    /* chmod'ed or odd files: leave them */
  }
}

/** A fingerprint of a folder tree: names as bytes, kinds, modes, contents; FIFOs are never opened. */
export function hashTree(dir: Buffer | string): string {
  const h = createHash('sha256');
  const walk = (d: Buffer) => {
    let names: Buffer[];
    try {
      names = readdirSync(d, { encoding: 'buffer' });
    } catch (e) {
      h.update(`!${(e as NodeJS.ErrnoException).code}`);
      return;
    }
    names.sort((a, b) => Buffer.compare(a, b));
    for (const n of names) {
      const p = Buffer.concat([d, Buffer.from('/'), n]);
      const st = lstatSync(p);
      h.update(n);
      h.update(`\0${st.mode}\0`);
      if (st.isSymbolicLink()) h.update(readlinkSync(p, { encoding: 'buffer' }));
      else if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        try {
          h.update(readFileSync(p));
        } catch (e) {
          h.update(`!${(e as NodeJS.ErrnoException).code}`);
        }
      }
      h.update('\0');
    }
  };
  walk(Buffer.isBuffer(dir) ? dir : Buffer.from(dir));
  return h.digest('hex');
}

/**
 * FIFO guard: a FIFO that dcs opens for reading would block the whole worker forever (a sync read
 * cannot be timed out in-process). A helper process opens every FIFO for writing again and again,
 * so such a read ends (EOF) after at most a moment, and counts in `log` each time it happened.
 */
export function fifoGuard(fifos: string[], log: string): () => number {
  if (fifos.length === 0) return () => 0;
  const script = `
    const fs = require('fs'); const [log, ...fifos] = process.argv.slice(1);
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    for (;;) {
      for (const f of fifos) {
        let fd; try { fd = fs.openSync(f, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK); } catch { continue; }
        fs.closeSync(fd); fs.appendFileSync(log, f + '\\n');
      }
      sleep(200);
    }`;
  // O_NONBLOCK: opening a FIFO for writing fails (ENXIO) unless a reader is waiting on it, so the
  // helper never blocks and only "answers" a reader that dcs left hanging in open().
  const child: ChildProcess = spawn(process.execPath, ['-e', script, log, ...fifos], { stdio: 'ignore' });
  return () => {
    child.kill('SIGKILL');
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
  };
}

const BAD_STDERR = ['Lỗi nội bộ', 'Internal error', 'undefined', '[object Object]', 'NaN'];
// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_NUMBER = /<v>\s*(-?Infinity|NaN)\s*<\/v>|="(-?Infinity|NaN)"/;

export interface Problem {
  command: string;
  kind: string;
  detail: string;
}

/** The first lines of a stack printed with DCS_DEBUG=1, for grouping and for the report. */
function stackTop(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 4)
    .map((l) => l.trim())
    .join(' | ');
}

export function checkResult(command: string, r: Result, problems: Problem[], ms: number): void {
  if (![0, 1, 2].includes(r.code)) problems.push({ command, kind: 'exit-code', detail: String(r.code) });
  for (const bad of BAD_STDERR) {
    if (r.stderr.includes(bad)) {
      const line = r.stderr.split('\n').find((l) => l.includes(bad)) ?? '';
      problems.push({
        command,
        kind: bad === 'Lỗi nội bộ' || bad === 'Internal error' ? 'internal-error' : `stderr-${bad}`,
        detail: `${line.slice(0, 300)} ${stackTop(r.stderr)}`.trim(),
      });
      break;
    }
  }
  if (ms > 20_000) problems.push({ command, kind: 'slow', detail: `${ms} ms` });
}

/** Zip parts of the workbook compile wrote: XML-illegal characters, non-finite numbers. */
async function checkWorkbook(file: string, problems: Problem[]): Promise<void> {
  const bytes = readFileSync(file);
  try {
    const ExcelJS = await excel();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    problems.push({
      command: 'compile',
      kind: 'output-unreadable',
      detail: String((e as Error).message).slice(0, 200),
    });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    problems.push({ command: 'compile', kind: 'output-not-zip', detail: String(e).slice(0, 200) });
    return;
  }
  for (const name of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const illegal = XML_ILLEGAL.exec(xml);
    if (illegal)
      problems.push({
        command: 'compile',
        kind: 'output-xml-illegal-char',
        detail: `${name}: U+${illegal[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(xml.slice(Math.max(0, illegal.index - 40), illegal.index + 10))}`,
      });
    const num = BAD_NUMBER.exec(xml);
    if (num)
      problems.push({
        command: 'compile',
        kind: 'output-non-finite-number',
        detail: `${name}: ${JSON.stringify(xml.slice(Math.max(0, num.index - 60), num.index + 20))}`,
      });
  }
}

export interface RunOptions {
  compile: boolean;
  debug?: boolean;
}

/** Runs check, due, tasks (and compile) on a mutated copy and returns every broken invariant. */
export async function runAndCheck(
  w: { dir: string; outDir: string; out: string },
  o: RunOptions,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const env = o.debug ? { DCS_DEBUG: '1' } : {};
  const before = hashTree(w.dir);
  const commands: [string, string[]][] = [
    ['check', ['check', '--plan', w.dir, '--format', 'json']],
    ['due', ['due', '--plan', w.dir, '--as-of', '2026-06-10', '--all', '--format', 'json']],
    ['tasks', ['tasks', '--plan', w.dir, '--format', 'json']],
  ];
  if (o.compile) commands.push(['compile', ['compile', '--plan', w.dir, '--period', PERIOD, '-o', w.out]]);
  for (const [name, argv] of commands) {
    const t0 = Date.now();
    let r: Result;
    try {
      r = await dcs(argv, { cwd: w.dir, env });
    } catch (e) {
      // run() must never throw: it is the one place errors become exit codes.
      problems.push({
        command: name,
        kind: 'run-threw',
        detail: String((e as Error).stack ?? e)
          .split('\n')
          .slice(0, 4)
          .join(' | '),
      });
      continue;
    }
    checkResult(name, r, problems, Date.now() - t0);
    if (name === 'check' && r.code !== 2) {
      try {
        JSON.parse(r.stdout);
      } catch {
        problems.push({ command: name, kind: 'json-unparsable', detail: r.stdout.slice(0, 200) });
      }
    }
    if (name === 'compile') {
      const left = readdirSync(w.outDir).filter((n) => n !== 'out.xlsx');
      if (left.length) problems.push({ command: name, kind: 'leftover-files', detail: left.join(', ') });
      const written = existsSync(w.out);
      if (r.code === 2 && written)
        problems.push({ command: name, kind: 'output-on-exit-2', detail: r.stderr.slice(0, 200) });
      // Exit 1 without a file is the documented refusal of an invalid plan ("không ghi tệp nào").
      if (
        (r.code === 0 || (r.code === 1 && !/không ghi tệp nào|nothing written/.test(r.stderr))) &&
        !written
      ) {
        problems.push({
          command: name,
          kind: 'no-output',
          detail: `exit ${r.code}: ${r.stderr.slice(0, 200)}`,
        });
      }
      if (written && r.code !== 2) await checkWorkbook(w.out, problems);
    }
  }
  if (hashTree(w.dir) !== before) problems.push({ command: '*', kind: 'input-modified', detail: w.dir });
  return problems;
}

/**
 * One command in a separate process (the BUILT bundle in dist/, so `npm run build` first), on the fixed clock,
 * killed after `timeoutMs`; reports the child's peak RSS. For inputs that may take the test worker
 * down with them (zip bombs): memory is measured, a runaway is killed.
 */
export function dcsIsolated(
  argv: string[],
  cwd: string,
  timeoutMs: number,
): Result & { ms: number; maxRssMb: number; timedOut: boolean } {
  const program = new URL('dist/bundle/program.js', `file://${ROOT}`).href;
  const script = `
    const { run } = await import(${JSON.stringify(program)});
    const code = await run(process.argv.slice(1), { cwd: process.cwd(), env: {}, now: new Date(${JSON.stringify(NOW.toISOString())}), isTTY: false,
      stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
    process.stderr.write('\\nDCS_MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n');
    process.exitCode = code;`;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
    env: { PATH: process.env.PATH },
  });
  const rss = /\nDCS_MAXRSS_KB=(\d+)\n/.exec(r.stderr ?? '');
  return {
    code: r.status ?? -1,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(/\nDCS_MAXRSS_KB=\d+\n$/, ''),
    ms: Date.now() - t0,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    timedOut: r.error !== undefined && /ETIMEDOUT/.test(String(r.error)),
  };
}

/** Collect mode (DCS_FUZZ_COLLECT=file.jsonl): failures are appended there instead of failing. */
export const COLLECT = process.env.DCS_FUZZ_COLLECT;

export function report(family: string, mutation: unknown, problems: Problem[]): void {
  if (problems.length === 0) return;
  if (COLLECT) {
    appendFileSync(COLLECT, `${JSON.stringify({ family, mutation: short(mutation), problems })}\n`);
    return;
  }
  throw new Error(
    `${family}: ${problems.length} broken invariant(s)\n${problems.map((p) => `  [${p.command}] ${p.kind}: ${p.detail}`).join('\n')}`,
  );
}

/** A mutation as printable text, long strings elided. */
export function short(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x) =>
      typeof x === 'string' && x.length > 120 ? `${x.slice(0, 60)}…(${x.length} chars)` : x,
    ),
  );
}
