// placeholder-text (warning): words a template left to be replaced — "(họ và tên)" for the signer that
// `dcs init` writes, a line of dots — still standing in the plan, its units or its appendices.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { isObj } from '../../util/objects.js';
import type { RuleCheck } from '../context.js';

/** A value that is only a bracketed note of what to write, or only dots. */
const PLACEHOLDER = /^\s*(?:\([^()]{1,60}\)|\[[^[\]]{1,60}\]|[.…]{3,}|<[^<>]{1,60}>)\s*$/u;
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function walk(
  value: unknown,
  pointer: string,
  found: (pointer: string, text: string) => void,
  depth = 0,
): void {
  if (depth > 60) return;
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) found(pointer, value.trim());
  } else if (Array.isArray(value)) value.forEach((v, k) => walk(v, `${pointer}/${k}`, found, depth + 1));
  else if (isObj(value))
    for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${escape(k)}`, found, depth + 1);
}

export const placeholders: RuleCheck = ({ folder }) => {
  const out: Diagnostic[] = [];
  for (const f of [folder.plan, folder.units, ...folder.appendices.values()]) {
    if (!f) continue;
    walk(f.data, '', (pointer, text) =>
      out.push(diag(f.file, 'warning', 'placeholder-text', { text }, { pointer })),
    );
  }
  return out;
};
