// unknown-timezone: the plan's time zone must be one the system knows (today is a date there).
import { diag } from '../../model/diagnostic.js';
import { DEFAULT_SETTINGS } from '../../model/plan.js';
import { isObj } from '../../util/objects.js';
import { todayByIntl } from '../../time/today.js';
import type { RuleCheck } from '../context.js';

export const timezone: RuleCheck = ({ plan }) => {
  const s = isObj(plan.raw.settings) ? plan.raw.settings : {};
  // The default zone is one Intl knows (a test says so): no 11 ms Intl.DateTimeFormat for the 114 wards
  // that name it.
  if (typeof s.timezone !== 'string' || s.timezone === DEFAULT_SETTINGS.timezone) return [];
  try {
    // Intl itself, never todayIn's shortcut: the C library knows names Intl refuses (posix/Asia/…).
    todayByIntl(s.timezone, new Date());
    return [];
  } catch {
    return [
      diag(plan.file, 'error', 'unknown-timezone', { zone: s.timezone }, { pointer: '/settings/timezone' }),
    ];
  }
};
