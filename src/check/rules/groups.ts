// group-empty, reporting-empty (warnings): a class the plan names whose members are not listed yet.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { reportingUnits } from '../../model/plan.js';
import type { RuleCheck } from '../context.js';

export const emptyGroups: RuleCheck = ({ plan, unitsUsable }) => {
  if (!unitsUsable) return [];
  const out: Diagnostic[] = plan.groups
    .filter((g) => g.members.length === 0)
    .map((g) => diag(g.file, 'warning', 'group-empty', { group: g.name }, { pointer: `${g.pointer}/id` }));
  if (plan.reporters.length > 0 && reportingUnits(plan).length === 0)
    out.push(diag(plan.file, 'warning', 'reporting-empty', {}, { pointer: '/reporting/units' }));
  return out;
};
