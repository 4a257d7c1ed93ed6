// dcs due: what is overdue and due soon, as of a date, right to the day.
import { owed } from '../due/owed.js';
import { receivedReports } from '../due/received.js';
import { formatDueCsv, formatDueJson } from '../format/due-data.js';
import { dueSummary } from '../format/due-summary.js';
import { formatDueTable } from '../format/due-table.js';
import { problemText } from '../format/message.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, unitOption, warnIfInvalid } from './load-plan.js';
import { choice } from './options.js';

export interface DueCliOptions extends GlobalOptions {
  asOf?: string;
  within?: string;
  unit?: string;
  all?: boolean;
  failOnOverdue?: boolean;
  format?: string;
}

function parseDays(value: string): number {
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) > 366)
    throw new UsageError('usage.badDays', { value });
  return Number(value);
}

export async function runDue(opts: DueCliOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'table', ['table', 'json', 'csv'] as const);
  const asOfOption = opts.asOf === undefined ? undefined : parseDateOption(opts.asOf, io, opts.lang);
  const withinOption = opts.within === undefined ? undefined : parseDays(opts.within);
  const loaded = await loadPlan(opts, io);
  const unit = unitOption(loaded, opts.unit);
  warnIfInvalid(loaded, opts, io);
  const asOf = asOfOption ?? loaded.today;
  const within = withinOption ?? loaded.plan.settings.withinDays;
  const items = owed(loaded.plan, receivedReports(loaded.dispositions), {
    asOf,
    within,
    all: opts.all === true,
    unit,
  });
  if (format === 'json') io.stdout(formatDueJson(items, opts.lang));
  else if (format === 'csv') io.stdout(formatDueCsv(items, opts.lang));
  else
    io.stdout(
      formatDueTable(items, {
        lang: opts.lang,
        color: opts.color,
        width: io.columns ?? 80,
        asOf,
        within,
        summary: dueSummary(items, opts.lang, Math.max(80, io.columns ?? 80)),
        problemOf: (d) => problemText(d, opts.lang),
      }),
    );
  if (opts.failOnOverdue && items.some((i) => i.status === 'overdue')) return 1;
  return loaded.errors > 0 ? 1 : 0;
}
