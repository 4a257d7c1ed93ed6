// Runs dcs in-process with a fixed clock and captured output, or as the built binary.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dcs-test-'));
}

/**
 * A checkout as the tests see it: plans/hong-an with the plan's own files only. A ward adds its
 * reports to the live plans/hong-an/reports/; no test may depend on what it adds, so none reads there.
 */
export const SANDBOX = tempDir();
export const HONG_AN = join(SANDBOX, 'plans/hong-an');
const LIVE = join(ROOT, 'plans/hong-an');
for (const name of readdirSync(LIVE).filter((n) => n.endsWith('.yaml')))
  cpSync(join(LIVE, name), join(HONG_AN, name));
mkdirSync(join(HONG_AN, 'reports'), { recursive: true });
writeFileSync(join(HONG_AN, 'reports/.gitkeep'), '');

/** 2026-06-10 10:00 in Hải Phòng. */
export const NOW = new Date('2026-06-10T03:00:00Z');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function dcs(
  argv: string[],
  o: { cwd?: string; env?: NodeJS.ProcessEnv; now?: Date } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: o.cwd ?? SANDBOX,
    env: o.env ?? {},
    now: o.now ?? NOW,
    isTTY: false,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

/** The built CLI as a user runs it. */
export function dcsBin(argv: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Result {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/dcs.js'), ...argv], {
    cwd: o.cwd ?? SANDBOX,
    env: { PATH: process.env.PATH, ...o.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of a fixture plan (or the Hồng An plan) in a temp folder, with files changed or added. */
export function planCopy(from: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(tempDir(), 'plan');
  cpSync(from, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface JsonDiagnostic {
  file: string;
  line: number | null;
  col: number | null;
  severity: string;
  code: string;
  message: string;
}

export async function checkJson(
  dir: string,
  extra: string[] = [],
): Promise<{ code: number; diagnostics: JsonDiagnostic[] }> {
  const r = await dcs(['check', '--plan', dir, '--format', 'json', ...extra], { cwd: dir });
  return { code: r.code, diagnostics: JSON.parse(r.stdout) as JsonDiagnostic[] };
}
