// "Today" is a calendar date in the plan's time zone, never the machine's: CI at 23:30 UTC is
// already tomorrow in Hải Phòng.
//
// Building an Intl.DateTimeFormat costs 11–16 ms on first use (ICU's date formatter and its
// locale data) — a sixth of `dcs due`'s whole run. The zone's UTC offset alone is nearly free:
// Node re-reads process.env.TZ when it is assigned, and Date#getTimezoneOffset then answers from
// the same ICU zone data. So: ask for the offset that way, put the environment back at once, and
// keep Intl for everything the shortcut cannot vouch for.

/** An IANA zone name without digits (Asia/Ho_Chi_Minh, America/Argentina/Buenos_Aires). ICU takes
 * such a TZ value as a zone id and answers an id it does not know with UTC; a value with digits
 * or signs ("ICT-7", "+07:00") it reads as a POSIX rule or replaces with the machine's own zone.
 * Only the first kind, answered with an offset other than zero, is trusted. */
const ZONE_NAME = /^[A-Za-z_]+(?:\/[A-Za-z_-]+)+$/;

/** Minutes east of UTC at `now` in `zone`, by Node's TZ handling; undefined when unsure. */
function offsetByEnv(zone: string, now: Date): number | undefined {
  if (!ZONE_NAME.test(zone)) return undefined;
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
  return offset === 0 || !Number.isInteger(offset) ? undefined : offset;
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
