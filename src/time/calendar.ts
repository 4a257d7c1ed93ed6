// Calendar dates as ISO strings and day numbers, computed in UTC only: nothing here can change
// with the machine's time zone or daylight saving. (date-fns works in local time unless given a
// UTC context from another package; for the little arithmetic a due list needs, day numbers are
// simpler and cannot drift.)

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Years a date of a plan or a report can have; outside them a date is a typing mistake. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Whether a day exists: 30/02 and 29/02/2027 do not. */
export function isRealDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Whether a day and month exist in some year (29/02 does; 30/02 does not). */
export function isRealDayOfYear(m: number, d: number): boolean {
  return isRealDate(2000, m, d);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const toIso = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  // One range of years for every date dcs reads (Date.UTC would read 0–99 as 1900–1999).
  return ymd.y >= MIN_YEAR && ymd.y <= MAX_YEAR && isRealDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** Days since 1970-01-01. */
export const dayNumber = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d) / 86400000;

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const addDays = (iso: string, days: number): string =>
  toIso(fromDayNumber(dayNumber(parseIso(iso)!) + days));
export const daysBetween = (from: string, to: string): number =>
  dayNumber(parseIso(to)!) - dayNumber(parseIso(from)!);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => new Date(dayNumber(parseIso(iso)!) * 86400000).getUTCDay();

/** The day `d` of month `m` in year `y`, clamped to the month's end (29/02 → 28/02 in other years). */
export function clampDay(y: number, m: number, d: number): Ymd {
  return { y, m, d: Math.min(d, daysInMonth(y, m)) };
}

/** dd/mm/yyyy, with zeros, as people read dates in tables (docs/design.md §2). A text that is no date is
 * shown as written: a message about a bad date must still print. */
export function formatVnDate(iso: string): string {
  const p = parseIso(iso);
  return p ? `${pad(p.d)}/${pad(p.m)}/${p.y}` : iso;
}

const WEEKDAYS = {
  vi: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
export const weekdayName = (iso: string, lang: 'vi' | 'en'): string => WEEKDAYS[lang][weekday(iso)]!;

/** A date as people read it in a due list: "Thứ Năm, 04/06/2026". */
export const formatDeadline = (iso: string, lang: 'vi' | 'en'): string =>
  parseIso(iso) ? `${weekdayName(iso, lang)}, ${formatVnDate(iso)}` : iso;

/** The Vietnamese date line of a document (Nghị định 30): "ngày 05 tháng 6 năm 2026". */
export function formatDateLine(iso: string): string {
  const p = parseIso(iso);
  return p
    ? `ngày ${pad(p.d)} tháng ${p.m < 3 ? pad(p.m) : p.m} năm ${p.y}`
    : 'ngày ..... tháng ..... năm .....';
}
