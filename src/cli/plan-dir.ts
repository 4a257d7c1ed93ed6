// Which plan folder a command works on (docs/design.md §1): --plan, else $DCS_PLAN, else the nearest folder
// at or above the current one (up to the repository root) holding plan.yaml, else the only plan
// folder under ./plans/.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';

export function findPlanDir(cwd: string, option: string | undefined, env: NodeJS.ProcessEnv): string {
  const explicit = option ?? (env.DCS_PLAN || undefined);
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (!existsSync(join(dir, 'plan.yaml'))) throw new UsageError('usage.planNotFound', { dir: explicit });
    return dir;
  }
  const above = planAbove(cwd);
  if (above) return above;
  const plans = join(cwd, 'plans');
  const found = listPlans(plans);
  if (found.length === 1) return join(plans, found[0]!);
  if (found.length > 1)
    throw new UsageError('usage.severalPlans', {
      list: found.map((n) => relative(cwd, join(plans, n))).join(', '),
    });
  throw new UsageError('usage.noPlan');
}

/** The nearest folder at or above `dir`, up to the repository root, that holds a plan.yaml. */
export function planAbove(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'plan.yaml'))) return d;
    if (existsSync(join(d, '.git')) || dirname(d) === d) return undefined;
  }
}

/** The folders under ./plans/ that hold a plan.yaml; none when ./plans is no readable folder. */
function listPlans(plans: string): string[] {
  try {
    return readdirSync(plans)
      .sort()
      .filter((n) => existsSync(join(plans, n, 'plan.yaml')));
  } catch {
    return [];
  }
}
