// dcs check [PATHS…]: validate the plan folder and print every problem found; with paths (files or
// folders of the plan, e.g. reports/2026-6t), only the problems of what lies there.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { formatCheckGithub } from '../format/check-github.js';
import { formatCheckGitlab } from '../format/check-gitlab.js';
import { formatCheckJson } from '../format/check-json.js';
import { formatCheckText } from '../format/check-text.js';
import { t } from '../i18n/ui.js';
import type { PlanFolder } from '../load/folder.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { choice } from './options.js';
import { findPlanDir, planAbove } from './plan-dir.js';
import { loadPlan } from './load-plan.js';
import { isFolder } from './write.js';

export interface CheckOptions extends GlobalOptions {
  format?: string;
  strict?: boolean;
  verbose?: boolean;
}

/** What check read, for the end of its text output: the plan's files, then each period folder by kind. */
function readLines(folder: PlanFolder, opts: CheckOptions, within: (file: string) => boolean): string[] {
  const periods = new Map<string, [number, number, number, number]>();
  for (const r of folder.reports) {
    if (!within(r.file)) continue;
    const kind = r.kind === 'unreadable' ? (r.looksLike ?? 'other') : r.kind;
    const k =
      kind === 'yaml' ? 0 : kind === 'xlsx' || kind === 'old-excel' ? 1 : kind === 'attachment' ? 2 : 3;
    const counts = periods.get(r.instance) ?? [0, 0, 0, 0];
    counts[k]++;
    periods.set(r.instance, counts);
  }
  return [
    t(opts.lang, 'readPlan', { appendices: folder.appendices.size, units: folder.units !== null }),
    ...[...periods].map(([instance, counts]) =>
      t(opts.lang, 'readPeriod', { folder: `reports/${instance}`, counts }),
    ),
  ];
}

export async function runCheck(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'text', ['text', 'json', 'github', 'gitlab'] as const);
  const named = paths.map((f) => resolve(io.cwd, f));
  for (const [i, f] of named.entries())
    if (!existsSync(f)) throw new UsageError('usage.fileNotFound', { file: paths[i]! });
  // The plan of the named path when it lies in one; else the plan found from here, as for any command.
  const first = named[0];
  const own =
    first !== undefined && !opts.plan && !io.env.DCS_PLAN
      ? planAbove(isFolder(first) ? first : dirname(first))
      : undefined;
  const planDir = own ?? findPlanDir(io.cwd, opts.plan, io.env);
  for (const [i, f] of named.entries()) {
    if (f !== planDir && !f.startsWith(planDir + sep))
      throw new UsageError('usage.fileOutsidePlan', {
        file: paths[i]!,
        dir: relative(io.cwd, planDir) || '.',
      });
  }

  const { folder, diagnostics: all } = await loadPlan({ ...opts, plan: planDir }, io);
  // A named folder stands for everything in it.
  const within = (file: string) => {
    if (named.length === 0) return true;
    const abs = resolve(io.cwd, file);
    return named.some((n) => abs === n || abs.startsWith(n + sep));
  };
  const diagnostics = all.filter((d) => within(d.file));

  const read = [
    folder.plan,
    folder.units,
    ...folder.appendices.values(),
    ...folder.reports.map((r) => r.yaml),
  ].filter((f) => f !== null && f !== undefined);
  // The text of each file something is said of (a cached file's text is decoded only when asked for).
  const said = new Set(diagnostics.map((d) => d.file));
  const sources = new Map(
    read.flatMap((f) => (said.has(f.file) && f.text !== null ? [[f.file, f.text] as const] : [])),
  );
  const files = [
    folder.plan.file,
    folder.units?.file,
    ...[...folder.appendices.values()].map((f) => f.file),
    ...folder.reports.map((r) => r.file),
  ].filter((f): f is string => f !== undefined && within(f)).length;
  const out =
    format === 'json'
      ? formatCheckJson(diagnostics, opts.lang)
      : format === 'github'
        ? formatCheckGithub(diagnostics, opts.lang)
        : format === 'gitlab'
          ? formatCheckGitlab(diagnostics, opts.lang)
          : formatCheckText(diagnostics, {
              lang: opts.lang,
              color: opts.color,
              sources,
              files,
              strict: opts.strict === true,
              verbose: opts.verbose === true,
              read: readLines(folder, opts, within),
            });
  io.stdout(out);
  const errors = diagnostics.some((d) => d.severity === 'error');
  return errors || (opts.strict && diagnostics.length > 0) ? 1 : 0;
}
