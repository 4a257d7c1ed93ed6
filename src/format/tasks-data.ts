// `dcs tasks --format json|csv`: every field, for programs and spreadsheets.
import type { TaskRow } from '../tasks/list.js';
import { toCsv } from './csv.js';

export function formatTasksJson(rows: TaskRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function formatTasksCsv(rows: TaskRow[]): string {
  const header = [
    'id',
    'section',
    'content',
    'role',
    'lead',
    'lead_name',
    'support',
    'support_names',
    'support_note',
    'time',
    'understood',
    'meaning',
    'output',
    'mode',
    'source',
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.section,
      r.content,
      r.role ?? '',
      r.lead.ref,
      r.lead.name,
      r.support.map((s) => s.ref).join('; '),
      r.support.map((s) => s.name).join('; '),
      r.support_note,
      r.time,
      r.understood ? 'yes' : 'no',
      r.explanation,
      r.output,
      r.mode,
      r.source,
    ]),
  );
}
