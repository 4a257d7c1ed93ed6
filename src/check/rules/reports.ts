// The rules of a unit report (spec §5): named after its unit, in its period's folder, about the
// unit's own tasks and indicators, with values of the right shape, sent no later than today, and
// one per unit and period. Also what else lies in a period folder.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { assignmentsOf, expandRef, isObj, parseInstance, unitOfFileName } from '../../model/plan.js';
import { reportData, type ReportEntry } from '../../load/folder.js';
import { closest } from '../../util/closest.js';
import { META_SHEET } from '../../forms/content.js';
import { formatVnDate } from '../../time/calendar.js';
import type { Rule, RuleContext } from '../context.js';

const baseName = (name: string): string => name.replace(/\.[^.]+$/, '');

function checkReport(ctx: RuleContext, r: ReportEntry, out: Diagnostic[]): void {
  const { plan } = ctx;
  const data = reportData(r);
  const file = r.file;
  const units = plan.units.map((u) => u.id);
  // A YAML report is named after its unit; a form is known by its hidden record, whatever its name.
  const nameUnit = r.kind === 'yaml' ? baseName(r.name) : undefined;
  const known = nameUnit !== undefined && units.includes(nameUnit);
  if (ctx.unitsUsable && nameUnit !== undefined && !known) {
    const suggestion = closest(nameUnit, units);
    out.push(diag(file, 'error', 'report-name-unknown-unit', { name: r.name, ...(suggestion ? { suggestion: `${suggestion}.yaml` } : {}) }, { line: 1, col: 1 }));
  }
  if (!isObj(data)) return;
  const unit = typeof data.unit === 'string' ? data.unit : undefined;
  if (unit !== undefined && ctx.unitsUsable) {
    if (!units.includes(unit)) {
      const suggestion = closest(unit, units);
      out.push(diag(file, 'error', 'unknown-unit', { ref: unit, ...(suggestion ? { suggestion } : {}) }, { pointer: '/unit' }));
    } else if (known && unit !== nameUnit) out.push(diag(file, 'error', 'report-unit-mismatch', { unit, expected: nameUnit }, { pointer: '/unit' }));
  }
  if (r.form?.meta && r.form.meta.plan !== plan.id) {
    // Another plan's form: its tasks and indicators mean nothing here.
    out.push(diag(file, 'error', 'form-other-plan', { plan: r.form.meta.plan ?? '', expected: plan.id }, { sheet: META_SHEET, cell: 'B3' }));
    return;
  }
  if (typeof data.period === 'string' && data.period !== r.instance) {
    out.push(r.form
      ? diag(file, 'error', 'form-other-period', { period: data.period, expected: r.instance }, { sheet: META_SHEET, cell: 'B5' })
      : diag(file, 'error', 'report-period-mismatch', { period: data.period, expected: r.instance }, { pointer: '/period' }));
  }
  if (typeof data.submitted === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.submitted) && data.submitted > ctx.today) {
    out.push(diag(file, 'error', 'submitted-in-future', { date: formatVnDate(data.submitted), today: formatVnDate(ctx.today) }, { pointer: '/submitted' }));
  }

  const owner = unit !== undefined && units.includes(unit) ? unit : known ? nameUnit : undefined;
  const assigned = owner ? new Set(assignmentsOf(plan, owner).map((a) => a.task.id)) : undefined;
  const taskIds = plan.tasks.map((t) => t.id);
  const seen = new Map<string, number>();
  if (Array.isArray(data.tasks)) {
    data.tasks.forEach((entry: unknown, i: number) => {
      if (!isObj(entry) || typeof entry.task !== 'string') return;
      const id = entry.task;
      const pointer = `/tasks/${i}/task`;
      if (seen.has(id)) {
        out.push(diag(file, 'error', 'report-duplicate-task', { task: id, first: ctx.where(file, `/tasks/${seen.get(id)!}/task`) }, { pointer }));
        return;
      }
      seen.set(id, i);
      if (!taskIds.includes(id)) {
        const suggestion = (assigned ? closest(id, [...assigned], 1) : undefined) ?? closest(id, taskIds, 1);
        out.push(diag(file, 'error', 'report-unknown-task', { task: id, ...(suggestion ? { suggestion } : {}) }, { pointer }));
      } else if (assigned && ctx.unitsUsable && !assigned.has(id)) {
        out.push(diag(file, 'error', 'report-task-not-assigned', { task: id, unit: owner! }, { pointer }));
      }
    });
  }
  if (isObj(data.indicators)) {
    for (const [id, value] of Object.entries(data.indicators)) {
      const pointer = `/indicators/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const indicator = plan.indicators.find((x) => x.id === id);
      if (!indicator) {
        const suggestion = closest(id, plan.indicators.map((x) => x.id));
        out.push(diag(file, 'error', 'report-unknown-indicator', { indicator: id, ...(suggestion ? { suggestion } : {}) }, { pointer, at: 'key' }));
        continue;
      }
      if (owner && ctx.unitsUsable && !expandRef(plan, indicator.reported_by).includes(owner)) {
        out.push(diag(file, 'error', 'report-indicator-not-owed', { indicator: id, unit: owner }, { pointer, at: 'key' }));
      }
      const isRatio = isObj(value);
      if (typeof value === 'number' || isRatio) {
        if ((indicator.aggregate === 'ratio') !== isRatio) out.push(diag(file, 'error', 'report-indicator-shape', { indicator: id, aggregate: indicator.aggregate }, { pointer }));
        else if (isRatio && typeof value.value === 'number' && typeof value.of === 'number' && (value.of <= 0 || value.value > value.of || value.value < 0)) {
          out.push(diag(file, 'error', 'report-indicator-ratio', { value: value.value, of: value.of }, { pointer }));
        }
      }
    }
  }
}

export const reports: Rule = (ctx) => {
  const { plan, folder } = ctx;
  const out: Diagnostic[] = [];
  const periods = plan.periods.map((p) => p.id).join(', ');
  const badFolders = new Set<string>();
  const owners = new Map<string, ReportEntry>();
  for (const r of folder.reports) {
    if (!parseInstance(plan, r.instance) && plan.periods.length > 0 && !badFolders.has(r.instance)) {
      badFolders.add(r.instance);
      out.push(diag(r.file, 'error', 'report-unknown-period', { folder: r.instance, periods }, { line: 1, col: 1 }));
    }
    if (r.kind === 'yaml' || r.kind === 'xlsx') {
      checkReport(ctx, r, out);
      const data = reportData(r);
      if (r.kind === 'xlsx' && !isObj(data)) continue;
      const unit = isObj(data) && typeof data.unit === 'string' ? data.unit : baseName(r.name);
      const key = `${r.instance}/${unit}`;
      const first = owners.get(key);
      if (first) out.push(diag(r.file, 'error', 'duplicate-report', { unit, period: r.instance, first: first.file }, { line: 1, col: 1 }));
      else owners.set(key, r);
    } else if (r.kind === 'attachment') {
      if (ctx.unitsUsable && !unitOfFileName(plan, r.name)) out.push(diag(r.file, 'warning', 'attachment-no-unit', { name: r.name }));
    } else out.push(diag(r.file, 'warning', 'report-stray-file', { name: r.name }));
  }
  return out;
};
