// A meaning rendered back as a short explanation: "hằng năm, trước ngày 10/11 (hạn cuối 09/11)".
// The Vietnamese form is itself a phrase the grammar reads (parentheses are ignored), so
// parse → explain → parse gives the same deadlines.
import type { Lang } from '../i18n/messages.js';
import { formatVnDate, addDays } from './calendar.js';
import type { Due, Meaning, Span, YearRange } from './meaning.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

function dayMonth(due: Due): string {
  return `${pad(due.day!)}/${pad(due.month!)}`;
}

/** The last allowed day-and-month of a yearly "trước ngày D/M", when it does not depend on the year. */
function dayBefore(due: Due): string | undefined {
  if (due.day! > 1) return `${pad(due.day! - 1)}/${pad(due.month!)}`;
  if (due.month === 3) return undefined; // 28/02 or 29/02
  const prev = due.month === 1 ? 12 : due.month! - 1;
  return `${[4, 6, 9, 11].includes(prev) ? 30 : 31}/${pad(prev)}`;
}

function range(r: YearRange, lang: Lang, inner: string): string {
  if (r.from === undefined) return inner;
  if (lang === 'vi')
    return r.to !== undefined
      ? `${inner}, giai đoạn ${r.from}-${r.to}`
      : `${inner}, năm ${r.from} và các năm tiếp theo`;
  return r.to !== undefined ? `${inner}, ${r.from}–${r.to}` : `${inner}, from ${r.from}`;
}

function spanText(s: Span, lang: Lang): string {
  const vi = lang === 'vi';
  switch (s.unit) {
    case 'quarter':
      return vi
        ? `quý ${s.quarters.map((q) => ROMAN[q]).join(', ')}/${s.year}`
        : `${s.quarters.map((q) => `Q${q}`).join(', ')} ${s.year}`;
    case 'month':
      return `${vi ? 'tháng' : 'month'} ${pad(s.month)}/${s.year}`;
    case 'half':
      return vi
        ? `6 tháng ${s.half === 1 ? 'đầu' : 'cuối'} năm ${s.year}`
        : `${s.half === 1 ? 'first' : 'second'} half of ${s.year}`;
    case 'year':
      return vi ? `năm ${s.year}` : `the year ${s.year}`;
  }
}

export function explain(m: Meaning, lang: Lang, inclusive = false): string {
  const vi = lang === 'vi';
  const strict = (due: Due) => due.before && !inclusive;
  switch (m.kind) {
    case 'ongoing':
      return vi ? 'thường xuyên (không có hạn)' : 'ongoing (no deadline)';
    case 'on-request':
      return vi ? 'theo yêu cầu (không có hạn cố định)' : 'on request (no fixed deadline)';
    case 'once': {
      const last = m.before && !inclusive ? addDays(m.date, -1) : m.date;
      const why = m.span
        ? vi
          ? ` (hết ${spanText(m.span, lang)})`
          : ` (end of ${spanText(m.span, lang)})`
        : '';
      if (m.before && !inclusive)
        return vi
          ? `một lần, trước ngày ${formatVnDate(m.date)} (hạn cuối ${formatVnDate(last)})`
          : `once, before ${formatVnDate(m.date)} (last day ${formatVnDate(last)})`;
      return vi ? `một lần, hạn cuối ${formatVnDate(last)}${why}` : `once, by ${formatVnDate(last)}${why}`;
    }
    case 'yearly': {
      const d = m.due;
      let inner: string;
      if (d.day === undefined && d.month === undefined)
        inner = vi ? 'hằng năm (hạn cuối 31/12)' : 'yearly, by 31/12';
      else if (d.day === undefined)
        inner = vi
          ? `tháng ${pad(d.month!)} hằng năm (hạn cuối ngày cuối tháng)`
          : `yearly, by the end of month ${pad(d.month!)}`;
      else if (!strict(d)) inner = vi ? `hằng năm, hạn cuối ${dayMonth(d)}` : `yearly, by ${dayMonth(d)}`;
      else {
        const last = dayBefore(d);
        inner = vi
          ? `hằng năm, trước ngày ${dayMonth(d)} (hạn cuối ${last ?? '28/02 hoặc 29/02'})`
          : `yearly, before ${dayMonth(d)} (last day ${last ?? '28/02 or 29/02'})`;
      }
      return range(m, lang, inner);
    }
    case 'half-yearly':
      return range(
        m,
        lang,
        vi ? 'định kỳ 6 tháng (hạn cuối 30/06 và 31/12)' : 'every 6 months, by 30/06 and 31/12',
      );
    case 'quarterly':
    case 'monthly': {
      const q = m.kind === 'quarterly';
      const d = m.due;
      const every = vi ? (q ? 'hằng quý' : 'hằng tháng') : q ? 'quarterly' : 'monthly';
      let inner: string;
      if (d.day === undefined)
        inner = vi
          ? `${every} (hạn cuối ngày cuối ${q ? 'quý' : 'tháng'})`
          : `${every}, by the last day of the ${q ? 'quarter' : 'month'}`;
      else if (strict(d))
        inner = vi
          ? `${every}, trước ngày ${pad(d.day)} (hạn cuối ${d.day > 1 ? `ngày ${pad(d.day - 1)}` : `ngày cuối ${q ? 'quý' : 'tháng'} trước`})`
          : `${every}, before day ${d.day} (last day ${d.day > 1 ? `day ${d.day - 1}` : 'the previous day'})`;
      else inner = vi ? `${every}, chậm nhất ngày ${pad(d.day)}` : `${every}, by day ${d.day}`;
      return range(m, lang, inner);
    }
    case 'all':
      return m.parts.map((p) => explain(p, lang, inclusive)).join('; ');
  }
}
