// What is owed as of a date (docs/design.md §4, "What is owed"): each reporting unit's report for each
// period instance, and each occurrence of each task's schedule by each unit that leads it. Pure.
import { compareCodeUnits, compareVi } from '../util/collate.js';
import { instanceDeadline } from '../model/periods.js';
import { expandRef, nameOf, reportingUnits, type Plan, type Task } from '../model/plan.js';
import { addDays, daysBetween } from '../time/calendar.js';
import type { Meaning } from '../time/meaning.js';
import { hasDeadlines, occurrences, type Occurrence } from '../time/occurrences.js';
import type { Received } from './received.js';
import type { Diagnostic } from '../model/diagnostic.js';

export type DueStatus =
  'overdue' | 'needs-fixing' | 'due-soon' | 'upcoming' | 'done' | 'ongoing' | 'on-request' | 'untimed';

export interface DueItem {
  kind: 'task' | 'report';
  /** The task id, or the period instance id ("2026-6t"). */
  id: string;
  /** What is owed, in words: the task's content, or the period's name. */
  title: string;
  /** The unit id, or "@group" for a group row. */
  unit: string;
  unit_name: string;
  deadline: string | null;
  phrase: string | null;
  status: DueStatus;
  days: number | null;
  /** The occurrence of a recurring task: "2026", "2026-Q2"…; the year of a report. */
  occurrence: string | null;
  late_days?: number | null;
  submitted?: string | null;
  source?: 'yaml' | 'xlsx' | 'other';
  /** The report file (received, or needing a fix). */
  file?: string;
  /** For a report that needs fixing: the first problem `check` finds in it. */
  problem?: Diagnostic;
  done_units?: number;
  total_units?: number;
}

export interface DueOptions {
  asOf: string;
  within: number;
  /** Also done, upcoming (12 months ahead), ongoing, on-request and untimed items. */
  all: boolean;
  /** One unit's items, with group rows expanded to that unit. */
  unit?: string;
}

const HORIZON_DAYS = 365;

function dueStatus(done: boolean, deadline: string, o: DueOptions): DueStatus {
  if (done) return 'done';
  const days = daysBetween(o.asOf, deadline);
  return days < 0 ? 'overdue' : days <= o.within ? 'due-soon' : 'upcoming';
}

/** Each unit's first file in `state` among `files` (in the order given). */
function firstByUnit(files: Received[], state: Received['state']): Map<string, Received> {
  const by = new Map<string, Received>();
  for (const x of files) if (x.state === state && x.unit !== null && !by.has(x.unit)) by.set(x.unit, x);
  return by;
}

function reportItems(plan: Plan, received: Received[], o: DueOptions, to: string): DueItem[] {
  const start = plan.start ?? o.asOf;
  const reporters = reportingUnits(plan);
  const reporting = new Set(reporters);
  const units = reporters.filter((u) => o.unit === undefined || u === o.unit);
  const items: DueItem[] = [];
  for (const period of plan.periods) {
    const r = period.schedule;
    if (!r.ok) continue;
    for (const occ of occurrences(r.meaning, {
      from: start,
      to,
      inclusive: plan.settings.beforeIsInclusive,
      start,
    })) {
      const instance = `${occ.key.slice(0, 4)}-${period.id}`;
      const here = received.filter((x) => x.instance === instance);
      const base = {
        kind: 'report' as const,
        id: instance,
        title: period.name,
        deadline: occ.deadline,
        phrase: period.deadline,
        days: daysBetween(o.asOf, occ.deadline),
        occurrence: occ.key.slice(0, 4),
      };
      const fixing = (x: Received): Partial<DueItem> => ({
        status: 'needs-fixing',
        file: x.file,
        submitted: x.submitted,
        ...(x.problem ? { problem: x.problem } : {}),
      });
      const usedBy = firstByUnit(here, 'used');
      const fixBy = firstByUnit(here, 'received-with-errors');
      for (const unit of units) {
        const used = usedBy.get(unit);
        const fix = fixBy.get(unit);
        const item: DueItem = {
          ...base,
          unit,
          unit_name: nameOf(plan, unit),
          status: dueStatus(used !== undefined, occ.deadline, o),
        };
        if (used)
          Object.assign(item, {
            submitted: used.submitted,
            late_days: used.submitted ? Math.max(0, daysBetween(occ.deadline, used.submitted)) : null,
            source: used.source,
            file: used.file,
          });
        else if (fix) Object.assign(item, fixing(fix));
        items.push(item);
      }
      // A file that needs fixing and cannot be told to be a reporting unit's is still shown: someone sent it.
      if (o.unit !== undefined) continue;
      for (const x of here) {
        if (x.state === 'received-with-errors' && (x.unit === null || !reporting.has(x.unit))) {
          items.push({
            ...base,
            unit: x.unit ?? '',
            unit_name: x.unit ? nameOf(plan, x.unit) : '',
            status: 'needs-fixing',
            ...fixing(x),
          });
        }
      }
    }
  }
  return items;
}

/** Whether a unit has closed an occurrence: a report of its marking the task hoan-thanh whose
 * period deadline is on or after the occurrence's window start. */
function closed(plan: Plan, theirs: Received[], task: Task, occ: Occurrence): boolean {
  return theirs.some(
    (r) => r.done.includes(task.id) && (instanceDeadline(plan, r.instance) ?? '') >= occ.start,
  );
}

/** The kind of row a schedule without deadlines gets in `--all`: untimed, ongoing or on-request. */
function timelessStatus(meaning: Meaning | undefined): DueStatus | undefined {
  if (!meaning) return 'untimed';
  const parts = meaning.kind === 'all' ? meaning.parts : [meaning];
  if (parts.some((p) => p.kind === 'on-request')) return 'on-request';
  return parts.some((p) => p.kind === 'ongoing') ? 'ongoing' : undefined;
}

function taskItems(plan: Plan, received: Received[], o: DueOptions, to: string): DueItem[] {
  const start = plan.start ?? o.asOf;
  const items: DueItem[] = [];
  // Each unit's used reports, looked up for every task and occurrence it owes.
  const usedBy = new Map<string, Received[]>();
  for (const r of received)
    if (r.state === 'used' && r.unit !== null) usedBy.set(r.unit, [...(usedBy.get(r.unit) ?? []), r]);
  for (const task of plan.tasks) {
    const parsed = task.schedule;
    if (parsed && !parsed.ok) continue; // `check` reports it
    const meaning = parsed?.ok ? parsed.meaning : undefined;
    const owners = expandRef(plan, task.lead).filter((u) => o.unit === undefined || u === o.unit);
    // A task led by a group is one row "k/n đơn vị", unless one unit's items are asked for.
    const grouped = task.lead.startsWith('@') && o.unit === undefined;
    const rows = grouped
      ? [{ unit: task.lead, members: owners }]
      : owners.map((u) => ({ unit: u, members: [u] }));
    const base = { kind: 'task' as const, id: task.id, title: task.content, phrase: task.time ?? null };
    for (const { unit, members } of rows) {
      if (members.length === 0) continue;
      const timeless = timelessStatus(meaning);
      if (o.all && timeless)
        items.push({
          ...base,
          unit,
          unit_name: nameOf(plan, unit),
          deadline: null,
          status: timeless,
          days: null,
          occurrence: null,
          ...(grouped ? { total_units: members.length } : {}),
        });
      if (!meaning || !hasDeadlines(meaning)) continue;
      for (const occ of occurrences(meaning, {
        from: start,
        to,
        inclusive: plan.settings.beforeIsInclusive,
        start,
      })) {
        const doneUnits = members.filter((u) => closed(plan, usedBy.get(u) ?? [], task, occ)).length;
        items.push({
          ...base,
          unit,
          unit_name: nameOf(plan, unit),
          deadline: occ.deadline,
          status: dueStatus(doneUnits === members.length, occ.deadline, o),
          days: daysBetween(o.asOf, occ.deadline),
          occurrence: occ.key,
          ...(grouped ? { done_units: doneUnits, total_units: members.length } : {}),
        });
      }
    }
  }
  return items;
}

/** The statuses in the order the due list shows them: most urgent first. */
export const ORDER: DueStatus[] = [
  'overdue',
  'needs-fixing',
  'due-soon',
  'upcoming',
  'done',
  'ongoing',
  'on-request',
  'untimed',
];

/** Everything owed that the due list shows, overdue first, then by last allowed day. */
export function owed(plan: Plan, all: Received[], o: DueOptions): DueItem[] {
  const to = addDays(o.asOf, o.all ? Math.max(HORIZON_DAYS, o.within) : o.within);
  // As of a past date, a report sent after it had not arrived yet: the list is right for that day.
  // A file that needs fixing is in the folder whatever date it claims (a future one is its fault).
  const received = all.filter(
    (r) => r.state === 'received-with-errors' || r.submitted === null || r.submitted <= o.asOf,
  );
  const unitOrder = new Map(plan.units.map((u, i) => [u.id, i]));
  return [...reportItems(plan, received, o, to), ...taskItems(plan, received, o, to)]
    .filter((i) => o.all || i.status === 'overdue' || i.status === 'needs-fixing' || i.status === 'due-soon')
    .sort(
      (a, b) =>
        ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
        compareCodeUnits(a.deadline ?? '9999', b.deadline ?? '9999') ||
        compareCodeUnits(a.kind, b.kind) ||
        compareVi(a.id, b.id) ||
        (unitOrder.get(a.unit) ?? -1) - (unitOrder.get(b.unit) ?? -1),
    );
}
