// dcs compile --period ID [-o FILE] [--force]: one workbook from a season of reports.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { summarise } from '../compile/summary.js';
import { instanceDeadline, periodInWords } from '../model/periods.js';
import { messageOf } from '../format/message.js';
import { t } from '../i18n/ui.js';
import { parseInstance } from '../model/plan.js';
import { addDays, toIso } from '../time/calendar.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption } from './load-plan.js';
import { refuseOverwrite, shown, writeAtomic } from './write.js';

export interface CompileOptions extends GlobalOptions { period?: string; output?: string; force?: boolean }

/** The document date: SOURCE_DATE_EPOCH when set (reproducible builds), else the day after the
 * period's last allowed day — never "now", so the same inputs give the same file. */
function documentDate(env: NodeJS.ProcessEnv, deadline: string): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) {
    const d = new Date(epoch * 1000);
    return toIso({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  }
  return addDays(deadline, 1);
}

export async function runCompile(opts: CompileOptions, io: Io): Promise<number> {
  const loaded = await loadPlan(opts, io);
  const instance = periodOption(loaded, opts.period);
  const { plan, folder } = loaded;
  const out = resolve(io.cwd, opts.output ?? join('dist', `tong-hop-${instance}.xlsx`));
  refuseOverwrite([out], opts.force === true, io.cwd);

  // The plan itself must be sound: a summary of an invalid plan would count the wrong things.
  const planErrors = loaded.diagnostics.filter((d) => d.severity === 'error' && !folder.reports.some((r) => r.file === d.file));
  if (planErrors.length) {
    io.stderr(`dcs: ${t(opts.lang, 'compile.invalidPlan', { errors: planErrors.length })}\n`);
    return 1;
  }
  const entries = folder.reports.filter((r) => r.instance === instance);
  const deadline = instanceDeadline(plan, instance)!;
  const summary = summarise({
    plan, instance, deadline, entries, diagnostics: loaded.diagnostics,
    reasonOf: (d) => `${d.sheet ? `${d.sheet}!${d.cell ?? ''}: ` : d.line ? `${opts.lang === 'vi' ? 'dòng' : 'line'} ${d.line}: ` : ''}${messageOf(d, opts.lang)}`,
    sha256: (e) => createHash('sha256').update(readFileSync(e.absolute)).digest('hex'),
  });
  const used = summary.sources.filter((s) => s.status === 'used').length;
  if (used === 0) throw new UsageError('usage.noReports', { period: instance, dir: shown(io.cwd, join(folder.dir, 'reports', instance)) });

  const p = parseInstance(plan, instance)!;
  const { writeSummary } = await import('../excel/write-summary.js');
  const issuer = plan.raw.issuer as { name?: string; short?: string } | undefined;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = join(dirname(out), `.${process.pid}.compile.xlsx`);
  const bytes = await writeSummary(summary, {
    issuerName: issuer?.name ?? plan.issuer, issuerShort: issuer?.short ?? plan.issuer,
    place: typeof plan.raw.place === 'string' ? plan.raw.place : '',
    periodInWords: periodInWords(p.period.name, p.year),
    date: documentDate(io.env, deadline),
    signer: plan.raw.signer as { on_behalf: string; title: string; name: string },
  }, opts.lang, tmp);
  writeAtomic(out, bytes);
  const rejected = summary.sources.filter((s) => s.status === 'rejected').length;
  io.stdout(`${t(opts.lang, 'compile.done', { file: shown(io.cwd, out), used, rejected, missing: summary.units.filter((u) => !u.received).length })}\n`);
  return rejected > 0 ? 1 : 0;
}
