// What `compile` and `draft` share: the options of a document made from one period's reports, the
// plan loaded and refused when invalid, the output path checked before any work, the one summary of
// the period's files, the document date, and the exit code that period folder's errors give.
import { join, resolve } from 'node:path';
import { summarise, type Summary } from '../compile/summary.js';
import { problemText } from '../format/message.js';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import { instanceDeadline, periodInWords } from '../model/periods.js';
import { parseInstance } from '../model/plan.js';
import { ofInstance, type Disposition } from '../reports/disposition.js';
import { formatVnDate, MAX_YEAR, MIN_YEAR, toIso } from '../time/calendar.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption, type LoadedPlan } from './load-plan.js';
import { findPlanDir } from './plan-dir.js';
import type { Progress } from './progress.js';
import { refuseOverwrite } from './write.js';

export interface DocumentOptions extends GlobalOptions {
  period?: string;
  output?: string;
  force?: boolean;
  date?: string;
  number?: string;
}

export interface PeriodSummary {
  loaded: LoadedPlan;
  instance: string;
  year: number;
  /** "Báo cáo 6 tháng năm 2026", as documents name the period. */
  periodInWords: string;
  /** The file to write, refused already if it exists and --force is not given. */
  out: string;
  /** The document date: --date, SOURCE_DATE_EPOCH, else the one the data give. */
  date: string;
  number?: string;
  files: Disposition[];
  summary: Summary;
}

/** SOURCE_DATE_EPOCH (seconds, as reproducible builds define it) as a date, when set. */
export function epochDate(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw) return undefined;
  const d = /^\d{1,12}$/.test(raw.trim()) ? new Date(Number(raw) * 1000) : null;
  const y = d?.getUTCFullYear() ?? NaN;
  if (!d || !(y >= MIN_YEAR && y <= MAX_YEAR)) throw new UsageError('usage.badEpoch', { value: raw });
  return toIso({ y, m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

/**
 * The period's summary for a document named `<plan>/tong-hop/<prefix>-<period><ext>` by default; undefined
 * (after saying so) when the plan has errors: a summary of an invalid plan would count the wrong things.
 */
export async function periodSummary(
  opts: DocumentOptions,
  io: Io,
  o: {
    prefix: string;
    ext: string;
    reasonLang: Lang;
    sha256?: (d: Disposition) => string;
    /** Shown while the plan is read; the caller ends it. */
    progress?: Progress;
  },
): Promise<PeriodSummary | undefined> {
  const asked = opts.date === undefined ? epochDate(io.env) : parseDateOption(opts.date, io, opts.lang);
  const number = opts.number?.trim() || undefined;
  const outOf = (dir: string, instance: string) =>
    resolve(io.cwd, opts.output ?? join(dir, 'tong-hop', `${o.prefix}-${instance}${o.ext}`));
  // A file that is there already is refused before the plan is read (a city's takes seconds), when its
  // name is known without the plan: given, or of a period given with its year.
  if (opts.output !== undefined || (opts.period !== undefined && /^\d{4}-/.test(opts.period)))
    refuseOverwrite(
      [outOf(findPlanDir(io.cwd, opts.plan, io.env), opts.period ?? '')],
      opts.force === true,
      io.cwd,
    );
  const loaded = await loadPlan(opts, io, o.progress);
  // Reading is over: what is said next must not follow the progress line.
  o.progress?.end();
  const instance = periodOption(loaded, opts.period);
  const { plan, folder } = loaded;
  const out = outOf(folder.dir, instance);
  refuseOverwrite([out], opts.force === true, io.cwd);
  if (loaded.planErrors) {
    io.stderr(`dcs: ${t(opts.lang, 'compile.invalidPlan', { errors: loaded.planErrors })}\n`);
    return undefined;
  }
  const files = ofInstance(loaded.dispositions, instance);
  const summary = summarise({
    plan,
    instance,
    deadline: instanceDeadline(plan, instance)!,
    files,
    reasonOf: (d) => problemText(d, o.reasonLang),
    sha256: (d) => o.sha256?.(d) ?? '',
  });
  const latest = summary.latest;
  if (asked && latest && latest > asked)
    io.stderr(
      `dcs: ${t(opts.lang, 'compile.dateBeforeReport', { date: formatVnDate(asked), latest: formatVnDate(latest) })}\n`,
    );
  const p = parseInstance(plan, instance)!;
  return {
    loaded,
    instance,
    year: p.year,
    periodInWords: periodInWords(p.period.name, p.year),
    out,
    date: asked ?? summary.date,
    ...(number ? { number } : {}),
    files,
    summary,
  };
}

/** Exit 1 when the period folder holds a file with errors (the same files `check` fails on), else 0. */
export function folderExitCode(s: PeriodSummary): number {
  const inFolder = new Set(s.files.map((f) => f.entry.file));
  return s.loaded.diagnostics.some((d) => d.severity === 'error' && inFolder.has(d.file)) ? 1 : 0;
}
