import { MESSAGES, type Lang, type Message } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { t } from '../i18n/ui.js';

/** A diagnostic's message entry; its params were type-checked against its code when it was made. */
const entry = (d: Diagnostic, lang: Lang): Message => MESSAGES[d.code][lang] as Message;

export function messageOf(d: Diagnostic, lang: Lang): string {
  return entry(d, lang).msg(d.params);
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  return entry(d, lang).hint?.(d.params) || undefined;
}

export function where(d: Diagnostic): string {
  if (d.sheet) return `${d.file}:${d.sheet}!${d.cell ?? ''}`;
  return d.line !== null ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file;
}

/** A problem in one line, with its place inside the file: "Báo cáo!D12: …", "dòng 7: …". */
export function problemText(d: Diagnostic, lang: Lang): string {
  const place = d.sheet
    ? `${d.sheet}!${d.cell ?? ''}: `
    : d.line !== null
      ? `${t(lang, 'line')} ${d.line}: `
      : '';
  return `${place}${messageOf(d, lang)}`;
}
