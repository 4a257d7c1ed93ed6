// draft-with-number, issued-without-number: a draft has no number or date; an issued plan has both.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import type { RuleCheck } from '../context.js';

export const planStatus: RuleCheck = ({ plan }) => {
  const out: Diagnostic[] = [];
  for (const field of ['number', 'date'] as const) {
    const value = plan[field];
    if (value === undefined) continue; // missing or malformed: the schema reports it
    if (plan.status === 'draft' && value !== null)
      out.push(diag(plan.file, 'error', 'draft-with-number', { field }, { pointer: `/${field}` }));
    if (plan.status === 'issued' && value === null)
      out.push(diag(plan.file, 'error', 'issued-without-number', { field }, { pointer: `/${field}` }));
  }
  return out;
};
