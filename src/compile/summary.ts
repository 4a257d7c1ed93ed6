// A season of reports as the numbers a clerk would count by hand (spec §6). Pure: the files were
// read and checked before; this decides which are used and aggregates them.
import { reportData, type ReportEntry } from '../load/folder.js';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { assignmentsOf, expandRef, isObj, nameOf, reportingUnits, unitOfFileName, type Plan } from '../model/plan.js';
import { daysBetween } from '../time/calendar.js';
import { STATUS_LABELS, type Status } from '../forms/content.js';

export type FileStatus = 'used' | 'attachment' | 'rejected';
export interface SourceRow { name: string; unit: string | null; sha256: string; status: FileStatus; reason: string }
export interface TaskCount {
  id: string; content: string; lead: string;
  assigned: number; done: number; inProgress: number; notStarted: number; notApplicable: number; notReported: number;
  /** Hoàn thành over the units assigned, leaving out those for which the task did not arise; null when none. */
  rate: number | null;
}
export interface UnitRow { id: string; name: string; submitted: string | null; deadline: string; lateDays: number | null; received: boolean; contact: string }
export interface DetailRow { unit: string; task: string; status: Status | null; result: string; note: string }
export interface IndicatorRow { id: string; name: string; unit: string; target: number; aggregate: string; achieved: number | null; reporters: number; rate: number | null }
export interface RemarkRow { unit: string; difficulties: string; proposals: string }

export interface Summary {
  instance: string;
  deadline: string;
  tasks: TaskCount[];
  total: Omit<TaskCount, 'id' | 'content' | 'lead'>;
  units: UnitRow[];
  details: DetailRow[];
  indicators: IndicatorRow[];
  remarks: RemarkRow[];
  sources: SourceRow[];
}

interface ReportData { unit?: string; submitted?: string; tasks?: { task: string; status: Status; result?: string; note?: string }[]; indicators?: Record<string, number | { value: number; of: number }>; difficulties?: string; proposals?: string }

export interface SummaryInput {
  plan: Plan;
  instance: string;
  deadline: string;
  entries: ReportEntry[];
  /** check's findings, to reject the files that have errors. */
  diagnostics: Diagnostic[];
  /** The language of the rejection reasons, already rendered. */
  reasonOf: (d: Diagnostic) => string;
  sha256: (entry: ReportEntry) => string;
}


export function summarise(i: SummaryInput): Summary {
  const { plan } = i;
  const sources: SourceRow[] = [];
  const used = new Map<string, ReportData>();
  const usedFile = new Map<string, string>();
  const received = new Map<string, string | null>();
  for (const e of [...i.entries].sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }))) {
    const errors = i.diagnostics.filter((d) => d.file === e.file && d.severity === 'error');
    const row: SourceRow = { name: e.name, unit: null, sha256: i.sha256(e), status: 'rejected', reason: '' };
    sources.push(row);
    if (e.kind === 'attachment') {
      row.unit = unitOfFileName(plan, e.name) ?? null;
      row.status = 'attachment';
      continue;
    }
    const data = reportData(e);
    const unit = isObj(data) && typeof data.unit === 'string' && plan.units.some((u) => u.id === data.unit) ? data.unit : null;
    row.unit = unit;
    const samePeriod = isObj(data) && data.period === i.instance && !errors.some((d) => d.code === 'form-other-plan');
    if (unit && samePeriod && !received.has(unit)) received.set(unit, typeof data.submitted === 'string' ? data.submitted : null);
    if (errors.length > 0 || !isObj(data)) {
      row.reason = errors.length ? errors.slice(0, 3).map(i.reasonOf).join(' ') : i.reasonOf(diag(e.file, 'error', 'report-stray-file', { name: e.name }));
      continue;
    }
    const first = unit ? usedFile.get(unit) : undefined;
    if (unit && first) { row.reason = i.reasonOf(diag(e.file, 'error', 'duplicate-report', { unit, period: i.instance, first })); continue; }
    if (unit) { used.set(unit, data as ReportData); usedFile.set(unit, e.name); }
    row.status = 'used';
  }

  const reporters = reportingUnits(plan);
  const statusOf = (unit: string, task: string): Status | null => used.get(unit)?.tasks?.find((t) => t.task === task)?.status ?? null;
  const tasks: TaskCount[] = plan.tasks.map((t) => {
    const owners = reporters.filter((u) => assignmentsOf(plan, u).some((a) => a.task.id === t.id));
    const statuses = owners.map((u) => statusOf(u, t.id));
    const n = (s: Status | null) => statuses.filter((x) => x === s).length;
    const done = n('hoan-thanh');
    const notApplicable = n('khong-phat-sinh');
    const base = owners.length - notApplicable;
    return {
      id: t.id, content: t.content, lead: nameOf(plan, t.lead),
      assigned: owners.length, done, inProgress: n('dang-thuc-hien'), notStarted: n('chua-thuc-hien'), notApplicable, notReported: n(null),
      rate: base > 0 ? done / base : null,
    };
  });
  const sum = (k: 'assigned' | 'done' | 'inProgress' | 'notStarted' | 'notApplicable' | 'notReported') => tasks.reduce((s, t) => s + t[k], 0);
  const totalBase = sum('assigned') - sum('notApplicable');
  const total = { assigned: sum('assigned'), done: sum('done'), inProgress: sum('inProgress'), notStarted: sum('notStarted'), notApplicable: sum('notApplicable'), notReported: sum('notReported'), rate: totalBase > 0 ? sum('done') / totalBase : null };

  const units: UnitRow[] = reporters.map((id) => {
    const unit = plan.units.find((u) => u.id === id)!;
    const submitted = received.get(id) ?? null;
    return {
      id, name: unit.name, contact: unit.contact ?? '', deadline: i.deadline, received: received.has(id), submitted,
      lateDays: submitted ? Math.max(0, daysBetween(i.deadline, submitted)) : null,
    };
  });

  const details: DetailRow[] = reporters.flatMap((u) => assignmentsOf(plan, u).map((a) => {
    const entry = used.get(u)?.tasks?.find((t) => t.task === a.task.id);
    return { unit: nameOf(plan, u), task: a.task.id, status: entry?.status ?? null, result: entry?.result ?? '', note: entry?.note ?? '' };
  }));

  const indicators: IndicatorRow[] = plan.indicators.map((ind) => {
    const values = expandRef(plan, ind.reported_by).flatMap((u) => {
      const v = used.get(u)?.indicators?.[ind.id];
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
    return { id: ind.id, name: ind.name, unit: ind.unit, target: ind.target, aggregate: ind.aggregate, achieved, reporters: values.length, rate: achieved !== null && ind.target ? achieved / ind.target : null };
  });

  const remarks: RemarkRow[] = reporters.flatMap((u) => {
    const d = used.get(u);
    return d && (d.difficulties || d.proposals) ? [{ unit: nameOf(plan, u), difficulties: d.difficulties ?? '', proposals: d.proposals ?? '' }] : [];
  });
  return { instance: i.instance, deadline: i.deadline, tasks, total, units, details, indicators, remarks, sources };
}

export const statusLabel = (s: Status | null): string => (s ? STATUS_LABELS[s] : 'Chưa báo cáo');
