import type { PlanFolder } from '../load/folder.js';
import type { Plan } from '../model/plan.js';
import type { Diagnostic } from '../model/diagnostic.js';

export interface RuleContext {
  plan: Plan;
  folder: PlanFolder;
  /** False when units.yaml is missing or unreadable: reference rules then stay silent. */
  unitsUsable: boolean;
  /** Today's date in the plan's time zone (ISO). */
  today: string;
  /** "file:line" of a pointer, for messages that name another place ("first used at …"). */
  where: (file: string, pointer: string) => string;
}

/** A rule: one kind of problem, one stable code (or a few close ones), its own tests. */
export type Rule = (ctx: RuleContext) => Diagnostic[];
