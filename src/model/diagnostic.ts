import { compareEn } from '../util/collate.js';
import type { CodeParams, MessageCode } from './codes.js';

export type Severity = 'error' | 'warning';
export type Params = Record<string, string | number>;

/**
 * One problem found in one file. Rules fill in `pointer` (a JSON pointer into the file's data);
 * the checker turns it into `line`/`col` once, from the file's position index. Messages are rendered
 * from `code` and `params` in the user's language only when printed.
 */
export interface Diagnostic {
  file: string;
  severity: Severity;
  code: MessageCode;
  params: Params;
  pointer?: string;
  /** Point at the key of the pointed member rather than at its value. */
  at?: 'key' | 'value';
  line: number | null;
  col: number | null;
  sheet: string | null;
  cell: string | null;
}

/** A value quoted in a message is cut here: a 100,000-character id must not make a 100,000-character line. */
const MAX_PARAM = 200;
const short = (v: string | number): string | number =>
  typeof v === 'string' && v.length > MAX_PARAM ? `${v.slice(0, MAX_PARAM - 1)}…` : v;

/** A code's parameters, then where the problem is; the parameters may be left out only when the
 * code takes none that are required. */
type Rest<C extends MessageCode> = object extends CodeParams[C]
  ? [params?: CodeParams[C], where?: Partial<Diagnostic>]
  : [params: CodeParams[C], where?: Partial<Diagnostic>];

export function diag<C extends MessageCode>(
  file: string,
  severity: Severity,
  code: C,
  ...rest: Rest<C>
): Diagnostic {
  const [params = {}, where = {}] = rest as [Partial<Record<string, string | number>>?, Partial<Diagnostic>?];
  const p: Params = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) p[k] = short(v);
  return { file, severity, code, params: p, line: null, col: null, sheet: null, cell: null, ...where };
}

/** A cell address in reading order: row, then column ("D9" before "C10"). */
function cellOrder(cell: string | null): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  if (!m) return [0, 0];
  return [Number(m[2]), [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/** Stable order: by file, then position (line and column, or sheet and cell), then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const [ar, ac] = cellOrder(a.cell);
  const [br, bc] = cellOrder(b.cell);
  return (
    compareEn(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.col ?? 0) - (b.col ?? 0) ||
    compareEn(a.sheet ?? '', b.sheet ?? '') ||
    ar - br ||
    ac - bc ||
    compareEn(a.code, b.code)
  );
}
