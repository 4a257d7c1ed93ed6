// dcs tasks [--unit ID] [--format table|json|csv]: the plan's tasks, or what one unit owes.
import { formatTasksCsv, formatTasksJson } from '../format/tasks-data.js';
import { formatTasksTable } from '../format/tasks-table.js';
import { t } from '../i18n/ui.js';
import { listTasks } from '../tasks/list.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, unitOption, warnIfInvalid } from './load-plan.js';
import { choice } from './options.js';

export interface TasksOptions extends GlobalOptions {
  unit?: string;
  format?: string;
}

export async function runTasks(opts: TasksOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'table', ['table', 'json', 'csv'] as const);
  const loaded = await loadPlan(opts, io);
  const unit = unitOption(loaded, opts.unit);
  warnIfInvalid(loaded, opts, io);
  const rows = listTasks(loaded.plan, opts.lang, unit);
  if (format === 'json') io.stdout(formatTasksJson(rows));
  else if (format === 'csv') io.stdout(formatTasksCsv(rows));
  else {
    const name = unit ? loaded.plan.units.find((u) => u.id === unit)!.name : loaded.plan.title;
    const heading = unit
      ? t(opts.lang, 'tasks.unitSummary', {
          name,
          lead: rows.filter((r) => r.role === 'lead').length,
          support: rows.filter((r) => r.role === 'support').length,
        })
      : t(opts.lang, 'tasks.summary', { title: loaded.plan.issuer, count: rows.length });
    io.stdout(
      formatTasksTable(rows, heading, { lang: opts.lang, color: opts.color, width: io.columns ?? 80 }),
    );
  }
  return loaded.errors > 0 ? 1 : 0;
}
