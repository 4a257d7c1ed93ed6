// `dcs check --format json`: the array of docs/design.md §1, one object per problem.
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hintOf, messageOf } from './message.js';

export function formatCheckJson(diagnostics: Diagnostic[], lang: Lang): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    col: d.col,
    sheet: d.sheet,
    cell: d.cell,
    severity: d.severity,
    code: d.code,
    message: messageOf(d, lang),
    hint: hintOf(d, lang) ?? null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
