import type { PlanFolder } from '../load/folder.js';
import { DEFAULT_SETTINGS } from '../model/plan.js';
import { isObj } from '../util/objects.js';
import { todayIn } from '../time/today.js';

/** Today in the plan's time zone; with a zone the system does not know (the timezone rule says
 * so), in the default zone. */
export function planToday(folder: PlanFolder, now: Date): string {
  const data = folder.plan.data;
  const zone =
    isObj(data) && isObj(data.settings) && typeof data.settings.timezone === 'string'
      ? data.settings.timezone
      : DEFAULT_SETTINGS.timezone;
  try {
    return todayIn(zone, now);
  } catch {
    return todayIn(DEFAULT_SETTINGS.timezone, now);
  }
}
