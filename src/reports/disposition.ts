// The one decision about every file in a period folder (docs/design.md §4): used; received with errors (the
// unit sent it, but it cannot be counted as is); an attachment; a file that belongs elsewhere
// (another period or another plan: no claim on this one); or stray. `check`, `due`, `compile` and
// every sheet of the workbook read this decision and nothing else, so they tell one story. Pure.
import type { ReportEntry } from '../load/folder.js';
import { compareVi } from '../util/collate.js';
import { compareDiagnostics, diag, type Diagnostic } from '../model/diagnostic.js';
import { parseInstance, unitById, unitOfFileName, type Plan } from '../model/plan.js';
import type { Report } from './report.js';

export type DispositionKind = 'used' | 'received-with-errors' | 'attachment' | 'elsewhere' | 'stray';

export interface Disposition {
  entry: ReportEntry;
  kind: DispositionKind;
  /** The unit the file belongs to, when it can be told; null otherwise. */
  unit: string | null;
  /** The report the file holds, when it could be read. */
  report?: Report;
  /** Why it is not used: the file's errors (a stray file's warnings too), in check's order once
   * `sortProblems` has run on placed diagnostics. */
  problems: Diagnostic[];
}

export const baseName = (name: string): string => name.replace(/\.[^.]+$/, '');

/**
 * Whose report a file is: the unit it names, if the plan has it (what a file says of itself wins
 * over its name: forms come back renamed from Zalo); else, for YAML, the unit it is named after;
 * with `byPrefix`, else the unit whose id begins its name (for files that could not be read).
 */
export function ownerOf(plan: Plan, e: ReportEntry, byPrefix = false): string | null {
  const known = (id: string | null | undefined) => (id && unitById(plan, id) ? id : null);
  return (
    known(e.report?.unit) ??
    (e.kind === 'yaml' ? known(baseName(e.name)) : null) ??
    (byPrefix ? (unitOfFileName(plan, e.name) ?? null) : null)
  );
}

/**
 * Whether a report belongs elsewhere: made from another plan, or naming another period of this
 * plan that exists. A period that does not exist ("2026-6T") is a mistake in this period's report.
 */
export function elsewhere(plan: Plan, instance: string, report: Report): 'plan' | 'period' | undefined {
  if (report.plan !== null && report.plan !== plan.id) return 'plan';
  return report.period !== null && report.period !== instance && parseInstance(plan, report.period)
    ? 'period'
    : undefined;
}

/** The codes that say where an elsewhere file belongs: all `check` says about such a file. */
export const ELSEWHERE = new Set(['form-other-plan', 'form-other-period', 'report-period-mismatch']);

function decide(plan: Plan, e: ReportEntry, found: Diagnostic[]): Omit<Disposition, 'entry'> {
  const problems = found.filter((d) => d.severity === 'error');
  if (!parseInstance(plan, e.instance)) return { kind: 'stray', unit: null, problems: found };
  if (e.kind === 'attachment')
    return { kind: 'attachment', unit: unitOfFileName(plan, e.name) ?? null, problems: [] };
  if (e.kind === 'other') return { kind: 'stray', unit: null, problems: found };
  // A file that could not be read is the unit's report if its name says it is one: it did send something.
  const reportLike =
    e.kind !== 'unreadable' ||
    (e.looksLike !== undefined && e.looksLike !== 'other' && e.looksLike !== 'attachment');
  if (!reportLike) return { kind: 'stray', unit: null, problems: found };
  const unit = ownerOf(plan, e, true);
  const report = e.report;
  if (report && elsewhere(plan, e.instance, report)) {
    // Its contents are the other period's (or plan's) business: only where it belongs is said here.
    return { kind: 'elsewhere', unit, report, problems: problems.filter((d) => ELSEWHERE.has(d.code)) };
  }
  return {
    kind: problems.length > 0 ? 'received-with-errors' : 'used',
    unit,
    ...(report ? { report } : {}),
    problems,
  };
}

/**
 * Decides every file's disposition from check's findings. Returns the decisions and what deciding
 * found: two reports of one unit for one period (`duplicate-report`, on each of them), and a
 * report that would be used without a unit or a date to count it by.
 */
export function dispose(
  plan: Plan,
  entries: ReportEntry[],
  diagnostics: Diagnostic[],
): { dispositions: Disposition[]; found: Diagnostic[] } {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const dispositions: Disposition[] = entries.map((entry) => ({
    entry,
    ...decide(plan, entry, byFile.get(entry.file) ?? []),
  }));
  const found: Diagnostic[] = [];
  const reject = (d: Disposition, problem: Diagnostic, say = true) => {
    if (say) found.push(problem);
    d.kind = 'received-with-errors';
    d.problems = [problem, ...d.problems];
  };

  // Used means counted for a unit on a date: without either, nothing may call it received.
  for (const d of dispositions) {
    if (d.kind !== 'used') continue;
    const where = d.entry.kind === 'yaml' ? { line: 1, col: 1 } : {};
    // Without units.yaml no file has a unit; units-missing says so once, not once per report.
    if (d.unit === null)
      reject(d, diag(d.entry.file, 'error', 'report-no-unit', {}, where), plan.units.length > 0);
    else if (!d.report?.submitted)
      reject(
        d,
        diag(
          d.entry.file,
          'error',
          'report-no-date',
          {},
          d.entry.kind === 'yaml' ? { pointer: '/submitted' } : where,
        ),
      );
  }

  // Two claims of one unit on one period: neither can be counted, and each says which is the other.
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
      const others = group
        .filter((x) => x !== d)
        .map((x) => x.entry.file)
        .join(', ');
      reject(
        d,
        diag(
          d.entry.file,
          'error',
          'duplicate-report',
          { unit: d.unit!, period: d.entry.instance, first: others },
          d.entry.kind === 'yaml' ? { line: 1, col: 1 } : {},
        ),
      );
    }
  }
  return { dispositions, found };
}

/** Puts each file's problems in the order `check` prints them (errors first): call it once the
 * diagnostics have their lines and cells, so "the first problem" is the same everywhere. */
export function sortProblems(dispositions: Disposition[]): void {
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  for (const d of dispositions) d.problems.sort((a, b) => rank(a) - rank(b) || compareDiagnostics(a, b));
}

/** The files of one period folder, in the order people read them. */
export function ofInstance(dispositions: Disposition[], instance: string): Disposition[] {
  return dispositions
    .filter((d) => d.entry.instance === instance)
    .sort((a, b) => compareVi(a.entry.name, b.entry.name));
}
