// The periods of one year side by side (issue 13): each reporting unit × each period, and each task
// × period — the record a tổng kết needs. Pure: every period is read through compile's own
// functions (compile/summary.ts) from the one disposition of each file, so what it says of a unit
// and a period is what that period's workbook says on "Tình hình gửi báo cáo".
import { compareCodeUnits } from '../util/collate.js';
import { taskCounts, unitRows, type UnitState } from '../compile/summary.js';
import { instanceDeadline } from '../model/periods.js';
import { reportingUnits, unitById, type Plan } from '../model/plan.js';
import { ofInstance, type Disposition } from '../reports/disposition.js';

/** How a unit stands for a period: compile's word, or not yet due (no report, deadline not passed). */
export type HistoryState = UnitState | 'not-yet-due';

export interface HistoryPeriod {
  /** The period instance: "2025-6t". */
  instance: string;
  /** The period's id in the plan: "6t". */
  id: string;
  name: string;
  /** The last allowed day (ISO). */
  deadline: string;
  /** Its last allowed day is on or after the as-of date (never, in a workbook). */
  not_yet_due: boolean;
}

export interface UnitPeriod {
  state: HistoryState;
  /** Days late for a report received late, 0 on time, null otherwise. */
  late_days: number | null;
  /** The date the unit wrote in its report (also in one received with errors), or null. */
  submitted: string | null;
}

export interface HistoryUnit {
  id: string;
  name: string;
  periods: Record<string, UnitPeriod>;
  /** Periods it owes so far: those due, and those not yet due that it has sent anyway. */
  due: number;
  on_time: number;
  /** Reports received (used: on time or late). */
  sent: number;
  /** The days late of its late reports, added up. */
  total_late_days: number;
}

export interface TaskPeriod {
  assigned: number;
  done: number;
  in_progress: number;
  not_started: number;
  not_applicable: number;
  not_reported: number;
  /** Done over the units assigned less those for which it did not arise; null when none. */
  rate: number | null;
}

export interface HistoryTask {
  id: string;
  content: string;
  periods: Record<string, TaskPeriod>;
}

export interface History {
  year: number;
  /** The date the states are as of; null in a workbook, which never depends on today. */
  as_of: string | null;
  periods: HistoryPeriod[];
  units: HistoryUnit[];
  tasks: HistoryTask[];
}

export interface HistoryOptions {
  year: number;
  /** As of this date: a report sent after it had not arrived yet, and a period whose deadline is not
   * past is "not yet due" for a unit that has sent nothing. Without it (the workbook), neither. */
  asOf?: string;
  /** Only the periods up to this instance (the one being compiled), which is always included. */
  upTo?: string;
  /** Only this unit (and the tasks assigned to it). */
  unit?: string;
}

/**
 * The period instances of a year, by last allowed day: those owed — whose last allowed day is on or
 * after the plan's start, as `due` counts them — and, with `upTo`, only up to that instance.
 */
export function periodsOf(plan: Plan, year: number, upTo?: string): Omit<HistoryPeriod, 'not_yet_due'>[] {
  const all = plan.periods.flatMap((p) => {
    const instance = `${year}-${p.id}`;
    const deadline = instanceDeadline(plan, instance);
    return deadline ? [{ instance, id: p.id, name: p.name, deadline }] : [];
  });
  const last = upTo === undefined ? undefined : all.find((p) => p.instance === upTo)?.deadline;
  return all
    .filter((p) => p.instance === upTo || plan.start === undefined || p.deadline >= plan.start)
    .filter((p) => last === undefined || p.deadline <= last)
    .sort((a, b) => compareCodeUnits(a.deadline, b.deadline));
}

/**
 * The year `dcs history` shows when none is asked for: the as-of date's, once one of its periods has
 * passed its deadline or a report of it has arrived; before that (January to the first deadline) the
 * year before, whose record is the one a tổng kết needs then — if the plan applied in it.
 */
export function defaultYear(plan: Plan, dispositions: Disposition[], asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  const started = periodsOf(plan, year).some((p) => p.deadline < asOf);
  const arrived = dispositions.some(
    (d) =>
      (d.kind === 'used' || d.kind === 'received-with-errors') && d.entry.instance.startsWith(`${year}-`),
  );
  if (started || arrived) return year;
  return periodsOf(plan, year - 1).length > 0 ? year - 1 : year;
}

export function history(plan: Plan, dispositions: Disposition[], o: HistoryOptions): History {
  const { asOf } = o;
  const periods: HistoryPeriod[] = periodsOf(plan, o.year, o.upTo).map((p) => ({
    ...p,
    not_yet_due: asOf !== undefined && p.deadline >= asOf,
  }));
  const among = o.unit === undefined ? undefined : [o.unit];
  const reporters = reportingUnits(plan).filter((u) => among === undefined || among.includes(u));
  const units = new Map<string, HistoryUnit>(
    reporters.map((id) => [
      id,
      {
        id,
        name: unitById(plan, id)!.name,
        periods: {},
        due: 0,
        on_time: 0,
        sent: 0,
        total_late_days: 0,
      },
    ]),
  );
  const tasks = new Map<string, HistoryTask>();
  for (const p of periods) {
    // As of a past date, a report sent after it had not arrived yet (as in `due`); a file that needs
    // fixing is in the folder whatever date it claims.
    const files = ofInstance(dispositions, p.instance).filter(
      (d) => asOf === undefined || d.kind !== 'used' || (d.report?.submitted ?? '') <= asOf,
    );
    for (const row of unitRows(plan, p.deadline, files)) {
      const u = units.get(row.id);
      if (!u) continue;
      const state: HistoryState = row.state === 'missing' && p.not_yet_due ? 'not-yet-due' : row.state;
      u.periods[p.instance] = { state, late_days: row.lateDays, submitted: row.submitted };
      if (state !== 'not-yet-due') u.due++;
      if (state === 'on-time') u.on_time++;
      if (state === 'on-time' || state === 'late') u.sent++;
      if (state === 'late') u.total_late_days += row.lateDays ?? 0;
    }
    for (const t of taskCounts(plan, files, among)) {
      if (t.assigned === 0) continue;
      const task = tasks.get(t.id) ?? { id: t.id, content: t.content, periods: {} };
      task.periods[p.instance] = {
        assigned: t.assigned,
        done: t.done,
        in_progress: t.inProgress,
        not_started: t.notStarted,
        not_applicable: t.notApplicable,
        not_reported: t.notReported,
        rate: t.rate,
      };
      tasks.set(t.id, task);
    }
  }
  return {
    year: o.year,
    as_of: asOf ?? null,
    periods,
    units: [...units.values()],
    tasks: [...tasks.values()],
  };
}
