// `dcs due --format json|csv`: the fields of spec §4 for programs and spreadsheets.
import type { DueItem } from '../due/owed.js';
import { toCsv } from './csv.js';

const FIELDS = ['kind', 'id', 'unit', 'unit_name', 'deadline', 'phrase', 'status', 'days', 'late_days', 'done_units', 'total_units', 'occurrence', 'submitted', 'source', 'title'] as const;

export function formatDueJson(items: DueItem[]): string {
  const rows = items.map((i) => ({ ...i, late_days: i.late_days ?? null, done_units: i.done_units ?? null, total_units: i.total_units ?? null, submitted: i.submitted ?? null }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function formatDueCsv(items: DueItem[]): string {
  return toCsv([...FIELDS], items.map((i) => FIELDS.map((f) => i[f] ?? null)));
}
