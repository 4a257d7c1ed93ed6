// `dcs due --format json|csv`: the fields of docs/design.md §1 for programs and spreadsheets. JSON keeps the
// codes; CSV is for a clerk opening it in Excel: headers and status in the chosen language, the
// status code beside its label, numbers as numbers.
import type { DueItem } from '../due/owed.js';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import { toCsv } from './csv.js';
import { problemText, where } from './message.js';

const FIELDS = [
  'kind',
  'id',
  'unit',
  'unit_name',
  'deadline',
  'phrase',
  'status',
  'days',
  'late_days',
  'done_units',
  'total_units',
  'occurrence',
  'submitted',
  'source',
  'file',
  'title',
] as const;

export function formatDueJson(items: DueItem[], lang: Lang): string {
  const rows = items.map((i) => ({
    ...Object.fromEntries(FIELDS.map((f) => [f, i[f] ?? null])),
    problem: i.problem
      ? { code: i.problem.code, message: problemText(i.problem, lang), where: where(i.problem) }
      : null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function formatDueCsv(items: DueItem[], lang: Lang): string {
  return toCsv(
    t(lang, 'due.csv.head').split(','),
    items.map((i) => [
      i.kind,
      i.id,
      i.unit,
      i.unit_name,
      i.deadline,
      i.phrase,
      t(lang, `due.status.${i.status}`),
      i.status,
      i.days,
      i.late_days,
      i.done_units,
      i.total_units,
      i.occurrence,
      i.submitted,
      i.source,
      i.file,
      i.problem ? problemText(i.problem, lang) : null,
      i.title,
    ]),
  );
}
