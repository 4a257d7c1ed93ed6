// Who to remind of one period's report (dcs remind): each reporting unit whose report has not arrived,
// or arrived and needs fixing, as of a date. What is owed comes from owed(), what is wrong with a file
// from its disposition: nothing here decides either again. Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import { instanceDeadline } from '../model/periods.js';
import { reportingUnits, type Plan } from '../model/plan.js';
import { ofInstance, type Disposition } from '../reports/disposition.js';
import { addDays, daysBetween } from '../time/calendar.js';
import { owed } from './owed.js';
import { receivedReports } from './received.js';

export interface ReminderFile {
  /** The path as `check` shows it, and the bare file name the unit knows it by. */
  file: string;
  name: string;
  /** The date written in it, if one exists. */
  submitted: string | null;
  problems: Diagnostic[];
}

export interface Reminder {
  unit: string;
  name: string;
  /** The unit's own contact (where to send the message); empty when units.yaml gives none. */
  contact: string;
  /** The period instance ("2026-6t"). */
  period: string;
  deadline: string;
  phrase: string;
  status: 'missing' | 'needs-fixing';
  /** Days to the last allowed day: negative when overdue. */
  days: number;
  /** For a report that needs fixing: the files the unit sent, each with what is wrong in it. */
  files: ReminderFile[];
}

/**
 * The most recent period instance whose last allowed day has passed or falls within `within` days of
 * `asOf` (the period a clerk chases now); undefined when the plan has none yet.
 */
export function defaultInstance(plan: Plan, asOf: string, within: number): string | undefined {
  const limit = addDays(asOf, within);
  const year = Number(asOf.slice(0, 4));
  let best: { instance: string; deadline: string } | undefined;
  for (const y of [year - 1, year, year + 1])
    for (const p of plan.periods) {
      const instance = `${y}-${p.id}`;
      const deadline = instanceDeadline(plan, instance);
      if (deadline && deadline <= limit && (!best || deadline > best.deadline)) best = { instance, deadline };
    }
  return best?.instance;
}

/** The reminders for one period instance as of a date, missing reports first, in units.yaml order. */
export function reminders(
  plan: Plan,
  dispositions: Disposition[],
  o: { instance: string; asOf: string },
): Reminder[] {
  const deadline = instanceDeadline(plan, o.instance);
  if (!deadline) return [];
  // A window that reaches the deadline: every unreceived report of the instance is overdue or due soon.
  const within = Math.max(0, daysBetween(o.asOf, deadline));
  const reporters = new Set(reportingUnits(plan));
  const files = ofInstance(dispositions, o.instance).filter((d) => d.kind === 'received-with-errors');
  const contactOf = new Map(plan.units.map((u) => [u.id, u.contact?.trim() ?? '']));
  const items = owed(plan, receivedReports(dispositions), { asOf: o.asOf, within, all: false }).filter(
    (i) => i.kind === 'report' && i.id === o.instance && reporters.has(i.unit),
  );
  const list = items.map((i): Reminder => ({
    unit: i.unit,
    name: i.unit_name,
    contact: contactOf.get(i.unit) ?? '',
    period: o.instance,
    deadline,
    phrase: i.phrase ?? '',
    status: i.status === 'needs-fixing' ? 'needs-fixing' : 'missing',
    days: daysBetween(o.asOf, deadline),
    files:
      i.status === 'needs-fixing'
        ? files
            .filter((d) => d.unit === i.unit)
            .map((d) => ({
              file: d.entry.file,
              name: d.entry.name,
              submitted: d.report?.submitted ?? null,
              problems: d.problems,
            }))
        : [],
  }));
  const order = new Map(plan.units.map((u, k) => [u.id, k]));
  const rank = (r: Reminder) => (r.status === 'missing' ? 0 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || order.get(a.unit)! - order.get(b.unit)!);
}
