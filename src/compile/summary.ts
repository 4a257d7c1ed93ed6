// A season of reports as the numbers a clerk would count by hand (docs/design.md §6). Pure: the files were
// read, checked and given their one disposition before; this only reads those decisions, so every
// sheet says of each unit and each file what `check` and `due` say.
import type { Diagnostic } from '../model/diagnostic.js';
import {
  assignedTaskIds,
  assignmentsOf,
  expandRef,
  nameOf,
  reportingUnits,
  unitById,
  type Plan,
} from '../model/plan.js';
import type { Disposition, DispositionKind } from '../reports/disposition.js';
import type { Report } from '../reports/report.js';
import { addDays, daysBetween } from '../time/calendar.js';
import type { Status } from '../forms/content.js';

export interface SourceRow {
  name: string;
  unit: string | null;
  sha256: string;
  status: DispositionKind;
  reason: string;
}
export interface TaskCount {
  id: string;
  content: string;
  lead: string;
  assigned: number;
  done: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  notReported: number;
  /** Hoàn thành over the units assigned, leaving out those for which the task did not arise; null when none.
   * */
  rate: number | null;
}
/** How a reporting unit stands for the period: the same word on every sheet. */
export type UnitState = 'on-time' | 'late' | 'received-with-errors' | 'missing';
export interface UnitRow {
  id: string;
  name: string;
  state: UnitState;
  submitted: string | null;
  deadline: string;
  lateDays: number | null;
  number: string;
  signer: string;
  contact: string;
  /** Why its report was not used (the first problem), for a rejected one. */
  reason: string;
}
export interface DetailRow {
  unit: string;
  unitId: string;
  unitState: UnitState;
  task: string;
  content: string;
  status: Status | null;
  result: string;
  note: string;
}
export interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  target: number;
  aggregate: string;
  achieved: number | null;
  reporters: number;
  rate: number | null;
}
export interface RemarkRow {
  unit: string;
  unitId: string;
  difficulties: string;
  proposals: string;
}

export interface Summary {
  instance: string;
  deadline: string;
  /** The document's date: the day after the last allowed day, or the latest report used if later. */
  date: string;
  /** The latest date of a report used, or null when none is. */
  latest: string | null;
  tasks: TaskCount[];
  total: Omit<TaskCount, 'id' | 'content' | 'lead'>;
  units: UnitRow[];
  details: DetailRow[];
  indicators: IndicatorRow[];
  remarks: RemarkRow[];
  sources: SourceRow[];
}

export interface SummaryInput {
  plan: Plan;
  instance: string;
  deadline: string;
  /** The period folder's files with their one disposition. */
  files: Disposition[];
  /** A problem as the workbook says it, already in the user's language. */
  reasonOf: (d: Diagnostic) => string;
  sha256: (d: Disposition) => string;
}

/** At most this many problems are spelt out for one file; the rest are counted. */
const MAX_REASONS = 5;

function reasons(d: Disposition, reasonOf: (d: Diagnostic) => string): string {
  const shown = d.problems.slice(0, MAX_REASONS).map(reasonOf);
  const more = d.problems.length - shown.length;
  return [...shown, ...(more > 0 ? [`(+${more})`] : [])].join(' ');
}

function indicatorRow(plan: Plan, used: Map<string, Report>, ind: Plan['indicators'][number]): IndicatorRow {
  const values = expandRef(plan, ind.reported_by).flatMap((u) => {
    const v = used.get(u)?.indicators.get(ind.id);
    return v === undefined ? [] : [v];
  });
  const nums = values.map((v) => (typeof v === 'number' ? v : v.value));
  let achieved: number | null = null;
  if (values.length) {
    if (ind.aggregate === 'ratio') {
      const of = values.reduce<number>((s, v) => s + (typeof v === 'number' ? 0 : v.of), 0);
      achieved = of > 0 ? (nums.reduce((s, v) => s + v, 0) / of) * (ind.unit === '%' ? 100 : 1) : null;
    } else if (ind.aggregate === 'min') achieved = Math.min(...nums);
    else if (ind.aggregate === 'max') achieved = Math.max(...nums);
    else achieved = nums.reduce((s, v) => s + v, 0);
  }
  if (achieved !== null && !Number.isFinite(achieved)) achieved = null;
  const rate =
    achieved !== null && Number.isFinite(ind.target) && ind.target !== 0 ? achieved / ind.target : null;
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    target: ind.target,
    aggregate: ind.aggregate,
    achieved,
    reporters: values.length,
    rate,
  };
}

const entries = new WeakMap<Report, Map<string, Report['tasks'][number]>>();
/** What a report says of each task (its first line for it), each report's lines indexed once: a city's
 * summary asks 5,000 reports of 150 tasks each. */
function linesOf(report: Report | undefined): Map<string, Report['tasks'][number]> | undefined {
  if (!report) return undefined;
  let byTask = entries.get(report);
  if (!byTask) {
    byTask = new Map();
    for (const t of report.tasks) if (!byTask.has(t.task)) byTask.set(t.task, t);
    entries.set(report, byTask);
  }
  return byTask;
}

/** Who sent what for one period: each unit's used report, and its first file received with errors. */
function received(files: Disposition[]): { used: Map<string, Report>; rejected: Map<string, Disposition> } {
  const used = new Map<string, Report>();
  const rejected = new Map<string, Disposition>();
  for (const d of files) {
    if (d.unit === null) continue;
    if (d.kind === 'used' && d.report) used.set(d.unit, d.report);
    else if (d.kind === 'received-with-errors' && !rejected.has(d.unit)) rejected.set(d.unit, d);
  }
  return { used, rejected };
}

const stateIn =
  (r: ReturnType<typeof received>, deadline: string) =>
  (unit: string): UnitState => {
    const report = r.used.get(unit);
    if (report) return report.submitted !== null && report.submitted > deadline ? 'late' : 'on-time';
    return r.rejected.has(unit) ? 'received-with-errors' : 'missing';
  };

/**
 * How each reporting unit stands for one period, from the period folder's files: the one word the
 * submission sheet says of it. `dcs history` reads each period through this too, so the two agree.
 */
export function unitRows(
  plan: Plan,
  deadline: string,
  files: Disposition[],
  reasonOf: (d: Diagnostic) => string = () => '',
): UnitRow[] {
  const r = received(files);
  const stateOf = stateIn(r, deadline);
  return reportingUnits(plan).map((id) => {
    const unit = unitById(plan, id)!;
    const state = stateOf(id);
    const report = r.used.get(id) ?? r.rejected.get(id)?.report;
    const submitted = report?.submitted ?? null;
    const problem = r.rejected.get(id)?.problems[0];
    return {
      id,
      name: unit.name,
      state,
      contact: unit.contact ?? '',
      deadline,
      submitted,
      lateDays:
        state === 'late' && submitted ? daysBetween(deadline, submitted) : state === 'on-time' ? 0 : null,
      number: report?.number ?? '',
      signer: report?.signer ?? '',
      reason: state === 'received-with-errors' && problem ? reasonOf(problem) : '',
    };
  });
}

/** Each task's progress in one period, over the reporting units assigned it (only `among` them, when
 * given): how many used reports say each status, and how many say nothing. */
export function taskCounts(plan: Plan, files: Disposition[], among?: string[]): TaskCount[] {
  const { used } = received(files);
  const reporters = reportingUnits(plan).filter((u) => among === undefined || among.includes(u));
  const lines = new Map(reporters.map((u) => [u, linesOf(used.get(u))]));
  const progressOf = (unit: string, task: string): Status | null =>
    lines.get(unit)?.get(task)?.status ?? null;
  // Each task's owners in reporting order, from each reporter's own tasks (a city has 5,000 of them).
  const ownersOf = new Map<string, string[]>(plan.tasks.map((t) => [t.id, []]));
  for (const u of reporters) for (const id of assignedTaskIds(plan, u)) ownersOf.get(id)?.push(u);
  return plan.tasks.map((t) => {
    const owners = ownersOf.get(t.id) ?? [];
    const statuses = owners.map((u) => progressOf(u, t.id));
    const n = (s: Status | null) => statuses.filter((x) => x === s).length;
    const done = n('hoan-thanh');
    const notApplicable = n('khong-phat-sinh');
    const base = owners.length - notApplicable;
    return {
      id: t.id,
      content: t.content,
      lead: nameOf(plan, t.lead),
      assigned: owners.length,
      done,
      inProgress: n('dang-thuc-hien'),
      notStarted: n('chua-thuc-hien'),
      notApplicable,
      notReported: n(null),
      rate: base > 0 ? done / base : null,
    };
  });
}

export function summarise(i: SummaryInput): Summary {
  const { plan } = i;
  const sources: SourceRow[] = i.files.map((d) => ({
    name: d.entry.name,
    unit: d.unit,
    sha256: i.sha256(d),
    status: d.kind,
    reason: d.kind === 'used' || d.kind === 'attachment' ? '' : reasons(d, i.reasonOf),
  }));
  const r = received(i.files);
  const { used } = r;
  const reporters = reportingUnits(plan);
  const stateOf = stateIn(r, i.deadline);
  const tasks = taskCounts(plan, i.files);
  const sum = (k: 'assigned' | 'done' | 'inProgress' | 'notStarted' | 'notApplicable' | 'notReported') =>
    tasks.reduce((s, t) => s + t[k], 0);
  const totalBase = sum('assigned') - sum('notApplicable');
  const total = {
    assigned: sum('assigned'),
    done: sum('done'),
    inProgress: sum('inProgress'),
    notStarted: sum('notStarted'),
    notApplicable: sum('notApplicable'),
    notReported: sum('notReported'),
    rate: totalBase > 0 ? sum('done') / totalBase : null,
  };
  const units = unitRows(plan, i.deadline, i.files, i.reasonOf);

  const details: DetailRow[] = reporters.flatMap((u) => {
    const lines = linesOf(used.get(u));
    const unit = nameOf(plan, u);
    const unitState = stateOf(u);
    return assignmentsOf(plan, u).map((a) => {
      const entry = lines?.get(a.task.id);
      return {
        unit,
        unitId: u,
        unitState,
        task: a.task.id,
        content: a.task.content,
        status: entry?.status ?? null,
        result: entry?.result ?? '',
        note: entry?.note ?? '',
      };
    });
  });

  const indicators = plan.indicators.map((ind) => indicatorRow(plan, used, ind));
  const remarks: RemarkRow[] = reporters.flatMap((u) => {
    const d = used.get(u);
    return d && (d.difficulties || d.proposals)
      ? [{ unit: nameOf(plan, u), unitId: u, difficulties: d.difficulties, proposals: d.proposals }]
      : [];
  });
  // Never dated before a report it includes: the day after the deadline, or the latest one used.
  const latest = [...used.values()].map((r) => r.submitted ?? '').reduce((a, b) => (b > a ? b : a), '');
  const after = addDays(i.deadline, 1);
  return {
    instance: i.instance,
    deadline: i.deadline,
    date: latest > after ? latest : after,
    latest: latest || null,
    tasks,
    total,
    units,
    details,
    indicators,
    remarks,
    sources,
  };
}
