// dcs history [--year YYYY] [--unit ID] [--as-of DATE] [--format table|json|csv]: the periods of a
// year side by side — who sent each report on time, late, not at all — and how each task
// progressed from period to period.
import { formatHistoryCsv, formatHistoryJson } from '../format/history-data.js';
import { formatHistoryTable } from '../format/history-table.js';
import { defaultYear, history } from '../history/history.js';
import { MAX_YEAR, MIN_YEAR } from '../time/calendar.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, unitOption, warnIfInvalid } from './load-plan.js';
import { choice } from './options.js';

export interface HistoryCliOptions extends GlobalOptions {
  year?: string;
  unit?: string;
  asOf?: string;
  format?: string;
}

function parseYear(value: string): number {
  const y = Number(value.trim());
  if (!/^\d{4}$/.test(value.trim()) || y < MIN_YEAR || y > MAX_YEAR)
    throw new UsageError('usage.badYear', { value });
  return y;
}

export async function runHistory(opts: HistoryCliOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'table', ['table', 'json', 'csv'] as const);
  const yearOption = opts.year === undefined ? undefined : parseYear(opts.year);
  const asOfOption = opts.asOf === undefined ? undefined : parseDateOption(opts.asOf, io, opts.lang);
  const loaded = await loadPlan(opts, io);
  const unit = unitOption(loaded, opts.unit);
  warnIfInvalid(loaded, opts, io);
  const asOf = asOfOption ?? loaded.today;
  const { plan, dispositions } = loaded;
  const year = yearOption ?? defaultYear(plan, dispositions, asOf);
  const h = history(plan, dispositions, { year, asOf, ...(unit ? { unit } : {}) });
  if (format === 'json') io.stdout(formatHistoryJson(h));
  else if (format === 'csv') io.stdout(formatHistoryCsv(h, opts.lang));
  else
    io.stdout(
      formatHistoryTable(h, {
        lang: opts.lang,
        color: opts.color,
        width: io.columns ?? 100,
        issuer: plan.issuer,
        single: unit !== undefined,
      }),
    );
  return loaded.errors > 0 ? 1 : 0;
}
