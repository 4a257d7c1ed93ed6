// The deadlines of what is owed (due/owed.ts) as an iCalendar file: one all-day event on the last
// allowed day of each report instance and each dated task occurrence. Only `dcs ics` imports this
// module, so only it loads ical-generator.
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { DueItem } from '../due/owed.js';
import { calendarWords } from '../i18n/calendar.js';
import type { Lang } from '../i18n/messages.js';
import { compareCodeUnits, compareVi } from '../util/collate.js';
import { periodInWords } from '../model/periods.js';
import { expandRef, nameOf, type Plan } from '../model/plan.js';
import { addDays, dayNumber, formatDeadline, parseIso } from '../time/calendar.js';

export interface DeadlineEvent {
  uid: string;
  kind: 'report' | 'task';
  /** The period instance ("2026-6t") or task id. */
  id: string;
  occurrence: string;
  /** The last allowed day (ISO). */
  date: string;
  /** The units that owe it. */
  units: string[];
  summary: string;
  description: string;
}

export interface EventOptions {
  from: string;
  to: string;
  /** One unit's calendar (its events have their own UIDs). */
  unit?: string;
  lang: Lang;
}

/** A task's content named in at most `n` characters, cut at a word ("…"); the description quotes it whole. */
function brief(text: string, n: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= n) return s;
  const head = s.slice(0, n - 1);
  const word = head.lastIndexOf(' ');
  return `${(word >= n / 2 ? head.slice(0, word) : head).replace(/[\s,;:.–-]+$/, '')}…`;
}
const SUMMARY_CONTENT = 60;

/**
 * A UID that stays the same across runs, dates and machines, so that importing the file again updates
 * each event instead of adding a copy: the plan, what is owed and which occurrence, and whose calendar
 * it is (the ward's, or one unit's). `nth` tells apart two occurrences of one task that share a key
 * ("Trước ngày 05/6 hằng năm và trước ngày 10/11 hằng năm": both "2026").
 */
function uidOf(plan: Plan, e: { kind: string; id: string; occurrence: string }, nth: number, unit?: string) {
  const key = [plan.id, e.kind, e.id, nth ? `${e.occurrence}#${nth}` : e.occurrence, unit ?? '*'].join('\n');
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@dcs`;
}

const shortName = (plan: Plan, unit: string): string => {
  const u = plan.units.find((x) => x.id === unit);
  return u?.short ?? u?.name ?? unit;
};
const unitLine = (plan: Plan, unit: string): string => {
  const u = plan.units.find((x) => x.id === unit);
  return `- ${u?.name ?? unit}${u?.contact ? ` (${u.contact})` : ''}`;
};

/**
 * One event per deadline: a report instance (every unit that owes it listed in the description, or
 * the one unit of a `--unit` calendar) and a task occurrence (its lead, or the members of the group
 * that leads it). `items` are owed()'s rows with `all`, from the plan's start: the whole list keeps
 * the numbering of same-key occurrences stable whatever the window.
 */
export function deadlineEvents(plan: Plan, items: DueItem[], o: EventOptions): DeadlineEvent[] {
  const w = calendarWords[o.lang];
  const groups = new Map<string, { item: DueItem; deadline: string; units: string[]; nth: number }>();
  const seenKeys = new Map<string, string[]>();
  const sorted = items
    .filter((i): i is DueItem & { deadline: string } => i.deadline !== null)
    .sort((a, b) => compareCodeUnits(a.deadline, b.deadline));
  for (const item of sorted) {
    const occurrence = item.occurrence ?? '';
    const key = `${item.kind}\n${item.id}\n${occurrence}`;
    const deadlines = seenKeys.get(key) ?? [];
    if (!deadlines.includes(item.deadline)) deadlines.push(item.deadline);
    seenKeys.set(key, deadlines);
    const nth = deadlines.indexOf(item.deadline);
    if (item.deadline < o.from || item.deadline > o.to) continue;
    const g = groups.get(`${key}\n${nth}`) ?? { item, deadline: item.deadline, units: [], nth };
    g.units.push(...(item.unit.startsWith('@') ? expandRef(plan, item.unit) : [item.unit]));
    groups.set(`${key}\n${nth}`, g);
  }
  const order = new Map(plan.units.map((u, i) => [u.id, i]));
  const events: DeadlineEvent[] = [];
  for (const { item, deadline, units: owing, nth } of groups.values()) {
    const units = [...new Set(owing)].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
    const group = item.unit.startsWith('@') ? item.unit : undefined;
    const who = group
      ? nameOf(plan, group)
      : units.length === 1
        ? shortName(plan, units[0]!)
        : w.units(units.length);
    const occurrence = item.occurrence ?? '';
    const lines: string[] = [];
    let summary: string;
    if (item.kind === 'report') {
      const what = periodInWords(item.title, occurrence);
      summary = `${w.reportSummary(what)} — ${who}`;
      lines.push(`${what} (${w.period(item.id)})`);
      lines.push(`${w.deadline}: ${formatDeadline(deadline, o.lang)}`);
      lines.push(`${w.time}: ${item.phrase ?? ''}`);
      lines.push(`${w.mustReport} (${units.length}):`, ...units.map((u) => unitLine(plan, u)));
      if (plan.receiver) lines.push(`${w.receiver}: ${nameOf(plan, plan.receiver.ref)}`);
    } else {
      const task = plan.tasks.find((t) => t.id === item.id);
      summary = `${w.taskSummary(item.id)} — ${who}: ${brief(item.title, SUMMARY_CONTENT)}`;
      lines.push(`${w.task} ${item.id}: ${item.title.replace(/\s+/g, ' ').trim()}`);
      const when = w.occurrence(occurrence);
      lines.push(`${w.deadline}: ${formatDeadline(deadline, o.lang)}${when ? ` (${when})` : ''}`);
      lines.push(`${w.time}: ${item.phrase ?? ''}`);
      if (group)
        lines.push(
          `${w.lead}: ${nameOf(plan, group)} (${units.length}):`,
          ...units.map((u) => unitLine(plan, u)),
        );
      else {
        const via = task?.lead.startsWith('@') ? ` (${nameOf(plan, task.lead)})` : '';
        lines.push(`${w.lead}: ${units.map((u) => nameOf(plan, u)).join('; ')}${via}`);
      }
      const support = [
        ...(task?.support ?? []).map((s) => nameOf(plan, s)),
        ...(task?.support_note ? [task.support_note] : []),
      ];
      if (support.length) lines.push(`${w.support}: ${support.join('; ')}`);
      if (task?.output) lines.push(`${w.output}: ${task.output}`);
    }
    lines.push(`${w.plan}: ${plan.title.replace(/\s+/g, ' ').trim()}`);
    events.push({
      uid: uidOf(plan, { kind: item.kind, id: item.id, occurrence }, nth, o.unit),
      kind: item.kind,
      id: item.id,
      occurrence,
      date: deadline,
      units,
      summary,
      description: lines.join('\n'),
    });
  }
  return events.sort(
    (a, b) =>
      compareCodeUnits(a.date, b.date) ||
      (a.kind === b.kind ? 0 : a.kind === 'report' ? -1 : 1) ||
      compareVi(a.id, b.id) ||
      compareCodeUnits(a.uid, b.uid),
  );
}

/** A calendar date as the instant ical-generator formats as that date (it reads all-day dates in UTC). */
const utc = (iso: string): Date => new Date(dayNumber(parseIso(iso)!) * 86400000);

export interface CalendarOptions {
  name: string;
  description: string;
  lang: Lang;
  /** The DTSTAMP of every event: the as-of date, so the same inputs give the same bytes. */
  stamp: string;
  /** Days before the deadline to remind; 0 for no alarm. */
  alarm: number;
}

/** The iCalendar text (RFC 5545: CRLF lines, folded and escaped by ical-generator). */
export function renderIcs(events: DeadlineEvent[], o: CalendarOptions): string {
  const cal = ical({
    prodId: { company: 'dcs', product: 'dcs', language: o.lang.toUpperCase() },
    name: o.name,
    description: o.description,
  });
  for (const e of events) {
    const data: ICalEventData = {
      id: e.uid,
      stamp: utc(o.stamp),
      start: utc(e.date),
      end: utc(addDays(e.date, 1)),
      allDay: true,
      summary: e.summary,
      description: e.description,
      // A deadline is not a meeting: it does not make the clerk busy that day.
      transparency: ICalEventTransparency.TRANSPARENT,
    };
    if (o.alarm > 0)
      data.alarms = [{ type: ICalAlarmType.display, trigger: o.alarm * 86400, description: e.summary }];
    cal.createEvent(data);
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return `${cal.toString()}\r\n`;
}
