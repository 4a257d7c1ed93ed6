// Which reports have arrived, from the files of the period folders. Pure: the folder was read
// before. A report counts as received even when `check` finds faults in it (spec §4).
import { reportData, type PlanFolder } from '../load/folder.js';
import { isObj, parseInstance, type Plan } from '../model/plan.js';
import { parseIso } from '../time/calendar.js';

export interface Received {
  instance: string;
  unit: string;
  /** The date the unit sent it (ISO), or null when the report does not say. */
  submitted: string | null;
  /** A YAML report or a filled-in Excel form. */
  source: 'yaml' | 'xlsx';
  file: string;
  /** Tasks the report marks hoan-thanh. */
  done: string[];
}

export function receivedReports(plan: Plan, folder: PlanFolder): Received[] {
  const out: Received[] = [];
  for (const r of folder.reports) {
    if (!parseInstance(plan, r.instance) || (r.kind !== 'yaml' && r.kind !== 'xlsx')) continue;
    const d = reportData(r);
    if (!isObj(d)) continue;
    const unit = typeof d.unit === 'string' ? d.unit : r.name.replace(/\.[^.]+$/, '');
    const submitted = typeof d.submitted === 'string' && parseIso(d.submitted) ? d.submitted : null;
    const done = Array.isArray(d.tasks) ? d.tasks.flatMap((t: unknown) => (isObj(t) && t.status === 'hoan-thanh' && typeof t.task === 'string' ? [t.task] : [])) : [];
    out.push({ instance: r.instance, unit, submitted, source: r.kind, file: r.file, done });
  }
  return out;
}
