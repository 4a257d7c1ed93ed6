// dcs compile --period ID [-o FILE] [--date DD/MM/YYYY] [--number "25/BC-UBND"] [--force]: one
// workbook from a season of reports, every file of the period folder accounted for.
import { rmSync } from 'node:fs';
import type { ReportEntry } from '../load/folder.js';
import { sha256OfFile } from '../load/read.js';
import { history } from '../history/history.js';
import { t } from '../i18n/ui.js';
import { isObj } from '../util/objects.js';
import type { Io } from './io.js';
import { withProgress, type Progress } from './progress.js';
import { folderExitCode, periodSummary, type DocumentOptions } from './period-summary.js';
import { makeFolderFor, shown, tempBeside, writeAtomic } from './write.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What the sources sheet gives as a file's SHA-256: none for a file that could not be read. */
const sha256Of = (e: ReportEntry): string =>
  e.kind === 'unreadable' || e.problem ? '' : sha256OfFile(e.absolute);

export function runCompile(opts: DocumentOptions, io: Io): Promise<number> {
  return withProgress(io, opts.lang, (progress) => compile(opts, io, progress));
}

async function compile(opts: DocumentOptions, io: Io, progress: Progress): Promise<number> {
  const period = await periodSummary(opts, io, {
    prefix: 'tong-hop',
    ext: '.xlsx',
    reasonLang: opts.lang,
    sha256: (d) => sha256Of(d.entry),
    progress,
  });
  if (!period) return 1;
  const { loaded, instance, out, date, number, summary } = period;
  const { plan } = loaded;
  const { writeSummary } = await import('../excel/write-summary.js');
  const issuer = isObj(plan.raw.issuer) ? plan.raw.issuer : {};
  const signer = isObj(plan.raw.signer) ? plan.raw.signer : {};
  makeFolderFor(out);
  const tmp = tempBeside(out, 'compile.xlsx');
  let bytes: Buffer;
  progress.stage(t(opts.lang, 'progress.writing'));
  try {
    bytes = await writeSummary(
      summary,
      {
        issuerName: text(issuer.name) || plan.issuer,
        issuerShort: text(issuer.short) || plan.issuer,
        place: text(plan.raw.place),
        periodInWords: period.periodInWords,
        date,
        ...(number ? { number } : {}),
        ...(plan.number && plan.date ? { plan: { number: plan.number, date: plan.date } } : {}),
        signer: { on_behalf: text(signer.on_behalf), title: text(signer.title), name: text(signer.name) },
      },
      opts.lang,
      tmp,
      // The periods of its year up to this one, as each one's own workbook says them (never as of today).
      history(plan, loaded.dispositions, { year: period.year, upTo: instance }),
    );
  } finally {
    rmSync(tmp, { force: true });
  }
  writeAtomic(out, bytes);
  progress.end();
  const count = (k: string) => summary.sources.filter((s) => s.status === k).length;
  const used = count('used');
  const rejected = count('received-with-errors') + count('elsewhere') + count('stray');
  const missing = summary.units.filter((u) => u.state === 'missing').length;
  io.stdout(
    `${t(opts.lang, used === 0 ? 'compile.doneEmpty' : 'compile.done', { file: shown(io.cwd, out), used, rejected, missing })}\n`,
  );
  return folderExitCode(period);
}
