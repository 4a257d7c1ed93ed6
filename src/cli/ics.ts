// dcs ics [-o FILE] [--unit ID] [--from DATE] [--to DATE] [--alarm DAYS] [--as-of DATE] [--force]:
// every deadline of the plan as an iCalendar file to import into a calendar program.
import { resolve } from 'node:path';
import { owed } from '../due/owed.js';
import { deadlineEvents, renderIcs } from '../format/ics.js';
import { calendarWords } from '../i18n/calendar.js';
import { t } from '../i18n/ui.js';
import { nameOf } from '../model/plan.js';
import { addDays, clampDay, daysBetween, formatVnDate, parseIso, toIso } from '../time/calendar.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, unitOption, warnIfInvalid } from './load-plan.js';
import { refuseOverwrite, shown, writeAtomic } from './write.js';

export interface IcsCliOptions extends GlobalOptions {
  output?: string;
  unit?: string;
  from?: string;
  to?: string;
  alarm?: string;
  asOf?: string;
  force?: boolean;
}

/** The longest window one file covers: ten years of monthly tasks is already a long file. */
const MAX_WINDOW_DAYS = 3660;
const DEFAULT_ALARM_DAYS = 3;

function parseAlarm(value: string): number {
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) > 366)
    throw new UsageError('usage.badDays', { value });
  return Number(value);
}

/** The last day of the 12 months starting on `from` (10/06/2026 → 09/06/2027). */
function yearFrom(from: string): string {
  const p = parseIso(from)!;
  return addDays(toIso(clampDay(p.y + 1, p.m, p.d)), -1);
}

export async function runIcs(opts: IcsCliOptions, io: Io): Promise<number> {
  const date = (v: string | undefined): string | undefined =>
    v === undefined ? undefined : parseDateOption(v, io, opts.lang);
  const asOfOption = date(opts.asOf);
  const fromOption = date(opts.from);
  const toOption = date(opts.to);
  const alarm = parseAlarm(opts.alarm ?? String(DEFAULT_ALARM_DAYS));
  const loaded = await loadPlan(opts, io);
  const unit = unitOption(loaded, opts.unit);
  const out = opts.output === undefined || opts.output === '-' ? undefined : resolve(io.cwd, opts.output);
  if (out) refuseOverwrite([out], opts.force === true, io.cwd);
  const asOf = asOfOption ?? loaded.today;
  const from = fromOption ?? asOf;
  const to = toOption ?? yearFrom(from);
  if (to < from || daysBetween(from, to) > MAX_WINDOW_DAYS)
    throw new UsageError('usage.badWindow', { from: formatVnDate(from), to: formatVnDate(to) });
  warnIfInvalid(loaded, opts, io);

  const { plan } = loaded;
  // Every occurrence from the plan's start to past `to`, none of them done: a calendar shows deadlines,
  // not progress (that is `dcs due`), so it does not change when a report arrives.
  const items = owed(plan, [], { asOf: from, within: daysBetween(from, to), all: true, unit });
  const events = deadlineEvents(plan, items, { from, to, unit, lang: opts.lang });
  const text = renderIcs(events, {
    name: calendarWords[opts.lang].calendarName({
      issuer: plan.issuer || plan.id,
      ...(unit ? { unit: nameOf(plan, unit) } : {}),
    }),
    description: plan.title.replace(/\s+/g, ' ').trim(),
    lang: opts.lang,
    stamp: asOf,
    alarm,
  });
  const window = { from: formatVnDate(from), to: formatVnDate(to) };
  if (out) {
    writeAtomic(out, text);
    io.stdout(
      `${t(opts.lang, 'ics.done', { file: shown(io.cwd, out), events: events.length, ...window })}\n`,
    );
  } else {
    io.stdout(text);
    if (events.length === 0) io.stderr(`dcs: ${t(opts.lang, 'ics.none', window)}\n`);
  }
  return loaded.errors > 0 ? 1 : 0;
}
