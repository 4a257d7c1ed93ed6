// dcs check [FILES…]: validate the plan folder and print every problem found.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { formatCheckGithub } from '../format/check-github.js';
import { formatCheckJson } from '../format/check-json.js';
import { formatCheckText } from '../format/check-text.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { choice } from './options.js';
import { findPlanDir } from './plan-dir.js';
import { loadPlan } from './load-plan.js';

export interface CheckOptions extends GlobalOptions { format?: string; strict?: boolean }

export async function runCheck(files: string[], opts: CheckOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'text', ['text', 'json', 'github'] as const);
  const named = files.map((f) => resolve(io.cwd, f));
  for (const [i, f] of named.entries()) if (!existsSync(f)) throw new UsageError('usage.fileNotFound', { file: files[i]! });
  const start = named.length > 0 && !opts.plan && !io.env.DCS_PLAN ? dirname(named[0]!) : io.cwd;
  const planDir = findPlanDir(start, opts.plan, io.env);
  for (const [i, f] of named.entries()) {
    if (!f.startsWith(planDir + sep)) throw new UsageError('usage.fileOutsidePlan', { file: files[i]!, dir: relative(io.cwd, planDir) || '.' });
  }

  const { folder, diagnostics: all } = await loadPlan({ ...opts, plan: planDir }, io);
  const only = new Set(named);
  const diagnostics = only.size > 0 ? all.filter((d) => only.has(resolve(io.cwd, d.file))) : all;

  const read = [folder.plan, folder.units, ...folder.appendices.values(), ...folder.reports.map((r) => r.yaml)].filter((f) => f !== null && f !== undefined);
  const sources = new Map(read.flatMap((f) => (f.text !== null ? [[f.file, f.text] as const] : [])));
  const out = format === 'json' ? formatCheckJson(diagnostics, opts.lang)
    : format === 'github' ? formatCheckGithub(diagnostics, opts.lang)
      : formatCheckText(diagnostics, { lang: opts.lang, color: opts.color, sources, files: only.size || read.length + folder.reports.filter((r) => r.form).length, strict: opts.strict === true });
  io.stdout(out);
  const errors = diagnostics.some((d) => d.severity === 'error');
  return errors || (opts.strict && diagnostics.length > 0) ? 1 : 0;
}
