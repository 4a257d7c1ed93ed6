// The plan's tasks as rows to show: who leads and supports them by name, the time phrase beside
// what dcs understood it to mean, and, for one unit, its role. Pure.
import type { Lang } from '../i18n/messages.js';
import { assignmentsOf, expandRef, nameOf, type Plan, type Task } from '../model/plan.js';
import { explain } from '../time/explain.js';
import type { Meaning } from '../time/meaning.js';

export interface Party {
  ref: string;
  name: string;
  units: number;
}
export interface TaskRow {
  id: string;
  section: string | null;
  content: string;
  lead: Party;
  support: Party[];
  support_note: string | null;
  time: string | null;
  /** null when the task has no time, or its phrase is not understood (then `understood` is false). */
  meaning: Meaning | null;
  understood: boolean;
  explanation: string | null;
  output: string | null;
  mode: 'assigned' | 'requested';
  source: string;
  role?: 'lead' | 'support';
  via?: Party;
}

export function partyOf(plan: Plan, ref: string): Party {
  return { ref, name: nameOf(plan, ref), units: ref.startsWith('@') ? expandRef(plan, ref).length : 1 };
}

function row(plan: Plan, t: Task, lang: Lang): TaskRow {
  const parsed = t.schedule;
  return {
    id: t.id,
    section: t.section ?? null,
    content: t.content,
    lead: partyOf(plan, t.lead),
    support: t.support.map((s) => partyOf(plan, s)),
    support_note: t.support_note ?? null,
    time: t.time ?? null,
    meaning: parsed?.ok ? parsed.meaning : null,
    understood: parsed === undefined ? t.badTime !== true : parsed.ok,
    explanation: parsed?.ok ? explain(parsed.meaning, lang, plan.settings.beforeIsInclusive) : null,
    output: t.output ?? null,
    mode: t.mode ?? 'assigned',
    source: t.origin,
  };
}

/** Every task, or with `unit` the tasks that unit leads or supports (directly or through a group). */
export function listTasks(plan: Plan, lang: Lang, unit?: string): TaskRow[] {
  if (unit === undefined) return plan.tasks.map((t) => row(plan, t, lang));
  return assignmentsOf(plan, unit).map((a) => ({
    ...row(plan, a.task, lang),
    role: a.role,
    ...(a.via ? { via: partyOf(plan, a.via) } : {}),
  }));
}
