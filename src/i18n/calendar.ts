// The words of `dcs ics` events, in Vietnamese (what a ward's calendar shows) and English. The plan's
// own text (period names, task content, unit names, time phrases) stays as written.
import type { Lang } from './messages.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface CalendarWords {
  /** The calendar's name in the calendar program. */
  calendarName: (p: { issuer: string; unit?: string }) => string;
  /** "Hạn báo cáo 6 tháng năm 2026", from the period's name in words. */
  reportSummary: (what: string) => string;
  /** "Hạn nhiệm vụ IV.2.a". */
  taskSummary: (id: string) => string;
  units: (n: number) => string;
  /** The occurrence of a recurring task: "2026" → "năm 2026", "2026-Q2" → "quý II/2026"… */
  occurrence: (key: string) => string | undefined;
  period: (id: string) => string;
  task: string;
  time: string;
  deadline: string;
  mustReport: string;
  lead: string;
  support: string;
  output: string;
  receiver: string;
  plan: string;
}

const occurrence =
  (year: (y: string) => string, half: [string, string], quarter: string, month: string) =>
  (key: string): string | undefined => {
    const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(key);
    if (!m) return undefined;
    const [, y, part] = m as unknown as [string, string, string | undefined];
    if (part === undefined) return year(y);
    if (part === 'H1' || part === 'H2') return `${half[part === 'H1' ? 0 : 1]} ${y}`;
    if (part.startsWith('Q')) return `${quarter} ${ROMAN[Number(part.slice(1)) - 1]!}/${y}`;
    return `${month} ${part}/${y}`;
  };

const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;

const vi: CalendarWords = {
  calendarName: (p) => `Hạn báo cáo, nhiệm vụ — ${p.issuer}${p.unit ? ` — ${p.unit}` : ''}`,
  reportSummary: (what) => `Hạn ${lowerFirst(what)}`,
  taskSummary: (id) => `Hạn nhiệm vụ ${id}`,
  units: (n) => `${n} đơn vị`,
  occurrence: occurrence((y) => `năm ${y}`, ['6 tháng đầu năm', '6 tháng cuối năm'], 'quý', 'tháng'),
  period: (id) => `kỳ ${id}`,
  task: 'Nhiệm vụ',
  time: 'Thời gian theo kế hoạch',
  deadline: 'Hạn cuối',
  mustReport: 'Đơn vị phải gửi báo cáo',
  lead: 'Đơn vị chủ trì',
  support: 'Đơn vị phối hợp',
  output: 'Sản phẩm',
  receiver: 'Gửi về',
  plan: 'Kế hoạch',
};

const en: CalendarWords = {
  calendarName: (p) => `Deadlines — ${p.issuer}${p.unit ? ` — ${p.unit}` : ''}`,
  reportSummary: (what) => `Due: ${what}`,
  taskSummary: (id) => `Due: task ${id}`,
  units: (n) => `${n} unit${n === 1 ? '' : 's'}`,
  occurrence: occurrence((y) => y, ['first half of', 'second half of'], 'quarter', 'month'),
  period: (id) => `period ${id}`,
  task: 'Task',
  time: 'Time as the plan words it',
  deadline: 'Last allowed day',
  mustReport: 'Units that must report',
  lead: 'Lead',
  support: 'Support',
  output: 'Output',
  receiver: 'Send to',
  plan: 'Plan',
};

export const calendarWords: Record<Lang, CalendarWords> = { vi, en };
