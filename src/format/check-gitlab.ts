// `dcs check --format gitlab`: a GitLab Code Quality report (the Code Climate JSON subset GitLab reads),
// which a merge request shows beside the changed lines. Each problem's fingerprint is stable across runs
// so GitLab can tell new problems from fixed ones.
import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hintOf, messageOf } from './message.js';

export function formatCheckGitlab(diagnostics: Diagnostic[], lang: Lang): string {
  const rows = diagnostics.map((d) => {
    const where = d.sheet ? `${d.sheet}!${d.cell ?? ''}: ` : '';
    const hint = hintOf(d, lang);
    return {
      description: `${where}${messageOf(d, lang)}${hint ? ` ${hint}` : ''}`,
      check_name: d.code,
      fingerprint: createHash('sha256')
        .update([d.file, d.line ?? '', d.col ?? '', d.sheet ?? '', d.cell ?? '', d.code].join('\0'))
        .digest('hex')
        .slice(0, 32),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: d.file, lines: { begin: d.line ?? 1 } },
    };
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}
