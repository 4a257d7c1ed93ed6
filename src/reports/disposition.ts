// The one decision about every file in a period folder (spec §4): used; received with errors (the
// unit sent it, but it cannot be counted as is); an attachment; a file that belongs elsewhere
// (another period or another plan: no claim on this one); or stray. `check`, `due`, `compile` and
// every sheet of the workbook read this decision and nothing else, so they tell one story. Pure.
import type { ReportEntry } from '../load/folder.js';
import { compareDiagnostics, diag, type Diagnostic } from '../model/diagnostic.js';
import { parseInstance, unitOfFileName, type Plan } from '../model/plan.js';
import type { Report } from './report.js';

export type DispositionKind = 'used' | 'received-with-errors' | 'attachment' | 'elsewhere' | 'stray';

export interface Disposition {
  entry: ReportEntry;
  kind: DispositionKind;
  /** The unit the file belongs to, when it can be told; null otherwise. */
  unit: string | null;
  /** The report the file holds, when it could be read. */
  report?: Report;
  /** Why it is not used: the file's errors, first one first (a stray file's warnings too). */
  problems: Diagnostic[];
  /** For a file that belongs elsewhere: the period or plan it names. */
  belongs?: { period?: string; plan?: string };
}

/** Codes that say the file is another period's or another plan's, not a faulty report of this one. */
export const ELSEWHERE = new Set(['form-other-plan', 'form-other-period', 'report-period-mismatch']);
export const baseName = (name: string): string => name.replace(/\.[^.]+$/, '');

/**
 * Whose report a file is: the unit it names, if the plan has it (what a file says of itself wins
 * over its name: forms come back renamed from Zalo); else, for YAML, the unit it is named after;
 * with `byPrefix`, else the unit whose id begins its name (for files that could not be read).
 */
export function ownerOf(plan: Plan, e: ReportEntry, byPrefix = false): string | null {
  const known = (id: string | null | undefined) => (id && plan.units.some((u) => u.id === id) ? id : null);
  return known(e.report?.unit) ?? (e.kind === 'yaml' ? known(baseName(e.name)) : null) ?? (byPrefix ? unitOfFileName(plan, e.name) ?? null : null);
}

function decide(plan: Plan, e: ReportEntry, found: Diagnostic[]): Omit<Disposition, 'entry'> {
  const all = [...found].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || compareDiagnostics(a, b));
  const problems = all.filter((d) => d.severity === 'error');
  if (!parseInstance(plan, e.instance)) return { kind: 'stray', unit: null, problems: all };
  if (e.kind === 'attachment') return { kind: 'attachment', unit: unitOfFileName(plan, e.name) ?? null, problems: [] };
  if (e.kind === 'other') return { kind: 'stray', unit: null, problems: all };
  // Unreadable, an old spreadsheet, a damaged form: the unit did send something.
  if (e.kind === 'unreadable' && !/\.(ya?ml|xlsx|xls|xlsm|xlsb|ods|xltx?)$/i.test(e.name)) return { kind: 'stray', unit: null, problems: all };
  const unit = ownerOf(plan, e, true);
  const report = e.report;
  // Another plan's file, or one naming another real period of this plan, belongs there; a period
  // that does not exist ("2026-6T") is a mistake in this unit's report for this period.
  const away = problems.find((d) => ELSEWHERE.has(d.code) && (d.code === 'form-other-plan' || parseInstance(plan, report?.period ?? '')));
  if (report && away) {
    // Its contents are the other period's business: only where it belongs is said here.
    return { kind: 'elsewhere', unit, report, problems: [away], belongs: away.code === 'form-other-plan' ? { plan: report.plan ?? '' } : { period: report.period ?? '' } };
  }
  return { kind: problems.length > 0 ? 'received-with-errors' : 'used', unit, ...(report ? { report } : {}), problems };
}

/**
 * Decides every file's disposition from check's findings. Returns the decisions and what deciding
 * found: two reports of one unit for one period (`duplicate-report`, on each of them).
 */
export function dispose(plan: Plan, entries: ReportEntry[], diagnostics: Diagnostic[]): { dispositions: Disposition[]; found: Diagnostic[] } {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const dispositions: Disposition[] = entries.map((entry) => ({ entry, ...decide(plan, entry, byFile.get(entry.file) ?? []) }));

  // Two claims of one unit on one period: neither can be counted, and each says which is the other.
  const found: Diagnostic[] = [];
  const claims = new Map<string, Disposition[]>();
  for (const d of dispositions) {
    if ((d.kind !== 'used' && d.kind !== 'received-with-errors') || d.unit === null) continue;
    // A file whose unit is only guessed from its name (it could not be read) cancels no real report.
    if (ownerOf(plan, d.entry) === null) continue;
    const key = `${d.entry.instance}/${d.unit}`;
    const list = claims.get(key);
    if (list) list.push(d);
    else claims.set(key, [d]);
  }
  for (const group of claims.values()) {
    if (group.length < 2) continue;
    for (const d of group) {
      const others = group.filter((x) => x !== d).map((x) => x.entry.file).join(', ');
      const dup = diag(d.entry.file, 'error', 'duplicate-report', { unit: d.unit!, period: d.entry.instance, first: others }, d.entry.kind === 'yaml' ? { line: 1, col: 1 } : {});
      found.push(dup);
      d.kind = 'received-with-errors';
      d.problems = [dup, ...d.problems];
    }
  }
  return { dispositions, found };
}

/** The files of one period folder, in the order people read them. */
export function ofInstance(dispositions: Disposition[], instance: string): Disposition[] {
  return dispositions.filter((d) => d.entry.instance === instance).sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'vi', { numeric: true }));
}
