// `dcs due` for people: sections "Quá hạn", "Sắp đến hạn" (and with --all the rest), each row
// saying what is owed, by whom, the phrase and the last allowed day with its weekday, and how
// late or how soon; then a one-line summary. Fits 80 columns.
import { basename } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import { ORDER, type DueItem } from '../due/owed.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatDeadline, formatVnDate } from '../time/calendar.js';
import { renderTable } from './table.js';
import { wrapStyled } from './wrap.js';

export interface DueTableOptions {
  lang: Lang;
  color: boolean;
  width: number;
  asOf: string;
  within: number;
  summary: string;
  /** A problem in words, with where it is ("Báo cáo!D12: …"). */
  problemOf: (d: Diagnostic) => string;
}

const MAX_TITLE = 90;

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

function what(i: DueItem, lang: Lang): string {
  if (i.kind === 'report') return `${i.title} ${i.occurrence ?? ''}\n(${i.id})`;
  const when =
    i.occurrence && i.occurrence !== 'once'
      ? ` — ${/^\d{4}$/.test(i.occurrence) ? t(lang, 'due.year', { year: i.occurrence }) : t(lang, 'due.occurrence', { key: i.occurrence })}`
      : '';
  return `${i.id}${when}\n${cut(i.title, MAX_TITLE)}`;
}

function who(i: DueItem, lang: Lang): string {
  if (i.total_units === undefined) return i.unit_name || t(lang, 'due.unknownUnit');
  const count =
    i.done_units === undefined
      ? t(lang, 'due.unitsTotal', { n: i.total_units })
      : t(lang, 'due.units', { k: i.done_units, n: i.total_units });
  return `${i.unit_name}: ${count}`;
}

function status(i: DueItem, lang: Lang, c: ChalkInstance, w: number): string {
  const fit = (s: string, style?: (x: string) => string) => wrapStyled(s, w, style);
  switch (i.status) {
    case 'overdue':
      return fit(t(lang, 'due.overdue', { n: -i.days! }), c.red);
    case 'due-soon':
      return fit(i.days === 0 ? t(lang, 'due.today') : t(lang, 'due.left', { n: i.days! }), c.yellow);
    case 'upcoming':
      return fit(t(lang, 'due.left', { n: i.days! }));
    case 'needs-fixing':
      return fit(t(lang, 'due.needsFixing'), c.red);
    case 'done':
      if (i.kind === 'task') return fit(t(lang, 'due.doneTask'), c.green);
      return [
        fit(t(lang, 'due.sent', { date: i.submitted ? formatVnDate(i.submitted) : '?' }), c.green),
        ...(i.late_days
          ? [fit(t(lang, 'due.late', { n: i.late_days }), c.red)]
          : i.late_days === 0
            ? [fit(t(lang, 'due.onTime'))]
            : []),
      ].join('\n');
    default:
      return '';
  }
}

export function formatDueTable(items: DueItem[], o: DueTableOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(80, o.width);
  const [whoW, whenW, statusW] = [Math.floor(width * 0.22), Math.max(22, Math.floor(width * 0.25)), 16];
  const whatW = width - 5 - whoW - whenW - statusW;
  const out = [t(o.lang, 'due.asOf', { date: formatDeadline(o.asOf, o.lang), within: o.within })];
  for (const section of ORDER) {
    const rows = items.filter((i) => i.status === section);
    if (rows.length === 0) continue;
    const title = `${t(o.lang, `due.section.${section}`)} (${rows.length})`;
    out.push(
      '',
      section === 'overdue'
        ? c.red.bold(title)
        : section === 'due-soon'
          ? c.yellow.bold(title)
          : c.bold(title),
    );
    const widths = [whatW, whoW, whenW, statusW];
    const cell = (k: number, s: string) =>
      s
        .split('\n')
        .map((part) => wrapStyled(part, widths[k]! - 2))
        .join('\n');
    const head = [
      t(o.lang, 'due.head.what'),
      t(o.lang, 'due.head.who'),
      t(o.lang, 'due.head.deadline'),
      t(o.lang, 'due.head.status'),
    ].map((h, k) => wrapStyled(h, widths[k]! - 2, c.bold));
    const body: string[][] = [];
    for (const i of rows) {
      const when = [i.phrase ?? '', ...(i.deadline ? [formatDeadline(i.deadline, o.lang)] : [])]
        .filter(Boolean)
        .join('\n');
      // A report to fix says which file and what is wrong, as `check` words it.
      const fix =
        i.status === 'needs-fixing'
          ? `\n${basename(i.file ?? '')}${i.problem ? `\n${o.problemOf(i.problem)}` : ''}`
          : '';
      body.push([
        cell(0, what(i, o.lang) + fix),
        cell(1, who(i, o.lang)),
        cell(2, when),
        status(i, o.lang, c, widths[3]! - 2),
      ]);
    }
    out.push(renderTable(head, body, widths));
  }
  if (!items.some((i) => i.status === 'overdue' || i.status === 'due-soon' || i.status === 'needs-fixing'))
    out.push('', c.green(t(o.lang, 'due.nothing')));
  out.push('', o.summary);
  return `${out.join('\n')}\n`;
}
