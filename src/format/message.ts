import { catalogs, type Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';

export function messageOf(d: Diagnostic, lang: Lang): string {
  return catalogs[lang][d.code].msg(d.params);
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  return catalogs[lang][d.code].hint?.(d.params) || undefined;
}

export function where(d: Diagnostic): string {
  if (d.sheet) return `${d.file}:${d.sheet}!${d.cell ?? ''}`;
  return d.line !== null ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file;
}
