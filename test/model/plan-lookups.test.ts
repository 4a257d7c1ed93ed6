// The plan's lookups that are worked out once per plan (model/plan.ts) answer as the plain searches they
// replaced: over the units' list, for every name a period folder can hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstance, unitOfFileName, type Plan, type Unit } from '../../src/model/plan.js';

const planOf = (ids: string[]): Plan =>
  ({
    units: ids.map((id) => ({ id, name: id }) as Unit),
    groups: [],
    periods: [{ id: '6t' }, { id: 'nam' }],
  }) as unknown as Plan;

/** The search unitOfFileName was before it looked ids up in a map. */
function byScan(plan: Plan, name: string): string | undefined {
  const base = name.replace(/\.[^.]+$/, '').toLowerCase();
  return plan.units
    .map((u) => u.id)
    .filter((id) => base === id || (base.startsWith(id) && /^[-_ .(]/.test(base.slice(id.length))))
    .sort((a, b) => b.length - a.length)[0];
}

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const piece = fc.constantFrom('-', '_', ' ', '.', '(', ')', '1', '2', 'a', 'B', 'Ban-ky', 'ệ', '');

describe('unitOfFileName', () => {
  it('is the longest unit id that begins the name and ends at its end or a separator, as a scan finds', () => {
    fc.assert(
      fc.property(
        fc.array(id, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.array(piece, { maxLength: 5 }),
        fc.constantFrom('.pdf', '.yaml', '.xlsx', '', '.PDF'),
        fc.boolean(),
        (ids, pick, rest, ext, upper) => {
          const plan = planOf(ids);
          const start = ids[pick % ids.length]!;
          const name = `${upper ? start.toUpperCase() : start}${rest.join('')}${ext}`;
          expect(unitOfFileName(plan, name)).toBe(byScan(plan, name));
          expect(unitOfFileName(plan, `x${name}`)).toBe(byScan(plan, `x${name}`));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('prefers the longer id: tdp-1-2.pdf is tdp-1-2 when the plan has both', () => {
    const plan = planOf(['tdp-1', 'tdp-1-2', 'tdp-10']);
    expect(unitOfFileName(plan, 'tdp-1-2.pdf')).toBe('tdp-1-2');
    expect(unitOfFileName(plan, 'tdp-1-3.pdf')).toBe('tdp-1');
    expect(unitOfFileName(plan, 'TDP-10 (1).pdf')).toBe('tdp-10');
    expect(unitOfFileName(plan, 'tdp-100.pdf')).toBeUndefined();
  });
});

describe('parseInstance', () => {
  it('answers the same when asked again, and tells periods of the plan from others', () => {
    const plan = planOf(['a']);
    expect(parseInstance(plan, '2026-6t')).toEqual({ year: 2026, period: { id: '6t' } });
    expect(parseInstance(plan, '2026-6t')).toBe(parseInstance(plan, '2026-6t'));
    expect(parseInstance(plan, '2026-9t')).toBeUndefined();
    expect(parseInstance(plan, '2026-9t')).toBeUndefined();
    expect(parseInstance(plan, '26-6t')).toBeUndefined();
  });
});
