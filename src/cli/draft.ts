// dcs draft --period ID [-o FILE] [--date DD/MM/YYYY] [--number "25/BC-UBND"] [--force]: the ward's
// Báo cáo for one period as a Word document, from the same summary the workbook is made of, for the
// clerk to edit rather than type.
import { join, resolve } from 'node:path';
import { draftReport } from '../compile/draft.js';
import { summarise } from '../compile/summary.js';
import { problemText } from '../format/message.js';
import { t } from '../i18n/ui.js';
import { instanceDeadline, periodInWords } from '../model/periods.js';
import { parseInstance } from '../model/plan.js';
import { ofInstance } from '../reports/disposition.js';
import { formatVnDate } from '../time/calendar.js';
import { epochDate } from './compile.js';
import { parseDateOption } from './dates.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption } from './load-plan.js';
import { refuseOverwrite, shown, writeAtomic } from './write.js';

export interface DraftOptions extends GlobalOptions {
  period?: string;
  output?: string;
  force?: boolean;
  date?: string;
  number?: string;
}

export async function runDraft(opts: DraftOptions, io: Io): Promise<number> {
  const date = opts.date === undefined ? epochDate(io.env) : parseDateOption(opts.date, io, opts.lang);
  const number = opts.number?.trim() || undefined;
  const loaded = await loadPlan(opts, io);
  const instance = periodOption(loaded, opts.period);
  const { plan, folder } = loaded;
  const out = resolve(io.cwd, opts.output ?? join(folder.dir, 'tong-hop', `bao-cao-${instance}.docx`));
  refuseOverwrite([out], opts.force === true, io.cwd);

  // A report on an invalid plan would count the wrong things: the same rule as compile.
  if (loaded.planErrors) {
    io.stderr(`dcs: ${t(opts.lang, 'compile.invalidPlan', { errors: loaded.planErrors })}\n`);
    return 1;
  }
  const files = ofInstance(loaded.dispositions, instance);
  const summary = summarise({
    plan,
    instance,
    deadline: instanceDeadline(plan, instance)!,
    files,
    // The document is Vietnamese whatever --lang says (src/i18n/report.ts).
    reasonOf: (d) => problemText(d, 'vi'),
    sha256: () => '',
  });
  const latest = summary.latest;
  if (date && latest && latest > date)
    io.stderr(
      `dcs: ${t(opts.lang, 'compile.dateBeforeReport', { date: formatVnDate(date), latest: formatVnDate(latest) })}\n`,
    );
  const p = parseInstance(plan, instance)!;
  const draft = draftReport({
    plan,
    summary,
    appendix: (target) => folder.appendices.get(target)?.data,
    periodInWords: periodInWords(p.period.name, p.year),
    date: date ?? summary.date,
    ...(number ? { number } : {}),
  });
  // docx is loaded only here: check, due and the rest never pay for it.
  const { writeReport } = await import('../word/write-report.js');
  writeAtomic(out, await writeReport(draft, date ?? summary.date));
  io.stdout(
    `${t(opts.lang, 'draft.done', {
      file: shown(io.cwd, out),
      tasks: summary.tasks.length,
      used: summary.sources.filter((s) => s.status === 'used').length,
      missing: summary.units.filter((u) => u.state === 'missing').length,
      fill: draft.toFill,
    })}\n`,
  );
  // Any error in the period folder is a finding: the same files `check` fails on.
  const inFolder = new Set(files.map((f) => f.entry.file));
  return loaded.diagnostics.some((d) => d.severity === 'error' && inFolder.has(d.file)) ? 1 : 0;
}
