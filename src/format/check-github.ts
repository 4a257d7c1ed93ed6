// `dcs check --format github`: workflow commands that GitHub Actions shows on the offending lines.
import type { Lang } from '../i18n/messages.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hintOf, messageOf } from './message.js';

const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatCheckGithub(diagnostics: Diagnostic[], lang: Lang): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${prop(d.file)}`];
      if (d.line !== null) props.push(`line=${d.line}`, `col=${d.col ?? 1}`);
      const hint = hintOf(d, lang);
      const where = d.sheet ? `${d.sheet}!${d.cell ?? ''}: ` : '';
      return `::${d.severity} ${props.join(',')}::${data(`${where}[${d.code}] ${messageOf(d, lang)}${hint ? ` ${hint}` : ''}`)}\n`;
    })
    .join('');
}
