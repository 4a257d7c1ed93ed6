// appendix-missing, appendix-unlisted, appendix-id-mismatch, appendix-empty.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { isObj } from '../../util/objects.js';
import type { RuleCheck } from '../context.js';

export const appendices: RuleCheck = (ctx) => {
  const { plan, folder } = ctx;
  const out: Diagnostic[] = [];
  const listed = new Set(plan.appendices.map((a) => a.target));
  for (const a of plan.appendices) {
    const file = folder.appendices.get(a.target);
    if (!file) {
      out.push(
        diag(
          a.file,
          'error',
          'appendix-missing',
          { id: a.id, file: a.target },
          { pointer: `${a.pointer}/file` },
        ),
      );
      continue;
    }
    if (!isObj(file.data)) continue;
    const d = file.data;
    if (typeof d.id === 'string' && d.id !== a.id)
      out.push(
        diag(file.file, 'error', 'appendix-id-mismatch', { id: d.id, expected: a.id }, { pointer: '/id' }),
      );
    const count =
      (Array.isArray(d.objectives) ? d.objectives.length : 0) +
      (Array.isArray(d.measures) ? d.measures.length : 0);
    if (count === 0) out.push(diag(file.file, 'warning', 'appendix-empty', { id: a.id }, { pointer: '/id' }));
  }
  for (const [name, file] of folder.appendices) {
    if (!listed.has(name) && folder.plan.data !== undefined)
      out.push(diag(file.file, 'error', 'appendix-unlisted', { file: name }, { line: 1, col: 1 }));
  }
  return out;
};
