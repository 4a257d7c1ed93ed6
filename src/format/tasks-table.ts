// `dcs tasks` as a table that reads in an 80-column terminal: the content wraps, the time phrase
// sits above what dcs understood it to mean.
import { Chalk } from 'chalk';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import type { Party, TaskRow } from '../tasks/list.js';
import { renderTable } from './table.js';
import { wrapStyled } from './wrap.js';

export interface TableOptions {
  lang: Lang;
  color: boolean;
  width: number;
}

const party = (p: Party, lang: Lang): string =>
  p.ref.startsWith('@') ? `${p.name} (${t(lang, 'tasks.unitCount', { n: p.units })})` : p.name;

export function formatTasksTable(rows: TaskRow[], heading: string, o: TableOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(80, o.width);
  const [idW, unitsW, timeW] = [8, Math.floor(width * 0.23), Math.floor(width * 0.27)];
  const contentW = width - 5 - idW - unitsW - timeW;
  const widths = [idW, contentW, unitsW, timeW];
  const head = [
    t(o.lang, 'tasks.head.id'),
    t(o.lang, 'tasks.head.content'),
    t(o.lang, 'tasks.head.units'),
    t(o.lang, 'tasks.head.time'),
  ].map((h, k) => wrapStyled(h, widths[k]! - 2, c.bold));
  const body: string[][] = [];
  const fit = (w: number) => (s: string, style?: (x: string) => string) => wrapStyled(s, w - 2, style);
  const [idCell, contentCell, unitsCell, timeCell] = [fit(idW), fit(contentW), fit(unitsW), fit(timeW)];
  for (const r of rows) {
    const content = [
      contentCell(r.content),
      ...(r.output ? [contentCell(`${t(o.lang, 'tasks.output')}: ${r.output}`, c.dim)] : []),
    ].join('\n');
    const lead = `${t(o.lang, 'tasks.lead')}: ${party(r.lead, o.lang)}${r.mode === 'requested' ? ` ${t(o.lang, 'tasks.requested')}` : ''}`;
    const helpers = [...r.support.map((s) => party(s, o.lang)), ...(r.support_note ? [r.support_note] : [])];
    const support = helpers.length ? [`${t(o.lang, 'tasks.support')}: ${helpers.join('; ')}`] : [];
    // For one unit: its role, then the other side (who leads when it supports, who helps when it leads).
    const units = (
      r.role
        ? [
            unitsCell(
              `${t(o.lang, r.role === 'lead' ? 'tasks.role.lead' : 'tasks.role.support')}${r.via ? ` (${t(o.lang, 'tasks.via', { group: r.via.name })})` : ''}`,
              c.bold,
            ),
            ...(r.role === 'lead' ? support : [lead]).map((x) => unitsCell(x)),
          ]
        : [lead, ...support].map((x) => unitsCell(x))
    ).join('\n');
    const time =
      r.time === null
        ? r.understood
          ? timeCell(t(o.lang, 'tasks.noTime'), c.dim)
          : timeCell(t(o.lang, 'tasks.notUnderstood'), c.red)
        : `${timeCell(r.time)}\n${r.understood ? timeCell(`→ ${r.explanation}`) : timeCell(`→ ${t(o.lang, 'tasks.notUnderstood')}`, c.red)}`;
    body.push([idCell(r.id), content, units, time]);
  }
  return `${heading}\n${rows.length ? renderTable(head, body, widths) : t(o.lang, 'tasks.none')}\n`;
}
