// unknown-unit, unknown-group, group-not-allowed: every reference names a unit or group of
// units.yaml; a mistyped one gets the nearest id (or the id of the unit whose name it resembles).
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import type { Plan } from '../../model/plan.js';
import { closest, fold } from '../../util/closest.js';
import type { RuleCheck } from '../context.js';

interface Ref {
  ref: string;
  file: string;
  pointer: string;
  unitOnly?: boolean;
}

function collect(plan: Plan): Ref[] {
  const refs: Ref[] = [];
  for (const t of plan.tasks) {
    if (t.lead) refs.push({ ref: t.lead, file: t.file, pointer: `${t.pointer}/lead` });
    t.support.forEach((s, i) => refs.push({ ref: s, file: t.file, pointer: `${t.pointer}/support/${i}` }));
  }
  if (plan.receiver) refs.push({ ...plan.receiver, unitOnly: true });
  refs.push(...plan.reporters);
  for (const ind of plan.indicators)
    if (ind.reported_by)
      refs.push({ ref: ind.reported_by, file: ind.file, pointer: `${ind.pointer}/reported_by` });
  return refs;
}

export function suggestUnit(plan: Plan, ref: string): string | undefined {
  const id = closest(
    ref,
    plan.units.map((u) => u.id),
  );
  if (id) return id;
  // "kinh-te-ha-tang" → the unit whose name holds all those words: "Phòng Kinh tế, Hạ tầng và Đô thị".
  const wanted = fold(ref)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const named = plan.units.filter((u) => {
    const words = new Set(fold(u.name).split(/[^a-z0-9]+/));
    return wanted.length > 0 && wanted.every((w) => words.has(w));
  });
  return named.length === 1 ? named[0]!.id : undefined;
}

export function checkRef(plan: Plan, r: Ref): Diagnostic | undefined {
  const units = new Set(plan.units.map((u) => u.id));
  if (r.ref.startsWith('@')) {
    const id = r.ref.slice(1);
    if (r.unitOnly) return diag(r.file, 'error', 'group-not-allowed', { ref: r.ref }, { pointer: r.pointer });
    if (plan.groups.some((g) => g.id === id)) return undefined;
    const suggestion = closest(
      id,
      plan.groups.map((g) => g.id),
    );
    return diag(
      r.file,
      'error',
      'unknown-group',
      { ref: r.ref, ...(suggestion ? { suggestion: `@${suggestion}` } : {}) },
      { pointer: r.pointer },
    );
  }
  if (units.has(r.ref)) return undefined;
  const group = plan.groups.some((g) => g.id === r.ref) && !r.unitOnly ? `@${r.ref}` : undefined;
  const suggestion = group ?? suggestUnit(plan, r.ref);
  return diag(
    r.file,
    'error',
    'unknown-unit',
    { ref: r.ref, ...(suggestion ? { suggestion } : {}) },
    { pointer: r.pointer },
  );
}

export const references: RuleCheck = (ctx) => {
  if (!ctx.unitsUsable) return [];
  const out = collect(ctx.plan)
    .map((r) => checkRef(ctx.plan, r))
    .filter((d): d is Diagnostic => d !== undefined);
  // Members named by a group in units.yaml.
  const raw = ctx.folder.units?.data as { groups?: unknown } | undefined;
  if (Array.isArray(raw?.groups)) {
    raw.groups.forEach((g: unknown, i: number) => {
      if (typeof g !== 'object' || g === null) return;
      for (const field of ['units', 'except'] as const) {
        const ids = (g as Record<string, unknown>)[field];
        if (!Array.isArray(ids)) continue;
        ids.forEach((id: unknown, k: number) => {
          if (typeof id !== 'string') return;
          const d = checkRef(ctx.plan, {
            ref: id,
            file: ctx.folder.units!.file,
            pointer: `/groups/${i}/${field}/${k}`,
            unitOnly: true,
          });
          if (d) out.push(d);
        });
      }
    });
  }
  return out;
};

export const leadIsSupport: RuleCheck = (ctx) =>
  ctx.plan.tasks.flatMap((t) =>
    t.support.flatMap((s, i) =>
      t.lead && s === t.lead
        ? [
            diag(
              t.file,
              'error',
              'lead-is-support',
              { ref: s, task: t.id },
              { pointer: `${t.pointer}/support/${i}` },
            ),
          ]
        : [],
    ),
  );
