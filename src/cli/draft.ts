// dcs draft --period ID [-o FILE] [--date DD/MM/YYYY] [--number "25/BC-UBND"] [--force]: the ward's
// Báo cáo for one period as a Word document, from the same summary the workbook is made of, for the
// clerk to edit rather than type.
import { draftReport } from '../compile/draft.js';
import { t } from '../i18n/ui.js';
import type { Io } from './io.js';
import { withProgress, type Progress } from './progress.js';
import { folderExitCode, periodSummary, type DocumentOptions } from './period-summary.js';
import { shown, writeAtomic } from './write.js';

export function runDraft(opts: DocumentOptions, io: Io): Promise<number> {
  return withProgress(io, opts.lang, (progress) => draft(opts, io, progress));
}

async function draft(opts: DocumentOptions, io: Io, progress: Progress): Promise<number> {
  // The document is Vietnamese whatever --lang says (src/i18n/report.ts).
  const period = await periodSummary(opts, io, {
    prefix: 'bao-cao',
    ext: '.docx',
    reasonLang: 'vi',
    progress,
  });
  if (!period) return 1;
  progress.stage(t(opts.lang, 'progress.drafting'));
  const { loaded, out, date, number, summary } = period;
  const { plan, folder } = loaded;
  const report = draftReport({
    plan,
    summary,
    appendix: (target) => folder.appendices.get(target)?.data,
    periodInWords: period.periodInWords,
    date,
    ...(number ? { number } : {}),
  });
  // docx is loaded only here: check, due and the rest never pay for it.
  const { writeReport } = await import('../word/write-report.js');
  writeAtomic(out, await writeReport(report, date));
  progress.end();
  io.stdout(
    `${t(opts.lang, 'draft.done', {
      file: shown(io.cwd, out),
      tasks: summary.tasks.length,
      used: summary.sources.filter((s) => s.status === 'used').length,
      missing: summary.units.filter((u) => u.state === 'missing').length,
      fill: report.toFill,
    })}\n`,
  );
  return folderExitCode(period);
}
