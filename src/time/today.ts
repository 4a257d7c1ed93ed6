// "Today" is a calendar date in the plan's time zone, never the machine's: CI at 23:30 UTC is
// already tomorrow in Hải Phòng.

/** The ISO date of `now` in `timeZone`. Throws RangeError for an unknown zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
