import type { PlanFolder } from '../load/folder.js';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_SETTINGS, isObj } from '../model/plan.js';
import { locate } from '../load/locate.js';
import { todayIn } from '../time/today.js';

/** Today in the plan's time zone; an unknown zone is reported and the default used. */
export function planToday(
  folder: PlanFolder,
  now: Date,
): { today: string; timezone: string; problem?: Diagnostic } {
  const data = folder.plan.data;
  const zone =
    isObj(data) && isObj(data.settings) && typeof data.settings.timezone === 'string'
      ? data.settings.timezone
      : DEFAULT_SETTINGS.timezone;
  try {
    return { today: todayIn(zone, now), timezone: zone };
  } catch {
    const pos = locate(folder.plan, '/settings/timezone');
    const problem = diag(
      folder.plan.file,
      'error',
      'unknown-timezone',
      { zone },
      { line: pos.line, col: pos.col },
    );
    return { today: todayIn(DEFAULT_SETTINGS.timezone, now), timezone: DEFAULT_SETTINGS.timezone, problem };
  }
}
