// dcs receive FILE… (alias nhan): files the reports that arrive — forms renamed by Zalo, YAML reports,
// signed scans — into reports/<period>/<unit>.<ext>, each by what it says of itself (a form's hidden
// record, a report's unit and period), never by its name. Sources are only read. Then a receipt per
// file from the one disposition every command reads (reports/disposition.ts), as `check` sees it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import { kindOf, MAX_FORM_BYTES, readYamlFile } from '../load/folder.js';
import { instanceDeadline } from '../model/periods.js';
import { parseInstance, reportingUnits, type Plan } from '../model/plan.js';
import { problemText } from '../format/message.js';
import { formatVnDate, daysBetween } from '../time/calendar.js';
import { isObj } from '../util/objects.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import type { Disposition } from '../reports/disposition.js';
import { loadPlan, periodOption, unitOption, type LoadedPlan } from './load-plan.js';
import { shown, writeAtomic } from './write.js';

export interface ReceiveOptions extends GlobalOptions {
  unit?: string;
  period?: string;
  replace?: boolean;
  commit?: boolean;
}

type Refusal = { file: string; reason: string };
interface Filing {
  file: string;
  source: string;
  unit: string;
  instance: string;
  target: string;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.normalize('NFC').trim() : undefined;

/** Who and which period a file is for, from the file itself; or why it cannot be filed. */
async function identify(
  source: string,
  shownName: string,
  plan: Plan,
  opts: { unit?: string; instance?: string; lang: Lang; cwd: string },
): Promise<{ unit: string; instance: string; ext: string } | { reason: string }> {
  const lang = opts.lang;
  const kind = kindOf(source);
  let stats;
  try {
    stats = statSync(source);
  } catch {
    return { reason: t(lang, 'receive.notFound') };
  }
  if (!stats.isFile()) return { reason: t(lang, 'receive.notAFile') };
  try {
    accessSync(source, constants.R_OK);
  } catch {
    return { reason: t(lang, 'receive.unreadable') };
  }
  let said: { plan?: string; unit?: string; period?: string };
  if (kind === 'xlsx') {
    if (stats.size > MAX_FORM_BYTES) return { reason: t(lang, 'receive.tooLarge') };
    const { readForm } = await import('../excel/read-form.js');
    const form = await readForm(readFileSync(source), shownName);
    if (!form.meta) {
      const why = form.diagnostics.find((d) => d.severity === 'error');
      return { reason: why ? problemText(why, lang) : t(lang, 'receive.notAForm') };
    }
    said = { plan: form.meta.plan, unit: form.meta.unit, period: form.meta.period };
  } else if (kind === 'yaml') {
    const y = await readYamlFile(source, opts.cwd);
    if (!isObj(y.data)) {
      const why = y.diagnostics.find((d) => d.severity === 'error');
      return { reason: why ? problemText(why, lang) : t(lang, 'receive.notAReport') };
    }
    said = { unit: text(y.data.unit), period: text(y.data.period) };
    if (!said.unit || !said.period) return { reason: t(lang, 'receive.yamlNoUnit') };
  } else if (kind === 'attachment') {
    if (!opts.unit || !opts.instance) return { reason: t(lang, 'receive.attachmentNeeds') };
    said = { unit: opts.unit, period: opts.instance };
  } else if (kind === 'old-excel') return { reason: t(lang, 'receive.oldExcel') };
  else return { reason: t(lang, 'receive.notAReport') };

  if (said.plan !== undefined && said.plan !== plan.id)
    return { reason: t(lang, 'receive.otherPlan', { plan: said.plan ?? '', expected: plan.id }) };
  if (!said.period || !parseInstance(plan, said.period))
    return { reason: t(lang, 'receive.unknownPeriod', { period: said.period ?? '' }) };
  if (!said.unit || !plan.units.some((u) => u.id === said.unit))
    return { reason: t(lang, 'receive.unknownUnit', { unit: said.unit ?? '' }) };
  // --unit and --period name what is expected: a file that says otherwise is not filed under them.
  if (opts.instance && said.period !== opts.instance)
    return { reason: t(lang, 'receive.notThatPeriod', { period: said.period, expected: opts.instance }) };
  if (opts.unit && said.unit !== opts.unit)
    return { reason: t(lang, 'receive.notThatUnit', { unit: said.unit, expected: opts.unit }) };
  if (kind !== 'attachment' && !reportingUnits(plan).includes(said.unit))
    return { reason: t(lang, 'receive.notReporter', { unit: said.unit }) };
  return {
    unit: said.unit,
    instance: said.period,
    ext: kind === 'yaml' ? '.yaml' : extname(source).toLowerCase(),
  };
}

/** Where an attachment goes: its own name, begun with the unit's id so the folder tells whose it is. */
function attachmentName(unit: string, source: string): string {
  const name = basename(source).normalize('NFC');
  return name.toLowerCase().startsWith(`${unit}-`) ? name : `${unit}-${name}`;
}

/** Another file in the period folder that already is this unit's report (the one disposition says so). */
function claimOf(loaded: LoadedPlan, instance: string, unit: string): string | undefined {
  return loaded.dispositions.find(
    (d) =>
      d.entry.instance === instance &&
      d.unit === unit &&
      (d.kind === 'used' || d.kind === 'received-with-errors'),
  )?.entry.absolute;
}

const inGit = (dir: string): boolean =>
  spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' }).status === 0;

function commitFiled(dir: string, filed: Filing[], receipts: string[], lang: Lang): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  const paths = filed.map((f) => f.target);
  const add = git(['add', '--', ...paths]);
  if (add.status !== 0) return add.stderr.trim();
  const subject = t(lang, 'receive.commitSubject', { count: filed.length });
  const commit = git(['commit', '-q', '-m', `${subject}\n\n${receipts.join('\n')}`, '--', ...paths]);
  return commit.status === 0 ? undefined : commit.stderr.trim() || commit.stdout.trim();
}

/** Where an identified file goes, or why it may not go there: the one decision of what is filed. */
function place(
  source: string,
  id: { unit: string; instance: string; ext: string },
  o: { before: LoadedPlan; filings: Filing[]; replace: boolean; io: Io; lang: Lang },
): { target: string; bytes: Buffer; unit: string; instance: string } | { reason: string } {
  const { lang } = o;
  const isReport = id.ext === '.yaml' || id.ext === '.xlsx';
  const name = isReport ? `${id.unit}${id.ext}` : attachmentName(id.unit, source);
  const target = join(o.before.folder.dir, 'reports', id.instance, name);
  const shownTarget = shown(o.io.cwd, target);
  // Given twice in one run, or two reports of one unit and period in one run.
  const twin = o.filings.find(
    (f) =>
      f.target === target ||
      (isReport && f.unit === id.unit && f.instance === id.instance && /\.(yaml|xlsx)$/.test(f.target)),
  );
  if (twin)
    return {
      reason:
        twin.source === source ? t(lang, 'receive.sameFile') : t(lang, 'receive.twice', { other: twin.file }),
    };
  // A report of the unit already in the folder under another name (a form filed by hand): replacing
  // one file cannot remove the other, and two reports for one unit count as none.
  const other = isReport ? claimOf(o.before, id.instance, id.unit) : undefined;
  if (source === target || other === source) return { reason: t(lang, 'receive.alreadyThere') };
  const bytes = readFileSync(source);
  if (existsSync(target)) {
    if (readFileSync(target).equals(bytes))
      return { reason: t(lang, 'receive.identical', { target: shownTarget }) };
    if (!o.replace) return { reason: t(lang, 'receive.exists', { target: shownTarget }) };
  }
  if (other && other !== target)
    return { reason: t(lang, 'receive.otherClaim', { other: shown(o.io.cwd, other) }) };
  return { target, bytes, unit: id.unit, instance: id.instance };
}

/** A report filed this long after its deadline is most likely an old form used by mistake: said so. */
const STALE_DAYS = 90;

export async function runReceive(files: string[], opts: ReceiveOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const before = await loadPlan(opts, io);
  const { plan, folder } = before;
  const unit = unitOption(before, opts.unit);
  const instance = opts.period === undefined ? undefined : periodOption(before, opts.period);
  if (files.length === 0) throw new UsageError('usage.needFiles');
  // Asked to commit where there is no git: said before anything is filed.
  if (opts.commit && !inGit(folder.dir)) throw new UsageError('usage.receiveNotGit');

  // Each file given, in order: filed (with what it replaced, if anything), or refused with the reason.
  const outcomes: (Refusal | (Filing & { replaced?: Disposition }))[] = [];
  const filings: Filing[] = [];
  for (const given of files) {
    const source = resolve(io.cwd, given);
    const id = await identify(source, given, plan, { unit, instance, lang, cwd: io.cwd });
    const placed =
      'reason' in id ? id : place(source, id, { before, filings, replace: opts.replace === true, io, lang });
    if ('reason' in placed) {
      outcomes.push({ file: given, reason: placed.reason });
      continue;
    }
    const replaced = before.dispositions.find((d) => d.entry.absolute === placed.target);
    writeAtomic(placed.target, placed.bytes);
    const filing = {
      file: given,
      source,
      unit: placed.unit,
      instance: placed.instance,
      target: placed.target,
    };
    filings.push(filing);
    outcomes.push({ ...filing, ...(replaced ? { replaced } : {}) });
  }

  // The receipts: what every command now makes of each filed file — its errors and its warnings (a
  // task left blank is not reported), never a ✓ over a problem.
  const after = filings.length > 0 ? await loadPlan(opts, io) : before;
  let problemsFound = 0;
  const receipts: string[] = [];
  for (const o of outcomes) {
    if ('reason' in o) {
      receipts.push(`✗ ${o.file}: ${t(lang, 'receive.refused')} — ${o.reason}`);
      continue;
    }
    const d = after.dispositions.find((x) => x.entry.absolute === o.target);
    const unitName = after.plan.units.find((u) => u.id === o.unit)?.name ?? o.unit;
    const head = `${o.instance} · ${unitName} · ${shown(io.cwd, o.target)}`;
    const problems = after.diagnostics.filter((x) => x.file === d?.entry.file);
    const errors = problems.filter((x) => x.severity === 'error').length;
    let state: string;
    const notes: string[] = [];
    if (!d || d.kind === 'attachment') state = t(lang, 'receive.attachment');
    else if (d.kind === 'used') {
      const submitted = d.report?.submitted;
      const deadline = instanceDeadline(after.plan, o.instance);
      const late = submitted && deadline ? daysBetween(deadline, submitted) : 0;
      state = `${t(lang, 'receive.sent', { date: submitted ? formatVnDate(submitted) : '' })}, ${
        late > 0 ? t(lang, 'receive.late', { days: late }) : t(lang, 'receive.onTime')
      }`;
      if (late > STALE_DAYS) notes.push(t(lang, 'receive.stale', { period: o.instance }));
    } else state = t(lang, 'receive.needsFixing', { errors });
    const info: string[] = [];
    if (o.replaced)
      info.push(
        t(lang, 'receive.replaced', {
          date: o.replaced.report?.submitted ? formatVnDate(o.replaced.report.submitted) : '—',
          state: t(lang, o.replaced.kind === 'used' ? 'receive.wasUsed' : 'receive.wasRejected'),
        }),
      );
    problemsFound += problems.length + notes.length;
    const lines = [`${problems.length || notes.length ? '!' : '✓'} ${head}: ${state}`];
    for (const n of [...info, ...notes]) lines.push(`    ${n}`);
    for (const p of problems.slice(0, 5))
      lines.push(`    ${p.severity === 'error' ? '' : `${t(lang, 'warning')}: `}${problemText(p, lang)}`);
    if (problems.length > 5) lines.push(`    ${t(lang, 'receive.more', { count: problems.length - 5 })}`);
    receipts.push(lines.join('\n'));
  }
  const refused = outcomes.length - filings.length;
  io.stdout(
    `${receipts.join('\n')}\n\n${t(lang, 'receive.summary', { filed: filings.length, refused, problems: problemsFound })}\n`,
  );

  if (opts.commit && filings.length > 0) {
    const failed = commitFiled(
      folder.dir,
      filings,
      receipts.filter((r) => !r.startsWith('✗')),
      lang,
    );
    if (failed) {
      io.stderr(`dcs: ${t(lang, 'receive.commitFailed', { detail: failed })}\n`);
      return 2;
    }
    io.stdout(`${t(lang, 'receive.committed', { count: filings.length })}\n`);
  }
  return refused > 0 || problemsFound > 0 ? 1 : 0;
}
