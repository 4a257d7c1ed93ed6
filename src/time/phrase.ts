// The grammar of deadlines as Vietnamese administrative documents write them (docs/design.md §3). Input is
// folded first — case, tone marks and their placement, "hằng"/"hàng", đ/d — so the grammar below
// matches plain ASCII words; the original text is kept by the caller for display.
import { closest, fold } from '../util/closest.js';
import { daysInMonth, isRealDate, isRealDayOfYear, toIso } from './calendar.js';
import type { Due, Meaning, ParseResult, YearRange } from './meaning.js';

/** Forms the grammar understands, for the "closest understood form" hint. */
export const EXAMPLES = [
  'Thường xuyên',
  'Theo yêu cầu',
  'Đột xuất',
  'Khi có yêu cầu',
  'Hằng năm',
  'Trước ngày 10/11 hằng năm',
  'Hằng năm, trước ngày 10/11',
  'Tháng 12 hằng năm',
  'Hằng quý',
  'Hằng tháng',
  'Trước ngày 25 hằng tháng',
  'Định kỳ 6 tháng, hằng năm',
  'Trước ngày 30/6/2026',
  'Chậm nhất ngày 30/6/2026',
  'Ngày 30/6/2026',
  'Quý II/2026',
  'Quý II, III/2026',
  'Tháng 6/2026',
  '6 tháng đầu năm 2026',
  '6 tháng cuối năm 2026',
  'Năm 2026',
  'Giai đoạn 2026-2030',
  'Năm 2026 và các năm tiếp theo',
  'Định kỳ hằng năm và theo yêu cầu đột xuất',
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Thrown by the date readers for a day that does not exist; caught where the phrase is parsed. */
class Impossible extends Error {
  constructor(readonly value: string) {
    super(`impossible date: ${value}`);
  }
}

interface DateParts {
  day: number;
  month?: number;
  year?: number;
  text: string;
}

/** "10/11", "05/6/2026", "10-11", "10 tháng 11 năm 2026", "25". */
function datePart(s: string): DateParts | null {
  const m =
    /^(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?)?$/.exec(s) ??
    /^(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/.exec(s);
  if (!m) return null;
  const p: DateParts = { day: Number(m[1]), text: s };
  if (m[2] !== undefined) p.month = Number(m[2]);
  if (m[3] !== undefined) p.year = Number(m[3]);
  const ok =
    p.year !== undefined
      ? isRealDate(p.year, p.month!, p.day)
      : p.month !== undefined
        ? isRealDayOfYear(p.month, p.day)
        : p.day >= 1 && p.day <= 31;
  if (!ok) throw new Impossible(s);
  return p;
}

/** "trước ngày 10/11", "chậm nhất ngày 30/6/2026", "hạn cuối 09/11", "ngày 30/6/2026", "tháng 12". */
function dueClause(s: string): (DateParts & { before: boolean }) | { month: number; monthOnly: true } | null {
  const month = /^thang (\d{1,2})$/.exec(s);
  if (month) {
    const m = Number(month[1]);
    if (m < 1 || m > 12) throw new Impossible(s);
    return { month: m, monthOnly: true };
  }
  const m = /^(truoc|cham nhat|han cuoi|den|ngay)(?: ngay)?\s+(.+)$/.exec(s);
  if (!m) return null;
  const date = datePart(m[2]!);
  return date ? { ...date, before: m[1] === 'truoc' } : null;
}

function span(s: string): Meaning | null {
  s = s.replace(/^trong /, '');
  let m = /^quy ((?:(?:i{1,3}|iv|[1-4]) ?)+?)\s*(?:\/|nam)\s*(\d{4})$/.exec(s);
  if (m) {
    const quarters = m[1]!
      .trim()
      .split(' ')
      .map((q) => ROMAN[q]!);
    const year = Number(m[2]);
    const last = Math.max(...quarters);
    return {
      kind: 'once',
      date: toIso({ y: year, m: last * 3, d: daysInMonth(year, last * 3) }),
      before: false,
      span: { unit: 'quarter', quarters, year },
    };
  }
  m = /^thang (\d{1,2})\s*(?:\/|nam)\s*(\d{4})$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (month < 1 || month > 12) throw new Impossible(s);
    return {
      kind: 'once',
      date: toIso({ y: year, m: month, d: daysInMonth(year, month) }),
      before: false,
      span: { unit: 'month', month, year },
    };
  }
  m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(s);
  if (m) {
    const year = Number(m[2]);
    const half = m[1] === 'dau' ? 1 : 2;
    return {
      kind: 'once',
      date: `${year}-${half === 1 ? '06-30' : '12-31'}`,
      before: false,
      span: { unit: 'half', half, year },
    };
  }
  m = /^nam (\d{4})$/.exec(s);
  if (m)
    return { kind: 'once', date: `${m[1]}-12-31`, before: false, span: { unit: 'year', year: Number(m[1]) } };
  return null;
}

function part(raw: string): Meaning | null {
  let s = raw.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(thuong xuyen|lien tuc)$/.test(s)) return { kind: 'ongoing' };
  if (
    /^(theo yeu cau|khi co yeu cau|dot xuat|theo yeu cau dot xuat|khi co yeu cau dot xuat|khi phat sinh)$/.test(
      s,
    )
  )
    return { kind: 'on-request' };
  const range: YearRange = {};
  s = s
    .replace(/\bgiai doan (\d{4}) ?- ?(\d{4})\b/, (_, a: string, b: string) => {
      range.from = Number(a);
      range.to = Number(b);
      return '';
    })
    .replace(/\btu nam (\d{4}) tro di\b/, (_, a: string) => {
      range.from = Number(a);
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(dinh ky|mot lan) ?/, '');
  if (range.to !== undefined && range.from! > range.to) return null;
  const ranged = range.from !== undefined;
  if (/^6 thang( mot lan)?( hang nam)?$/.test(s)) return { kind: 'half-yearly', ...range };

  let every: 'nam' | 'quy' | 'thang' | undefined;
  s = s
    .replace(/\bhang (nam|quy|thang)\b/, (_, f: 'nam' | 'quy' | 'thang') => {
      every = f;
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (!every && ranged) every = 'nam';

  if (every) {
    if (s === '') {
      const due: Due = { before: false };
      return every === 'nam'
        ? { kind: 'yearly', due, ...range }
        : every === 'quy'
          ? { kind: 'quarterly', due, ...range }
          : { kind: 'monthly', due, ...range };
    }
    const clause = dueClause(s);
    if (!clause) return null;
    if ('monthOnly' in clause)
      return every === 'nam'
        ? { kind: 'yearly', due: { month: clause.month, before: false }, ...range }
        : null;
    if (clause.year !== undefined) return null;
    if (every === 'nam')
      return clause.month !== undefined
        ? { kind: 'yearly', due: { day: clause.day, month: clause.month, before: clause.before }, ...range }
        : null;
    if (clause.month !== undefined) return null;
    return {
      kind: every === 'quy' ? 'quarterly' : 'monthly',
      due: { day: clause.day, before: clause.before },
      ...range,
    };
  }

  const once = span(s);
  if (once) return once;
  const clause = dueClause(s);
  if (!clause || 'monthOnly' in clause || clause.month === undefined) return null;
  if (clause.year === undefined)
    return { kind: 'yearly', due: { day: clause.day, month: clause.month, before: clause.before } };
  return {
    kind: 'once',
    date: toIso({ y: clause.year, m: clause.month, d: clause.day }),
    before: clause.before,
  };
}

export function foldPhrase(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/\bnam (\d{4}) va cac nam (tiep theo|sau)\b/g, 'tu nam $1 tro di')
    .replace(/[.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads one time phrase. Never throws. */
export function parsePhrase(text: string): ParseResult {
  const folded = foldPhrase(text);
  const pieces = folded
    .split(/\s*;\s*|\s+va\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: Meaning[] = [];
  try {
    for (const piece of pieces) {
      const meaning = part(piece);
      if (!meaning)
        return {
          ok: false,
          error: 'unknown',
          part: pieces.length === 1 ? text.trim() : piece,
          suggestion: closest(text, EXAMPLES, Infinity) ?? EXAMPLES[0]!,
        };
      parts.push(meaning);
    }
  } catch (e) {
    if (e instanceof Impossible) return { ok: false, error: 'impossible-date', value: e.value };
    throw e;
  }
  if (parts.length === 0) return { ok: false, error: 'unknown', part: text.trim(), suggestion: EXAMPLES[0]! };
  return { ok: true, meaning: parts.length === 1 ? parts[0]! : { kind: 'all', parts } };
}
