// dcs compile --period ID [-o FILE] [--date DD/MM/YYYY] [--number "25/BC-UBND"] [--force]: one
// workbook from a season of reports, every file of the period folder accounted for.
import { createHash } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import type { ReportEntry } from '../load/folder.js';
import { join, resolve } from 'node:path';
import { summarise } from '../compile/summary.js';
import { history } from '../history/history.js';
import { instanceDeadline, periodInWords } from '../model/periods.js';
import { problemText } from '../format/message.js';
import { t } from '../i18n/ui.js';
import { parseInstance } from '../model/plan.js';
import { isObj } from '../util/objects.js';
import { ofInstance } from '../reports/disposition.js';
import { formatVnDate, MAX_YEAR, MIN_YEAR, toIso } from '../time/calendar.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption } from './load-plan.js';
import { makeFolderFor, refuseOverwrite, shown, tempBeside, writeAtomic } from './write.js';

export interface CompileOptions extends GlobalOptions {
  period?: string;
  output?: string;
  force?: boolean;
  date?: string;
  number?: string;
}

/** SOURCE_DATE_EPOCH (seconds, as reproducible builds define it) as a date, when set. */
export function epochDate(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (!raw) return undefined;
  const d = /^\d{1,12}$/.test(raw.trim()) ? new Date(Number(raw) * 1000) : null;
  const y = d?.getUTCFullYear() ?? NaN;
  if (!d || !(y >= MIN_YEAR && y <= MAX_YEAR)) throw new UsageError('usage.badEpoch', { value: raw });
  return toIso({ y, m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A file's SHA-256, read in chunks (a scanned attachment can be large); only regular files are
 * read — a FIFO would block forever, a device never end. Empty when it cannot be read. */
async function sha256Of(e: ReportEntry): Promise<string> {
  if (e.kind === 'unreadable' || e.problem) return '';
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(e.absolute)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return '';
  }
}

export async function runCompile(opts: CompileOptions, io: Io): Promise<number> {
  const date = opts.date === undefined ? epochDate(io.env) : parseDateOption(opts.date, io, opts.lang);
  const number = opts.number?.trim() || undefined;
  const loaded = await loadPlan(opts, io);
  const instance = periodOption(loaded, opts.period);
  const { plan, folder } = loaded;
  const out = resolve(io.cwd, opts.output ?? join(folder.dir, 'tong-hop', `tong-hop-${instance}.xlsx`));
  refuseOverwrite([out], opts.force === true, io.cwd);

  // The plan itself must be sound: a summary of an invalid plan would count the wrong things.
  if (loaded.planErrors) {
    io.stderr(`dcs: ${t(opts.lang, 'compile.invalidPlan', { errors: loaded.planErrors })}\n`);
    return 1;
  }
  const files = ofInstance(loaded.dispositions, instance);
  const hashes = new Map<string, string>();
  for (const f of files) hashes.set(f.entry.file, await sha256Of(f.entry));
  const deadline = instanceDeadline(plan, instance)!;
  const summary = summarise({
    plan,
    instance,
    deadline,
    files,
    reasonOf: (d) => problemText(d, opts.lang),
    sha256: (d) => hashes.get(d.entry.file) ?? '',
  });

  const latest = summary.latest;
  if (date && latest && latest > date)
    io.stderr(
      `dcs: ${t(opts.lang, 'compile.dateBeforeReport', { date: formatVnDate(date), latest: formatVnDate(latest) })}\n`,
    );
  const p = parseInstance(plan, instance)!;
  const { writeSummary } = await import('../excel/write-summary.js');
  const issuer = isObj(plan.raw.issuer) ? plan.raw.issuer : {};
  const signer = isObj(plan.raw.signer) ? plan.raw.signer : {};
  makeFolderFor(out);
  const tmp = tempBeside(out, 'compile.xlsx');
  let bytes: Buffer;
  try {
    bytes = await writeSummary(
      summary,
      {
        issuerName: text(issuer.name) || plan.issuer,
        issuerShort: text(issuer.short) || plan.issuer,
        place: text(plan.raw.place),
        periodInWords: periodInWords(p.period.name, p.year),
        date: date ?? summary.date,
        ...(number ? { number } : {}),
        ...(plan.number && plan.date ? { plan: { number: plan.number, date: plan.date } } : {}),
        signer: { on_behalf: text(signer.on_behalf), title: text(signer.title), name: text(signer.name) },
      },
      opts.lang,
      tmp,
      // The periods of its year up to this one, as each one's own workbook says them (never as of today).
      history(plan, loaded.dispositions, { year: p.year, upTo: instance }),
    );
  } finally {
    rmSync(tmp, { force: true });
  }
  writeAtomic(out, bytes);
  const count = (k: string) => summary.sources.filter((s) => s.status === k).length;
  const used = count('used');
  const rejected = count('received-with-errors') + count('elsewhere') + count('stray');
  const missing = summary.units.filter((u) => u.state === 'missing').length;
  io.stdout(
    `${t(opts.lang, used === 0 ? 'compile.doneEmpty' : 'compile.done', { file: shown(io.cwd, out), used, rejected, missing })}\n`,
  );
  // Any error in the period folder is a finding: the same files `check` fails on.
  const inFolder = new Set(files.map((f) => f.entry.file));
  const folderErrors = loaded.diagnostics.some((d) => d.severity === 'error' && inFolder.has(d.file));
  return folderErrors ? 1 : 0;
}
