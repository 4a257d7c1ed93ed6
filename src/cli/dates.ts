// A date given on the command line (--as-of, --date): ISO, dd/mm/yyyy, "ngày 03/6/2026", or with a
// two-digit year (read as 20yy, and said so on stderr).
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import { formatVnDate } from '../time/calendar.js';
import { parseDateText } from '../time/date-text.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

export function parseDateOption(value: string, io: Io, lang: Lang): string {
  const r = parseDateText(value);
  if (!r.ok) throw new UsageError('usage.badDate', { value });
  if (r.shortYear) io.stderr(`dcs: ${t(lang, 'twoDigitYear', { value, date: formatVnDate(r.iso) })}\n`);
  return r.iso;
}
