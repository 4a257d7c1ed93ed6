// `dcs due` for people: sections "Quá hạn", "Sắp đến hạn" (and with --all the rest), each row
// saying what is owed, by whom, the phrase and the last allowed day with its weekday, and how
// late or how soon; then a one-line summary. Fits 80 columns.
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import type { DueItem, DueStatus } from '../due/owed.js';
import { formatDeadline, formatVnDate } from '../time/calendar.js';

export interface DueTableOptions { lang: Lang; color: boolean; width: number; asOf: string; within: number; summary: string }

const SECTIONS: DueStatus[] = ['overdue', 'due-soon', 'upcoming', 'done', 'ongoing', 'on-request', 'untimed'];
const MAX_TITLE = 90;

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

function what(i: DueItem, lang: Lang): string {
  if (i.kind === 'report') return `${i.title} ${i.occurrence ?? ''}\n(${i.id})`;
  const when = i.occurrence && i.occurrence !== 'once' ? ` — ${/^\d{4}$/.test(i.occurrence) ? t(lang, 'due.year', { year: i.occurrence }) : t(lang, 'due.occurrence', { key: i.occurrence })}` : '';
  return `${i.id}${when}\n${cut(i.title, MAX_TITLE)}`;
}

function who(i: DueItem, lang: Lang): string {
  if (i.total_units === undefined) return i.unit_name;
  const count = i.done_units === undefined ? t(lang, 'due.unitsTotal', { n: i.total_units }) : t(lang, 'due.units', { k: i.done_units, n: i.total_units });
  return `${i.unit_name}: ${count}`;
}

function status(i: DueItem, lang: Lang, c: ChalkInstance): string {
  switch (i.status) {
    case 'overdue': return c.red(t(lang, 'due.overdue', { n: -i.days! }));
    case 'due-soon': return c.yellow(i.days === 0 ? t(lang, 'due.today') : t(lang, 'due.left', { n: i.days! }));
    case 'upcoming': return t(lang, 'due.left', { n: i.days! });
    case 'done':
      if (i.kind === 'task') return c.green(t(lang, 'due.doneTask'));
      return [
        c.green(i.submitted ? t(lang, 'due.sent', { date: formatVnDate(i.submitted) }) + (i.source === 'xlsx-file-date' ? '*' : '') : t(lang, 'due.sent', { date: '?' })),
        ...(i.late_days ? [c.red(t(lang, 'due.late', { n: i.late_days }))] : i.late_days === 0 ? [t(lang, 'due.onTime')] : []),
      ].join('\n');
    default: return '';
  }
}

export function formatDueTable(items: DueItem[], o: DueTableOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(80, o.width);
  const [whoW, whenW, statusW] = [Math.floor(width * 0.22), Math.max(22, Math.floor(width * 0.25)), 16];
  const whatW = width - 5 - whoW - whenW - statusW;
  const out = [t(o.lang, 'due.asOf', { date: formatDeadline(o.asOf, o.lang), within: o.within })];
  for (const section of SECTIONS) {
    const rows = items.filter((i) => i.status === section);
    if (rows.length === 0) continue;
    const title = `${t(o.lang, `due.section.${section}`)} (${rows.length})`;
    out.push('', section === 'overdue' ? c.red.bold(title) : section === 'due-soon' ? c.yellow.bold(title) : c.bold(title));
    const table = new Table({
      head: [t(o.lang, 'due.head.what'), t(o.lang, 'due.head.who'), t(o.lang, 'due.head.deadline'), t(o.lang, 'due.head.status')].map((h) => c.bold(h)),
      colWidths: [whatW, whoW, whenW, statusW],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [] },
    });
    for (const i of rows) {
      const when = [i.phrase ?? '', ...(i.deadline ? [formatDeadline(i.deadline, o.lang)] : [])].filter(Boolean).join('\n');
      table.push([what(i, o.lang), who(i, o.lang), when, status(i, o.lang, c)]);
    }
    out.push(table.toString());
  }
  if (!items.some((i) => i.status === 'overdue' || i.status === 'due-soon')) out.push('', c.green(t(o.lang, 'due.nothing')));
  if (items.some((i) => i.source === 'xlsx-file-date')) out.push('', t(o.lang, 'due.xlsxNote'));
  out.push('', o.summary);
  return `${out.join('\n')}\n`;
}
