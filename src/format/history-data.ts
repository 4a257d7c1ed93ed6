// `dcs history --format json|csv`. JSON keeps the codes, one object per unit and per task with
// their periods by instance. CSV is one long table a clerk can filter in Excel, told apart by its
// first column, `section`: `unit` (a unit in a period), `unit-total` (a unit over the year) and
// `task` (a task in a period); each row fills the columns of its section.
import type { History } from '../history/history.js';
import { HISTORY, stateWord } from '../i18n/history.js';
import type { Lang } from '../i18n/messages.js';
import { toCsv } from './csv.js';

export function formatHistoryJson(h: History): string {
  return `${JSON.stringify(h, null, 2)}\n`;
}

export function formatHistoryCsv(h: History, lang: Lang): string {
  type Row = (string | number | null)[];
  const row = (o: {
    section: string;
    period?: string;
    deadline?: string;
    id: string;
    name: string;
    unit?: Row;
    total?: Row;
    task?: Row;
  }): Row => [
    o.section,
    o.period ?? null,
    o.deadline ?? null,
    o.id,
    o.name,
    ...(o.unit ?? [null, null, null, null]),
    ...(o.total ?? [null, null, null, null]),
    ...(o.task ?? [null, null, null, null, null, null]),
  ];
  const rows: Row[] = [];
  for (const u of h.units) {
    for (const p of h.periods) {
      const s = u.periods[p.instance];
      if (!s) continue;
      rows.push(
        row({
          section: 'unit',
          period: p.instance,
          deadline: p.deadline,
          id: u.id,
          name: u.name,
          unit: [stateWord(lang, s.state, s.late_days), s.state, s.submitted, s.late_days],
        }),
      );
    }
    rows.push(
      row({
        section: 'unit-total',
        id: u.id,
        name: u.name,
        total: [u.due, u.on_time, u.sent, u.total_late_days],
      }),
    );
  }
  for (const t of h.tasks)
    for (const p of h.periods) {
      const c = t.periods[p.instance];
      if (!c) continue;
      rows.push(
        row({
          section: 'task',
          period: p.instance,
          deadline: p.deadline,
          id: t.id,
          name: t.content,
          task: [c.assigned, c.done, c.in_progress, c.not_started, c.not_applicable, c.not_reported],
        }),
      );
    }
  return toCsv(HISTORY[lang].csvHead, rows);
}
