// `check` as a pure function of a read plan folder: load problems, schema errors, then the rules,
// every diagnostic placed at its line and column and sorted.
import type { PlanFolder } from '../load/folder.js';
import { locate } from '../load/locate.js';
import type { YamlFile } from '../load/yaml-file.js';
import { compareDiagnostics, diag, type Diagnostic } from '../model/diagnostic.js';
import { buildPlan, type Plan } from '../model/plan.js';
import type { RuleContext } from './context.js';
import { RULES } from './registry.js';
import { dispose, ELSEWHERE, sortProblems, type Disposition } from '../reports/disposition.js';

export interface CheckResult {
  plan: Plan;
  diagnostics: Diagnostic[];
  /** Every file of every period folder, with the one decision all commands read. */
  dispositions: Disposition[];
}

/** The YAML files read: plan, units, appendices, reports. */
function yamlFiles(folder: PlanFolder): YamlFile[] {
  return [
    folder.plan,
    ...(folder.units ? [folder.units] : []),
    ...folder.appendices.values(),
    ...folder.reports.flatMap((r) => (r.yaml ? [r.yaml] : [])),
  ];
}

export function checkFolder(folder: PlanFolder, today: string): CheckResult {
  const files = yamlFiles(folder);
  const byName = new Map(files.map((f) => [f.file, f]));
  const forms = new Map(folder.reports.flatMap((r) => (r.form ? [[r.file, r.form] as const] : [])));
  const diagnostics: Diagnostic[] = [
    ...files.flatMap((f) => f.diagnostics),
    ...[...forms.values()].flatMap((f) => f.diagnostics),
    ...folder.reports.flatMap((r) => (r.problem ? [r.problem] : [])),
    ...folder.problems,
  ];
  // What each file's schema said, found when it was read (load/folder.ts).
  for (const f of files) diagnostics.push(...(f.schemaDiagnostics ?? []));

  const plan = buildPlan({
    plan: { file: folder.plan.file, data: folder.plan.data },
    units: folder.units ? { file: folder.units.file, data: folder.units.data } : undefined,
    appendix: (target) => folder.appendices.get(target),
  });
  // Named as the user sees plan.yaml's path, so it reads as the file to create.
  if (!folder.units && folder.plan.data !== undefined)
    diagnostics.push(diag(folder.plan.file.replace(/plan\.yaml$/, 'units.yaml'), 'error', 'units-missing'));

  const position = (file: string, pointer: string, at?: 'key' | 'value') => {
    const f = byName.get(file);
    return f?.index ? locate(f, pointer, at) : null;
  };
  const ctx: RuleContext = {
    plan,
    folder,
    unitsUsable: folder.units?.data !== undefined,
    today,
    where: (file, pointer) => `${file}:${position(file, pointer)?.line ?? 1}`,
  };
  if (folder.plan.data !== undefined) for (const rule of RULES) diagnostics.push(...rule.run(ctx));
  // Every file of the period folders gets its one disposition from what was found so far.
  const { dispositions, found } = dispose(plan, folder.reports, diagnostics);
  diagnostics.push(...found);
  const away = new Set(dispositions.filter((d) => d.kind === 'elsewhere').map((d) => d.entry.file));
  const said = away.size
    ? diagnostics.filter((d) => !away.has(d.file) || ELSEWHERE.has(d.code))
    : diagnostics;

  for (const d of said) {
    if (d.pointer === undefined || d.line !== null || d.sheet !== null) continue;
    const form = forms.get(d.file);
    if (form) {
      // In a workbook, a problem points at the cell the value came from (or its nearest parent's).
      d.sheet = form.sheet;
      for (let p = d.pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
        const cell = form.cells.get(p);
        if (cell) {
          d.cell = cell;
          break;
        }
        if (!p) break;
      }
      continue;
    }
    const pos = position(d.file, d.pointer, d.at);
    if (pos) {
      d.line = pos.line;
      d.col = pos.col;
    }
  }
  sortProblems(dispositions);
  return { plan, diagnostics: said.sort(compareDiagnostics), dispositions };
}
