// bad-time-phrase, impossible-date, bad-period-deadline: every `time` and every report deadline is
// a phrase the grammar of docs/design.md §3 understands.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { addDays, formatVnDate, weekday } from '../../time/calendar.js';
import type { Meaning, ParseResult } from '../../time/meaning.js';
import type { RuleCheck } from '../context.js';

function phraseProblem(
  r: ParseResult,
  phrase: string,
  file: string,
  pointer: string,
): Diagnostic | undefined {
  if (r.ok) return undefined;
  if (r.error === 'impossible-date')
    return diag(file, 'error', 'impossible-date', { value: r.value }, { pointer });
  return diag(
    file,
    'error',
    'bad-time-phrase',
    { phrase, part: r.part, suggestion: r.suggestion },
    { pointer },
  );
}

/** The one-off last allowed days of a meaning ("Trước ngày 30/6/2026" → 2026-06-29). */
function fixedDays(m: Meaning, inclusive: boolean): string[] {
  if (m.kind === 'all') return m.parts.flatMap((p) => fixedDays(p, inclusive));
  return m.kind === 'once' && !m.span ? [m.before && !inclusive ? addDays(m.date, -1) : m.date] : [];
}

export const timePhrases: RuleCheck = ({ plan }) => {
  const out: Diagnostic[] = [];
  for (const t of plan.tasks) {
    const r = t.schedule;
    if (t.time === undefined || r === undefined) continue;
    const pointer = `${t.pointer}/time`;
    const d = phraseProblem(r, t.time, t.file, pointer);
    if (d) {
      out.push(d);
      continue;
    }
    if (!r.ok) continue;
    // A clerk wants to know about a deadline that has passed before the plan starts, or that
    // falls on a weekend; neither is an error.
    const once =
      r.meaning.kind === 'once'
        ? [
            r.meaning.before && !plan.settings.beforeIsInclusive
              ? addDays(r.meaning.date, -1)
              : r.meaning.date,
          ]
        : [];
    for (const day of once)
      if (plan.start && day < plan.start)
        out.push(
          diag(
            t.file,
            'warning',
            'deadline-before-start',
            { date: formatVnDate(day), start: formatVnDate(plan.start) },
            { pointer },
          ),
        );
    for (const day of fixedDays(r.meaning, plan.settings.beforeIsInclusive)) {
      if (weekday(day) === 0 || weekday(day) === 6)
        out.push(
          diag(
            t.file,
            'warning',
            'deadline-on-weekend',
            { date: formatVnDate(day), weekday: weekday(day) },
            { pointer },
          ),
        );
    }
  }
  for (const p of plan.periods) {
    if (!p.deadline) continue;
    const pointer = `${p.pointer}/deadline`;
    const d = phraseProblem(p.schedule, p.deadline, p.file, pointer);
    if (d) {
      out.push(d);
      continue;
    }
    const r = p.schedule;
    if (r.ok && r.meaning.kind !== 'yearly')
      out.push(diag(p.file, 'error', 'bad-period-deadline', { phrase: p.deadline }, { pointer }));
  }
  return out;
};
