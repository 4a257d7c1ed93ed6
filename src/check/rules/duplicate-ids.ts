// duplicate-id: every id is unique within its kind; task ids across the plan and all appendices.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import type { Located } from '../../model/plan.js';
import type { RuleCheck } from '../context.js';

export const duplicateIds: RuleCheck = (ctx) => {
  const { plan } = ctx;
  const out: Diagnostic[] = [];
  const kinds: [string, (Located & { id: string })[]][] = [
    ['task', plan.tasks],
    ['unit', plan.units],
    ['group', plan.groups],
    ['appendix', plan.appendices],
    ['period', plan.periods],
    ['indicator', plan.indicators],
  ];
  for (const [kind, items] of kinds) {
    const seen = new Map<string, Located>();
    for (const item of items) {
      const first = seen.get(item.id);
      if (first)
        out.push(
          diag(
            item.file,
            'error',
            'duplicate-id',
            { kind, id: item.id, first: ctx.where(first.file, `${first.pointer}/id`) },
            { pointer: `${item.pointer}/id` },
          ),
        );
      else seen.set(item.id, item);
    }
  }
  return out;
};
