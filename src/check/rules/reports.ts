// The rules of a unit report (docs/design.md §5), on the one report model: named after its unit, in its
// period's folder, about the unit's own tasks and indicators, sent no later than today; and what
// else lies in a period folder. Only a file that belongs elsewhere (reports/disposition.ts) goes
// unchecked: a period that does not exist is this report's mistake. Two reports of one unit are found where
// files get their
// disposition (reports/disposition.ts), since that decides which one counts.
import { dirname } from 'node:path';
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import {
  assignedTaskIds,
  assignmentsOf,
  parseInstance,
  refCovers,
  taskIds,
  unitById,
  unitOfFileName,
  type Plan,
} from '../../model/plan.js';
import type { ReportEntry } from '../../load/folder.js';
import type { Report, ReportTask } from '../../reports/report.js';
import { baseName, elsewhere, ownerOf } from '../../reports/disposition.js';
import { closest } from '../../util/closest.js';
import { pointerOf } from '../../util/pointer.js';
import { META_SHEET } from '../../forms/content.js';
import { formatVnDate } from '../../time/calendar.js';
import { instanceDeadline } from '../../model/periods.js';
import type { RuleCheck, RuleContext } from '../context.js';

/** A YAML report is named after its unit; a form is known by its hidden record, whatever its name. */
function fileName(ctx: RuleContext, r: ReportEntry): Diagnostic[] {
  if (!ctx.unitsUsable) return [];
  const known = (id: string | null | undefined): id is string => !!id && unitById(ctx.plan, id) !== undefined;
  const said = r.report?.unit;
  if (r.kind === 'xlsx') {
    // Zalo renames freely, but a name that starts with another unit's id is a mix-up worth a call.
    const named = unitOfFileName(ctx.plan, r.name);
    return named && known(said) && named !== said
      ? [diag(r.file, 'warning', 'form-name-other-unit', { name: r.name, named, unit: said })]
      : [];
  }
  if (r.kind !== 'yaml') return [];
  const name = baseName(r.name);
  if (known(name)) return [];
  // The unit written in the file is the name to give it; else the nearest id.
  const suggestion = known(said)
    ? said
    : closest(
        name,
        ctx.plan.units.map((u) => u.id),
      );
  return [
    diag(
      r.file,
      'error',
      'report-name-unknown-unit',
      { name: r.name, ...(suggestion ? { suggestion: `${suggestion}.yaml` } : {}) },
      { line: 1, col: 1 },
    ),
  ];
}

/** Whose and which period's report it is. */
function identity(ctx: RuleContext, r: ReportEntry, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (report.unit !== null && ctx.unitsUsable) {
    const named = baseName(r.name);
    if (!unitById(ctx.plan, report.unit)) {
      const suggestion = closest(
        report.unit,
        ctx.plan.units.map((u) => u.id),
      );
      out.push(
        diag(
          r.file,
          'error',
          'unknown-unit',
          { ref: report.unit, ...(suggestion ? { suggestion } : {}) },
          { pointer: '/unit' },
        ),
      );
    } else if (r.kind === 'yaml' && unitById(ctx.plan, named) && report.unit !== named) {
      out.push(
        diag(
          r.file,
          'error',
          'report-unit-mismatch',
          { unit: report.unit, expected: named },
          { pointer: '/unit' },
        ),
      );
    }
  }
  if (report.plan !== null && report.plan !== ctx.plan.id) {
    out.push(
      diag(
        r.file,
        'error',
        'form-other-plan',
        { plan: report.plan, expected: ctx.plan.id },
        { sheet: META_SHEET, cell: 'B3' },
      ),
    );
  } else if (report.period !== null && report.period !== r.instance) {
    // Moving it there would make two reports if that folder already holds one of the same unit.
    const unit = ownerOf(ctx.plan, r);
    const there = unit
      ? ctx.folder.reports.find(
          (x) =>
            x.instance === report.period &&
            (x.kind === 'yaml' || x.kind === 'xlsx') &&
            ownerOf(ctx.plan, x) === unit,
        )
      : undefined;
    const params = { period: report.period, expected: r.instance, ...(there ? { there: there.name } : {}) };
    out.push(
      r.kind === 'xlsx'
        ? diag(r.file, 'error', 'form-other-period', params, { sheet: META_SHEET, cell: 'B5' })
        : diag(r.file, 'error', 'report-period-mismatch', params, { pointer: '/period' }),
    );
  }
  return out;
}

const previous = new WeakMap<Plan, Map<string, string | undefined>>();
/** The last allowed day of the period before this one (of this year or the last), if any; once per period. */
function previousDeadline(ctx: RuleContext, instance: string): string | undefined {
  let known = previous.get(ctx.plan);
  if (!known) previous.set(ctx.plan, (known = new Map<string, string | undefined>()));
  if (known.has(instance)) return known.get(instance);
  const own = instanceDeadline(ctx.plan, instance);
  const year = Number(instance.slice(0, 4));
  const before = own
    ? ctx.plan.periods
        .flatMap((p) => [year - 1, year].map((y) => instanceDeadline(ctx.plan, `${y}-${p.id}`)))
        .filter((d): d is string => d !== undefined && d < own)
        .sort()
        .at(-1)
    : undefined;
  known.set(instance, before);
  return before;
}

function submittedDate(ctx: RuleContext, r: ReportEntry, report: Report): Diagnostic[] {
  if (report.submitted === null) return [];
  // Before the previous period's deadline: a day and month swapped ("3/6" for 6 March), or last year.
  const before = report.submitted <= ctx.today ? previousDeadline(ctx, r.instance) : undefined;
  if (before && report.submitted < before)
    return [
      diag(
        r.file,
        'warning',
        'submitted-too-early',
        { date: formatVnDate(report.submitted), period: r.instance, previous: formatVnDate(before) },
        { pointer: '/submitted' },
      ),
    ];
  if (report.submitted <= ctx.today) return [];
  return [
    diag(
      r.file,
      'error',
      'submitted-in-future',
      { date: formatVnDate(report.submitted), today: formatVnDate(ctx.today) },
      { pointer: '/submitted' },
    ),
  ];
}

/** Where a task line's task id is written. */
const taskPointer = (t: ReportTask): string => `${t.pointer}/task`;

function tasks(ctx: RuleContext, r: ReportEntry, report: Report, unit: string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const assigned = unit ? assignedTaskIds(ctx.plan, unit) : undefined;
  const all = taskIds(ctx.plan);
  /** Each task's first entry (pointers are made only for what is said: a form lists 50 tasks). */
  const seen = new Map<string, ReportTask>();
  for (const t of report.tasks) {
    const first = seen.get(t.task);
    if (first !== undefined) {
      out.push(
        diag(
          r.file,
          'error',
          'report-duplicate-task',
          { task: t.task, first: ctx.where(r.file, taskPointer(first)) },
          { pointer: taskPointer(t) },
        ),
      );
      continue;
    }
    seen.set(t.task, t);
    if (!all.has(t.task)) {
      const suggestion = (assigned ? closest(t.task, assigned, 1) : undefined) ?? closest(t.task, all, 1);
      out.push(
        diag(
          r.file,
          'error',
          'report-unknown-task',
          { task: t.task, ...(suggestion ? { suggestion } : {}) },
          { pointer: taskPointer(t) },
        ),
      );
    } else if (assigned && ctx.unitsUsable && !assigned.has(t.task)) {
      out.push(
        diag(
          r.file,
          'error',
          'report-task-not-assigned',
          { task: t.task, unit: unit! },
          { pointer: taskPointer(t) },
        ),
      );
    }
  }
  return out;
}

function indicators(
  ctx: RuleContext,
  r: ReportEntry,
  report: Report,
  unit: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, value] of report.indicators) {
    const pointer = pointerOf('indicators', id);
    const indicator = ctx.plan.indicators.find((x) => x.id === id);
    if (!indicator) {
      const suggestion = closest(
        id,
        ctx.plan.indicators.map((x) => x.id),
      );
      out.push(
        diag(
          r.file,
          'error',
          'report-unknown-indicator',
          { indicator: id, ...(suggestion ? { suggestion } : {}) },
          { pointer, at: 'key' },
        ),
      );
      continue;
    }
    if (unit && ctx.unitsUsable && !refCovers(ctx.plan, indicator.reported_by, unit)) {
      out.push(
        diag(r.file, 'error', 'report-indicator-not-owed', { indicator: id, unit }, { pointer, at: 'key' }),
      );
    }
    const isRatio = typeof value !== 'number';
    if ((indicator.aggregate === 'ratio') !== isRatio)
      out.push(
        diag(
          r.file,
          'error',
          'report-indicator-shape',
          { indicator: id, aggregate: indicator.aggregate },
          { pointer },
        ),
      );
    else if (isRatio && (value.of <= 0 || value.value > value.of || value.value < 0)) {
      out.push(
        diag(r.file, 'error', 'report-indicator-ratio', { value: value.value, of: value.of }, { pointer }),
      );
    }
  }
  return out;
}

/** A report that gives no progress for any of the unit's tasks and no indicator says nothing:
 * sent, but not a report to count as received. */
function emptyReport(
  ctx: RuleContext,
  r: ReportEntry,
  report: Report,
  unit: string | undefined,
): Diagnostic[] {
  if (!unit || assignmentsOf(ctx.plan, unit).length === 0) return [];
  if (report.tasks.some((t) => t.status !== null) || report.indicators.size > 0) return [];
  // No task list, or entries that could not be read: that is reported where it is, "empty" would only repeat
  // it.
  if (!report.tasksListed || report.unreadTasks > 0) return [];
  return [diag(r.file, 'error', 'report-empty', { unit }, r.kind === 'yaml' ? { pointer: '/tasks' } : {})];
}

/** The files of the period folders that name a period of the plan. */
const inPeriods = (ctx: RuleContext): ReportEntry[] =>
  ctx.folder.reports.filter((r) => parseInstance(ctx.plan, r.instance));
/** The reports (YAML or form) of the period folders, and the model each was read into. */
const reportsOf = (ctx: RuleContext): [ReportEntry, Report | undefined][] =>
  inPeriods(ctx).flatMap((r) =>
    r.kind === 'yaml' || r.kind === 'xlsx' ? [[r, r.report] as [ReportEntry, Report | undefined]] : [],
  );

/** report-unknown-period: a folder under reports/ that is no period of the plan, once per folder. */
export const periodFolders: RuleCheck = (ctx) => {
  if (ctx.plan.periods.length === 0) return [];
  const periods = ctx.plan.periods.map((p) => p.id).join(', ');
  const bad = new Map<string, string>();
  for (const r of ctx.folder.reports)
    if (!parseInstance(ctx.plan, r.instance) && !bad.has(r.instance)) bad.set(r.instance, dirname(r.file));
  return [...bad].map(([folder, file]) => diag(file, 'error', 'report-unknown-period', { folder, periods }));
};

/** form-old-format, attachment-no-unit, report-stray-file: what else lies in a period folder. */
export const periodFiles: RuleCheck = (ctx) => inPeriods(ctx).flatMap((r) => otherFile(ctx, r));

/** report-name-unknown-unit, form-name-other-unit: a report's file name. */
export const reportNames: RuleCheck = (ctx) => reportsOf(ctx).flatMap(([r]) => fileName(ctx, r));

/** unknown-unit, report-unit-mismatch, form-other-plan, form-other-period, report-period-mismatch. */
export const reportIdentity: RuleCheck = (ctx) =>
  reportsOf(ctx).flatMap(([r, report]) => (report ? identity(ctx, r, report) : []));

/** What a report of this period says: its date, its tasks and indicators, and whether it says anything. */
export const reportContent: RuleCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const [r, report] of reportsOf(ctx)) {
    // Nothing could be read (the reader said why), or it is another period's or plan's business.
    if (!report || elsewhere(ctx.plan, r.instance, report)) continue;
    const unit = ownerOf(ctx.plan, r) ?? undefined;
    out.push(
      ...submittedDate(ctx, r, report),
      ...report.diagnostics,
      ...emptyReport(ctx, r, report, unit),
      ...tasks(ctx, r, report, unit),
      ...indicators(ctx, r, report, unit),
    );
  }
  return out;
};

function otherFile(ctx: RuleContext, r: ReportEntry): Diagnostic[] {
  switch (r.kind) {
    case 'old-excel':
      return [diag(r.file, 'error', 'form-old-format', { name: r.name })];
    case 'attachment':
      return ctx.unitsUsable && !unitOfFileName(ctx.plan, r.name)
        ? [diag(r.file, 'warning', 'attachment-no-unit', { name: r.name })]
        : [];
    case 'other':
      return r.problem ? [] : [diag(r.file, 'warning', 'report-stray-file', { name: r.name })];
    default:
      return [];
  }
}
