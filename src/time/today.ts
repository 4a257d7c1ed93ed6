// "Today" is a calendar date in the plan's time zone, never the machine's: CI at 23:30 UTC is
// already tomorrow in Hải Phòng.
//
// Building an Intl.DateTimeFormat costs 11–16 ms on first use (ICU's date formatter and its
// locale data) — a sixth of `dcs due`'s whole run. The zone's UTC offset alone is nearly free:
// Node re-reads process.env.TZ when it is assigned, and Date#getTimezoneOffset then answers from
// the same ICU zone data. So: ask for the offset that way, put the environment back at once, and
// keep Intl for everything the shortcut cannot vouch for.
import { createRequire } from 'node:module';

/** An IANA zone name without digits (Asia/Ho_Chi_Minh, America/Argentina/Buenos_Aires). ICU takes
 * such a TZ value as a zone id and answers an id it does not know with UTC; a value with digits
 * or signs ("ICT-7", "+07:00") it reads as a POSIX rule or replaces with the machine's own zone, and
 * "posix/…", "right/…" are the C library's copies of zones Intl does not name. Only the first kind,
 * answered with an offset other than zero, is trusted; whether a zone is valid is Intl's to say (the
 * unknown-timezone rule asks todayByIntl). */
const ZONE_NAME = /^(?!posix\/|right\/)[A-Za-z_]+(?:\/[A-Za-z_-]+)+$/;

/** Where the shortcut holds: the main thread (a worker's process.env is its own copy, the C library reads
 * the process's) of a system where deleting TZ gives the machine's zone back (not Windows). */
let shortcut: boolean | undefined;
const SHORTCUT = (): boolean =>
  // worker_threads required when first asked, not imported: an ES import of a built-in costs ~3 ms.
  (shortcut ??=
    process.platform !== 'win32' &&
    (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'))
      .isMainThread);
/** From 1973 every zone's offset is a whole quarter-hour (Monrovia's −0:44:30 ended in 1972). */
const SINCE = Date.UTC(1973, 0, 1);

/** Minutes east of UTC at `now` in `zone`, by Node's TZ handling; undefined when unsure. */
function offsetByEnv(zone: string, now: Date): number | undefined {
  if (!ZONE_NAME.test(zone) || !SHORTCUT()) return undefined;
  const env = process.env;
  const had = Object.prototype.hasOwnProperty.call(env, 'TZ');
  const before = env.TZ;
  let offset: number;
  try {
    env.TZ = zone;
    offset = -now.getTimezoneOffset();
  } finally {
    if (had) env.TZ = before;
    else delete env.TZ;
  }
  // V8 gives whole minutes; local mean times had seconds (Riga +1:36:34 until 1926), so an offset off
  // the quarter-hour, or any before 1973, is Intl's to answer.
  return offset === 0 || !Number.isInteger(offset) || offset % 15 !== 0 || now.getTime() < SINCE
    ? undefined
    : offset;
}

/** The ISO date of `now` in `timeZone` by Intl, which also refuses a zone it does not know. */
export function todayByIntl(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The ISO date of `now` in `timeZone`. Throws RangeError for an unknown zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const offset = Number.isFinite(now.getTime()) ? offsetByEnv(timeZone, now) : undefined;
  if (offset === undefined) return todayByIntl(timeZone, now);
  const local = new Date(now.getTime() + offset * 60_000);
  const y = local.getUTCFullYear();
  if (y < 1000 || y > 9999) return todayByIntl(timeZone, now);
  return `${y}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-${String(local.getUTCDate()).padStart(2, '0')}`;
}
