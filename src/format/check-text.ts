// `dcs check` for people: "file:line:col  severity  code  message", the source line with a caret
// under the problem, and what to do.
import { Chalk } from 'chalk';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hintOf, messageOf, where } from './message.js';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  sources: Map<string, string>;
  files: number;
  strict: boolean;
  /** Warnings with their excerpt and hint too (errors always have them). */
  verbose: boolean;
  /** What was read, a line each: the plan, then each period folder. */
  read: string[];
}

const WIDTH = 100;

/** The source line around `col`, cut to fit, with a caret under the token that starts there. */
export function excerpt(text: string | string[], line: number, col: number): string[] {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  let src = (lines[line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  let column = col;
  // A line of a megabyte is cut to the part around the column before it is taken apart.
  if (src.length > 4 * WIDTH) {
    const from = Math.max(0, col - 1 - 2 * WIDTH);
    src = src.slice(from, col - 1 + 2 * WIDTH);
    column = col - from;
  }
  const chars = [...src];
  const at = Math.min(Math.max(column - 1, 0), chars.length);
  const start = Math.max(0, Math.min(at - 40, chars.length - WIDTH));
  const shown = chars.slice(start, start + WIDTH);
  const prefix = start > 0 ? '…' : '';
  const suffix = start + WIDTH < chars.length ? '…' : '';
  const token = /^("[^"]*"|'[^']*'|[^\s,\]}#]+)/.exec(chars.slice(at).join(''))?.[0] ?? ' ';
  const width = Math.max(1, Math.min([...token].length, WIDTH - (at - start)));
  const gutter = String(line).length;
  return [
    ` ${String(line).padStart(gutter)} | ${prefix}${shown.join('')}${suffix}`,
    ` ${' '.repeat(gutter)} | ${' '.repeat(prefix.length + at - start)}${'^'.repeat(width)}`,
  ];
}

export function formatCheckText(diagnostics: Diagnostic[], o: TextOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const out: string[] = [];
  // Each file is split into lines once, however many problems it has.
  const split = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    const text = o.sources.get(file);
    if (text === undefined) return undefined;
    let lines = split.get(file);
    if (!lines) split.set(file, (lines = text.split('\n')));
    return lines;
  };
  // Errors, and warnings under --strict (they fail the run), in full; other warnings a line each.
  const full = (d: Diagnostic) => d.severity === 'error' || o.verbose || o.strict;
  for (const d of diagnostics) {
    const sev = d.severity === 'error' ? c.red.bold(t(o.lang, 'error')) : c.yellow.bold(t(o.lang, 'warning'));
    out.push(`${c.bold(where(d))}  ${sev}  ${c.dim(d.code)}  ${messageOf(d, o.lang)}`);
    if (!full(d)) continue;
    const text = linesOf(d.file);
    if (text !== undefined && d.line !== null)
      out.push(
        ...excerpt(text, d.line, d.col ?? 1).map(
          (l) => c.dim(l.slice(0, l.indexOf('|') + 1)) + l.slice(l.indexOf('|') + 1),
        ),
      );
    const hint = hintOf(d, o.lang);
    if (hint) out.push(`  ${c.cyan(`${t(o.lang, 'hint')}:`)} ${hint}`);
    out.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  // One blank line between blocks, never two.
  const gap = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  if (diagnostics.some((d) => !full(d))) {
    gap();
    out.push(c.dim(t(o.lang, 'briefNote')));
  }
  gap();
  out.push(...o.read.map((l) => c.dim(l)));
  out.push(
    diagnostics.length === 0
      ? c.green(t(o.lang, 'summaryClean', { files: o.files }))
      : t(o.lang, 'summary', { errors, warnings, files: o.files }),
  );
  if (o.strict && errors === 0 && warnings > 0) out.push(t(o.lang, 'strictNote'));
  return `${out.join('\n')}\n`;
}
