// Period instances ("2026-6t"): their last allowed day and their name in words.
import { occurrences } from '../time/occurrences.js';
import { parseInstance, type Plan } from './plan.js';

/** The last allowed day of a period instance ("2026-6t" → 2026-06-04). */
export function instanceDeadline(plan: Plan, instance: string): string | undefined {
  let known = deadlines.get(plan);
  if (!known) deadlines.set(plan, (known = new Map<string, string | undefined>()));
  if (!known.has(instance)) known.set(instance, deadlineOf(plan, instance));
  return known.get(instance);
}
/** Each plan's instance deadlines, worked out once: every report asks for its own and its previous. */
const deadlines = new WeakMap<Plan, Map<string, string | undefined>>();

function deadlineOf(plan: Plan, instance: string): string | undefined {
  const p = parseInstance(plan, instance);
  const r = p?.period.schedule;
  if (!p || !r?.ok) return undefined;
  const y = String(p.year);
  return occurrences(r.meaning, {
    from: `${y}-01-01`,
    to: `${y}-12-31`,
    inclusive: plan.settings.beforeIsInclusive,
    start: `${y}-01-01`,
  }).find((x) => x.key === y)?.deadline;
}

/** "Báo cáo 6 tháng" + 2026 → "Báo cáo 6 tháng năm 2026"; "Báo cáo năm" + 2026 → "Báo cáo năm 2026". */
export function periodInWords(name: string, year: number | string): string {
  return `${name}${/năm$/i.test(name) ? '' : ' năm'} ${year}`;
}
