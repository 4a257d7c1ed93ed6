// Every occurrence of a schedule: its window and its last allowed day (docs/design.md §3). Pure, on ISO
// strings; "trước ngày D" ends the day before D unless the plan reads it as inclusive.
import { compareCodeUnits } from '../util/collate.js';
import { addDays, clampDay, daysInMonth, toIso } from './calendar.js';
import type { Due, Meaning, YearRange } from './meaning.js';

export interface Occurrence {
  /** Names the occurrence within its task: "2026", "2026-H1", "2026-Q2", "2026-06", or "once". */
  key: string;
  start: string;
  end: string;
  /** The last allowed day. */
  deadline: string;
}

export interface Range {
  from: string;
  to: string;
  inclusive: boolean;
  start: string;
}

const year = (iso: string): number => Number(iso.slice(0, 4));
const lastDay = (y: number, m: number): string => toIso({ y, m, d: daysInMonth(y, m) });

/** The last allowed day of a due day inside month `m` of year `y` (the month's end when no day). */
function dueIn(y: number, m: number, due: Due, inclusive: boolean): string {
  if (due.day === undefined) return lastDay(y, m);
  const day = toIso(clampDay(y, m, due.day));
  return due.before && !inclusive ? addDays(day, -1) : day;
}

function years(r: YearRange, s: Range): number[] {
  const from = Math.max(year(s.from), r.from ?? -Infinity);
  const to = Math.min(year(s.to), r.to ?? Infinity);
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function recurring(m: Meaning, s: Range): Occurrence[] {
  const out: Occurrence[] = [];
  switch (m.kind) {
    case 'yearly':
      for (const y of years(m, s)) {
        const deadline = m.due.month === undefined ? `${y}-12-31` : dueIn(y, m.due.month, m.due, s.inclusive);
        out.push({ key: String(y), start: `${y}-01-01`, end: `${y}-12-31`, deadline });
      }
      break;
    case 'half-yearly':
      for (const y of years(m, s)) {
        out.push({ key: `${y}-H1`, start: `${y}-01-01`, end: `${y}-06-30`, deadline: `${y}-06-30` });
        out.push({ key: `${y}-H2`, start: `${y}-07-01`, end: `${y}-12-31`, deadline: `${y}-12-31` });
      }
      break;
    case 'quarterly':
      for (const y of years(m, s)) {
        for (let q = 1; q <= 4; q++) {
          const last = q * 3;
          out.push({
            key: `${y}-Q${q}`,
            start: toIso({ y, m: last - 2, d: 1 }),
            end: lastDay(y, last),
            deadline: dueIn(y, last, m.due, s.inclusive),
          });
        }
      }
      break;
    case 'monthly':
      for (const y of years(m, s)) {
        for (let mo = 1; mo <= 12; mo++) {
          out.push({
            key: `${y}-${String(mo).padStart(2, '0')}`,
            start: toIso({ y, m: mo, d: 1 }),
            end: lastDay(y, mo),
            deadline: dueIn(y, mo, m.due, s.inclusive),
          });
        }
      }
      break;
    default:
      break;
  }
  return out;
}

/**
 * The occurrences of `m` whose last allowed day falls within [s.from, s.to]. One-off deadlines
 * have the window from the plan's start (`s.start`); ongoing and on-request schedules have none.
 */
export function occurrences(m: Meaning, s: Range): Occurrence[] {
  let all: Occurrence[];
  if (m.kind === 'all') all = m.parts.flatMap((p) => occurrences(p, s));
  else if (m.kind === 'once') {
    const deadline = m.before && !s.inclusive ? addDays(m.date, -1) : m.date;
    all = [{ key: 'once', start: s.start, end: deadline, deadline }];
  } else {
    // Widen by a year on each side: a deadline can fall outside its window's year.
    all = recurring(m, { ...s, from: `${year(s.from) - 1}-01-01`, to: `${year(s.to) + 1}-12-31` });
  }
  const seen = new Set<string>();
  return all
    .filter((o) => o.deadline >= s.from && o.deadline <= s.to)
    .filter((o) => !seen.has(`${o.key}|${o.deadline}`) && seen.add(`${o.key}|${o.deadline}`))
    .sort((a, b) => compareCodeUnits(a.deadline, b.deadline) || compareCodeUnits(a.key, b.key));
}

/** Whether a schedule ever falls due (false for ongoing and on-request ones). */
export function hasDeadlines(m: Meaning): boolean {
  return m.kind === 'all' ? m.parts.some(hasDeadlines) : m.kind !== 'ongoing' && m.kind !== 'on-request';
}
