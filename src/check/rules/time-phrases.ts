// bad-time-phrase, impossible-date, bad-period-deadline: every `time` and every report deadline is
// a phrase the grammar of spec §3 understands.
import { diag, type Diagnostic } from '../../model/diagnostic.js';
import { parsePhrase } from '../../time/phrase.js';
import type { Rule } from '../context.js';

function phraseProblem(phrase: string, file: string, pointer: string): Diagnostic | undefined {
  const r = parsePhrase(phrase);
  if (r.ok) return undefined;
  if (r.error === 'impossible-date') return diag(file, 'error', 'impossible-date', { value: r.value }, { pointer });
  return diag(file, 'error', 'bad-time-phrase', { phrase, part: r.part, suggestion: r.suggestion }, { pointer });
}

export const timePhrases: Rule = ({ plan }) => {
  const out: Diagnostic[] = [];
  for (const t of plan.tasks) {
    if (typeof t.time !== 'string') continue;
    const d = phraseProblem(t.time, t.file, `${t.pointer}/time`);
    if (d) out.push(d);
  }
  for (const p of plan.periods) {
    if (!p.deadline) continue;
    const pointer = `${p.pointer}/deadline`;
    const d = phraseProblem(p.deadline, p.file, pointer);
    if (d) { out.push(d); continue; }
    const r = parsePhrase(p.deadline);
    if (r.ok && r.meaning.kind !== 'yearly') out.push(diag(p.file, 'error', 'bad-period-deadline', { phrase: p.deadline }, { pointer }));
  }
  return out;
};
