import type { PlanFolder } from '../load/folder.js';
import type { Plan } from '../model/plan.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { MessageCode } from '../i18n/messages.js';

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

/**
 * A rule: one kind of problem, its stable codes with their severity, what it means in both
 * languages (the README's table of codes is made from this), and the check itself, which returns
 * the diagnostics it finds.
 */
export interface Rule {
  name: string;
  codes: Partial<Record<MessageCode, Severity>>;
  description: { vi: string; en: string };
  run: RuleCheck;
}

/** The check of a rule: what it finds, as diagnostics (it never throws or prints). */
export type RuleCheck = (ctx: RuleContext) => Diagnostic[];
