// A date as people type it: "03/6/2026", "3-6-2026", "03.06.2026", "ngày 03/6/2026", "ngày 3 tháng 6
// năm 2026", ISO "2026-06-03", and with a two-digit year "03/6/26" (read as 2026, which the caller
// warns about). Pure; never guesses between day and month: Vietnamese dates are day first.
import { isRealDate, MAX_YEAR, MIN_YEAR, toIso } from './calendar.js';
import { fold } from '../util/closest.js';

export type DateText =
  { ok: true; iso: string; shortYear: boolean } | { ok: false; error: 'impossible' | 'unrecognised' };

export function parseDateText(input: string): DateText {
  const s = fold(input.normalize('NFC'))
    .replace(/^ngay\s*/, '')
    .trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s);
  const words = /^(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/.exec(s);
  // Year, month, day, whichever way round they were written.
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : vn
      ? [vn[3], vn[2], vn[1]]
      : words
        ? [words[3], words[2], words[1]]
        : [];
  if (y === undefined || m === undefined || d === undefined) return { ok: false, error: 'unrecognised' };
  const shortYear = y.length === 2;
  const year = shortYear ? 2000 + Number(y) : Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR || !isRealDate(year, Number(m), Number(d)))
    return { ok: false, error: 'impossible' };
  return { ok: true, iso: toIso({ y: year, m: Number(m), d: Number(d) }), shortYear };
}
