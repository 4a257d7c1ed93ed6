// Which reports have arrived, from the files of the period folders. Pure: the folder was read
// before. A report counts as received even when `check` finds faults in it (spec §4).
import type { PlanFolder } from '../load/folder.js';
import { isObj, parseInstance, unitOfFileName, type Plan } from '../model/plan.js';
import { parseIso } from '../time/calendar.js';
import { todayIn } from '../time/today.js';

export interface Received {
  instance: string;
  unit: string;
  /** The date the unit sent it (ISO), or null when the report does not say. */
  submitted: string | null;
  /** `xlsx-file-date`: a form dcs cannot read yet, counted as received on the file's date. */
  source: 'yaml' | 'xlsx-file-date';
  file: string;
  /** Tasks the report marks hoan-thanh. */
  done: string[];
}

export function receivedReports(plan: Plan, folder: PlanFolder): Received[] {
  const out: Received[] = [];
  for (const r of folder.reports) {
    if (!parseInstance(plan, r.instance)) continue;
    if (r.kind === 'yaml') {
      const d = r.yaml?.data;
      if (!isObj(d)) continue;
      const unit = typeof d.unit === 'string' ? d.unit : r.name.replace(/\.[^.]+$/, '');
      const submitted = typeof d.submitted === 'string' && parseIso(d.submitted) ? d.submitted : null;
      const done = Array.isArray(d.tasks) ? d.tasks.flatMap((t: unknown) => (isObj(t) && t.status === 'hoan-thanh' && typeof t.task === 'string' ? [t.task] : [])) : [];
      out.push({ instance: r.instance, unit, submitted, source: 'yaml', file: r.file, done });
    } else if (r.kind === 'xlsx') {
      const unit = unitOfFileName(plan, r.name);
      if (unit) out.push({ instance: r.instance, unit, submitted: todayIn(plan.settings.timezone, r.modified), source: 'xlsx-file-date', file: r.file, done: [] });
    }
  }
  return out;
}
