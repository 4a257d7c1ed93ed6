// The plan as every command after `check` needs it: read, checked, and with today's date in the
// plan's time zone. Commands still run on a plan with errors, after saying so.
import { checkFolder, type CheckResult } from '../check/index.js';
import { cacheDir, DamagedEntry, openCache, type ReadCache } from '../load/cache.js';
import { FormReader, readForms, readPlanFolder, reread, type PlanFolder } from '../load/folder.js';
import { formPool } from '../load/form-pool.js';
import { t } from '../i18n/ui.js';
import { closest } from '../util/closest.js';
import { parseInstance } from '../model/plan.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { findPlanDir } from './plan-dir.js';
import { readProgress, type Progress } from './progress.js';
import { planToday } from './today.js';
import { join, relative } from 'node:path';

export interface LoadedPlan extends CheckResult {
  folder: PlanFolder;
  today: string;
  /** Every error found, plan and report files alike. */
  errors: number;
  /** Errors in the plan's own files (plan, units, appendices): what makes other commands' answers doubtful.
   * */
  planErrors: number;
}

/** `progress`: given by a command with more long work after reading (compile), which ends it itself. */
export async function loadPlan(opts: GlobalOptions, io: Io, progress?: Progress): Promise<LoadedPlan> {
  const planDir = findPlanDir(io.cwd, opts.plan, io.env);
  const dir = opts.cache === false ? undefined : cacheDir(planDir, io.env);
  // One snapshot of the plan's files per plan folder and folder run from (the names shown depend on it).
  const cache = dir === undefined ? undefined : openCache(dir, `${planDir}\0${io.cwd}`);
  const reading = progress ?? readProgress(io, opts.lang);
  let folder: PlanFolder;
  const forms = new FormReader(cache?.forms, formPool());
  try {
    folder = await readPlanFolder(planDir, io.cwd, cache?.yaml, reading, forms);
    await readForms(folder, forms, reading);
  } finally {
    forms.close();
    if (!progress) reading.end();
  }
  const today = planToday(folder, io.now);
  const result = await checkWithCache(folder, today, io.cwd, cache);
  cache?.finish();
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  // The reports' findings are those of the files in the period folders and of the report folders
  // themselves: known by the files read, never by how their paths look from the current folder (from
  // inside reports/2026-6t, plan.yaml is ../../plan.yaml and was once taken for a report).
  const reportFiles = new Set([...folder.reports.map((r) => r.file), ...folder.problems.map((d) => d.file)]);
  const planErrors = errors.filter((d) => !reportFiles.has(d.file)).length;
  return { ...result, folder, today, errors: errors.length, planErrors };
}

/** checkFolder, reading afresh any file whose cached position index (or form cells) turns out damaged when wanted
 * (each copy at most once). */
async function checkWithCache(
  folder: PlanFolder,
  today: string,
  cwd: string,
  cache: ReadCache | undefined,
): Promise<CheckResult> {
  const done = new Set<unknown>();
  for (;;) {
    try {
      return checkFolder(folder, today);
    } catch (e) {
      // A fresh read has its index in memory: the same copy twice would be a fault of dcs, not of the cache.
      if (!(e instanceof DamagedEntry) || done.has(e.read) || !(await reread(folder, e.read, cwd, cache)))
        throw e;
      done.add(e.read);
    }
  }
}

/** Warns on stderr when the plan's own files have errors (what follows may be wrong), or, more
 * mildly, when report files do (each is shown where it matters, e.g. due's "needs fixing"). */
export function warnIfInvalid(loaded: LoadedPlan, opts: GlobalOptions, io: Io): void {
  // The command that shows them, as it works from here: with the plan named when it was named.
  const plan = opts.plan ? ` --plan ${quoteArg(opts.plan)}` : '';
  const reports = relative(io.cwd, join(loaded.folder.dir, 'reports')) || '.';
  if (loaded.planErrors > 0)
    io.stderr(
      `${t(opts.lang, 'plan.hasErrors', { errors: loaded.planErrors, check: `dcs check${plan}` })}\n`,
    );
  else if (loaded.errors > 0)
    io.stderr(
      `${t(opts.lang, 'plan.reportErrors', { errors: loaded.errors, check: `dcs check${plan} ${quoteArg(reports)}` })}\n`,
    );
}

/** A path as it can be typed back into a shell. */
const quoteArg = (s: string): string => (/^[\w./@:-]+$/u.test(s) ? s : `"${s.replace(/"/g, '\\"')}"`);

/** A `--period` value: an instance id ("2026-6t"), or a bare period id ("6t") of the year of `asOf`
 * (default today). */
export function periodOption(loaded: LoadedPlan, period: string | undefined, asOf = loaded.today): string {
  if (period === undefined)
    throw new UsageError('usage.needPeriod', { periods: loaded.plan.periods.map((p) => p.id).join(', ') });
  const instance = /^\d{4}-/.test(period) ? period : `${asOf.slice(0, 4)}-${period}`;
  if (parseInstance(loaded.plan, instance)) return instance;
  throw new UsageError('usage.badPeriod', {
    period,
    periods: loaded.plan.periods.map((p) => p.id).join(', '),
  });
}

/** A `--unit` value that must name a unit of the plan. */
export function unitOption(loaded: LoadedPlan, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const ids = loaded.plan.units.map((u) => u.id);
  if (ids.includes(unit)) return unit;
  throw new UsageError('usage.unknownUnit', { unit, suggestion: closest(unit, ids) ?? '' });
}
