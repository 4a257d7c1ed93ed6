// The ward's Báo cáo for one period, as text: the plan's tasks in the plan's order, under each the
// counts and every unit's own words, then difficulties, proposals, who sent what, and the signer.
// Pure: it reads the summary (summary.ts) and the plan, and decides nothing they have not decided.
import { REPORT } from '../i18n/report.js';
import { WORDS } from '../i18n/workbook.js';
import { nameOf, type Plan, type Task } from '../model/plan.js';
import { formatVnDate } from '../time/calendar.js';
import { isObj } from '../util/objects.js';
import type { Summary, TaskCount, UnitRow } from './summary.js';

/** A stretch of text; `fill` marks what the clerk must still write (highlighted in the document). */
export interface Line {
  text: string;
  fill?: boolean;
}
export interface DraftTask {
  id: string;
  content: string;
  /** "3/5 đơn vị hoàn thành; 2 đơn vị chưa báo cáo", or null when no reporting unit owes the task. */
  count: string | null;
  /** Each unit's result, "VHXH: …", in the order of units.yaml; or one line for the clerk to fill. */
  lines: Line[];
}
export interface DraftGroup {
  /** A section of the plan ("Mục IV.1"), an objective or a measure of an appendix; null for none. */
  heading: string | null;
  tasks: DraftTask[];
}
export interface DraftPart {
  title: string;
  groups: DraftGroup[];
}
export interface DraftIndicator {
  name: string;
  unit: string;
  target: string;
  achieved: string;
  rate: string;
}
export interface Draft {
  /** "ỦY BAN NHÂN DÂN" and "PHƯỜNG HỒNG AN" (the second empty for another kind of issuer). */
  parent: string;
  body: string;
  number: string;
  placeDate: string;
  subject: string;
  opening: string;
  submission: string;
  parts: DraftPart[];
  indicators: DraftIndicator[];
  difficulties: Line[];
  proposals: Line[];
  closing: string;
  recipients: string[];
  signer: { on_behalf: string; title: string; name: string };
  /** How many tasks the clerk must still write a result for. */
  toFill: number;
}

export interface DraftInput {
  plan: Plan;
  summary: Summary;
  /** An appendix file's data, by its name in plan.yaml: the objectives and measures tasks serve. */
  appendix: (target: string) => unknown;
  /** "Báo cáo 6 tháng năm 2026", as the workbook says it. */
  periodInWords: string;
  /** The document's date (ISO) and number, e.g. "25/BC-UBND". */
  date: string;
  number?: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A unit as the document names it: its short name, else its name. */
export function shortName(plan: Plan, id: string): string {
  const u = plan.units.find((x) => x.id === id);
  return u?.short?.trim() || u?.name || id;
}

function countLine(c: TaskCount): string | null {
  if (c.assigned === 0) return null;
  const w = REPORT.counts;
  return [
    w.done(c.done, c.assigned),
    ...(c.inProgress ? [w.inProgress(c.inProgress)] : []),
    ...(c.notStarted ? [w.notStarted(c.notStarted)] : []),
    ...(c.notApplicable ? [w.notApplicable(c.notApplicable)] : []),
    ...(c.notReported ? [w.notReported(c.notReported)] : []),
  ].join('; ');
}

function draftTask(i: DraftInput, t: Task): DraftTask {
  const c = i.summary.tasks.find((x) => x.id === t.id);
  const lines: Line[] = i.summary.details
    .filter((d) => d.task === t.id && d.status !== null)
    .map((d) => {
      const label = d.status ? WORDS.vi.statuses[d.status] : '';
      // Beside the unit's name, in lower case, unless it is done: "VHXH (đang thực hiện): …".
      const status = d.status === 'hoan-thanh' ? '' : ` (${label.toLocaleLowerCase('vi')})`;
      const said = d.result.trim() || `${label}.`;
      const note = d.note.trim() ? ` (${d.note.trim()})` : '';
      return { text: `${shortName(i.plan, d.unitId)}${status}: ${said}${note}` };
    });
  if (lines.length === 0)
    lines.push({
      text: c && c.assigned > 0 ? REPORT.fillUnreported : REPORT.fillUnowed(nameOf(i.plan, t.lead)),
      fill: true,
    });
  return { id: t.id, content: oneLine(t.content), count: c ? countLine(c) : null, lines };
}

/** Consecutive tasks under one heading, in the plan's order. */
function grouped(
  tasks: Task[],
  headingOf: (t: Task) => string | null,
): { heading: string | null; tasks: Task[] }[] {
  const groups: { heading: string | null; tasks: Task[] }[] = [];
  for (const t of tasks) {
    const h = headingOf(t);
    const last = groups[groups.length - 1];
    if (last && last.heading === h) last.tasks.push(t);
    else groups.push({ heading: h, tasks: [t] });
  }
  // A section of one task that the task's own number already names needs no heading.
  for (const g of groups)
    if (g.tasks.length === 1 && g.heading === REPORT.section(g.tasks[0]!.id)) g.heading = null;
  return groups;
}

/** The objective or measure an appendix task serves, from where the task sits in its file. */
function purposeOf(i: DraftInput, target: string, t: Task): string | null {
  const m = /^\/(objectives|measures)\/(\d+)\//.exec(t.pointer);
  if (!m) return null;
  const data = i.appendix(target);
  const item = isObj(data) ? list(data[m[1]!])[Number(m[2])] : undefined;
  if (!isObj(item)) return null;
  const id = text(item.id);
  const content = oneLine(text(item.content));
  return [id, content].filter(Boolean).join('. ') || null;
}

function parts(i: DraftInput): DraftPart[] {
  const { plan } = i;
  const out: DraftPart[] = [];
  const own = plan.tasks.filter((t) => t.origin === 'plan');
  const build = (groups: { heading: string | null; tasks: Task[] }[]): DraftGroup[] =>
    groups.map((g) => ({ heading: g.heading, tasks: g.tasks.map((t) => draftTask(i, t)) }));
  if (own.length)
    out.push({
      title: REPORT.planTasks,
      groups: build(grouped(own, (t) => (t.section ? REPORT.section(t.section) : null))),
    });
  for (const a of plan.appendices) {
    const tasks = plan.tasks.filter((t) => t.origin === a.id);
    if (tasks.length)
      out.push({ title: a.title || a.id, groups: build(grouped(tasks, (t) => purposeOf(i, a.target, t))) });
  }
  return out;
}

/** A number as Vietnamese documents write it, to one decimal: "1.250", "72,7" (not Intl: the same on every
 * Node build, whatever ICU data it carries). */
function num(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return REPORT.noData;
  const [whole, decimals] = (Math.round(v * 10) / 10).toFixed(1).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals === '0' ? grouped : `${grouped},${decimals}`;
}

function submission(i: DraftInput): string {
  const { plan, summary } = i;
  const w = REPORT.submission;
  const units = summary.units;
  if (units.length === 0) return w.none;
  const names = (state: UnitRow['state']) =>
    units
      .filter((u) => u.state === state)
      .map((u) =>
        state === 'late' ? w.lateDays(shortName(plan, u.id), u.lateDays ?? 0) : shortName(plan, u.id),
      );
  const late = names('late');
  const rejected = names('received-with-errors');
  const missing = names('missing');
  return [
    w.received(formatVnDate(i.date), units.length - missing.length, units.length, names('on-time').length),
    ...(late.length ? [w.late(late.length, late.join('; '))] : []),
    ...(rejected.length ? [w.rejected(rejected.length, rejected.join('; '))] : []),
    ...(missing.length ? [w.missing(missing.length, missing.join('; '))] : []),
  ].join(' ');
}

function remarks(i: DraftInput, pick: 'difficulties' | 'proposals', none: string): Line[] {
  const lines = i.summary.remarks.flatMap((r) => {
    const said = r[pick].trim();
    return said ? [{ text: `${shortName(i.plan, r.unitId)}: ${said}` }] : [];
  });
  return lines.length ? lines : [{ text: none, fill: true }];
}

/** The plan's recipients for reports, else its receiver; always ending with where it is filed. */
function recipients(plan: Plan): string[] {
  const reporting = isObj(plan.raw.reporting) ? plan.raw.reporting : {};
  const given = list(reporting.recipients).map(text).filter(Boolean);
  const receiver = plan.receiver?.ref;
  const lines = given.length ? given : receiver ? [nameOf(plan, receiver)] : [];
  const bare = lines.map((l) => l.replace(/^[-–+•]\s*/, '').replace(/[;.,]+$/, ''));
  if (!bare.some((l) => /^lưu\b/i.test(l)))
    bare.push(REPORT.archive(receiver ? shortName(plan, receiver) : ''));
  return bare.map((l, k) => `- ${l}${k === bare.length - 1 ? '.' : ';'}`);
}

export function draftReport(i: DraftInput): Draft {
  const { plan } = i;
  const issuer = isObj(plan.raw.issuer) ? plan.raw.issuer : {};
  const issuerName = text(issuer.name) || plan.issuer;
  const [parent, body]: [string, string] = /^ủy ban nhân dân /i.test(issuerName)
    ? ['ỦY BAN NHÂN DÂN', issuerName.replace(/^ủy ban nhân dân /i, '').toLocaleUpperCase('vi')]
    : [(text(issuer.short) || issuerName).toLocaleUpperCase('vi'), ''];
  const period = i.periodInWords.replace(/^báo cáo\s+/i, '');
  const cited = REPORT.plan(plan.number ?? null, plan.date ? formatVnDate(plan.date) : null);
  // "Kế hoạch thực hiện X" cites as "về thực hiện X"; a title in capitals keeps them.
  const title = oneLine(plan.title).replace(/^kế hoạch\s+/i, '');
  const about = /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLocaleLowerCase('vi') + title.slice(1) : title;
  const signer = isObj(plan.raw.signer) ? plan.raw.signer : {};
  const all = parts(i);
  return {
    parent,
    body,
    number: REPORT.number(i.number),
    placeDate: `${text(plan.raw.place) || body}, ${WORDS.vi.dateLine(i.date)}`,
    subject: REPORT.subject(period, cited),
    opening: REPORT.opening(cited, issuerName, about, period),
    submission: submission(i),
    parts: all,
    indicators: i.summary.indicators.map((x) => ({
      name: x.name,
      unit: x.unit,
      target: num(x.target),
      achieved: num(x.achieved),
      rate: num(x.rate === null ? null : x.rate * 100),
    })),
    difficulties: remarks(i, 'difficulties', REPORT.noDifficulties),
    proposals: remarks(i, 'proposals', REPORT.noProposals),
    closing: REPORT.closing(period, cited, issuerName),
    recipients: recipients(plan),
    signer: { on_behalf: text(signer.on_behalf), title: text(signer.title), name: text(signer.name) },
    toFill: all.flatMap((p) => p.groups.flatMap((g) => g.tasks)).filter((t) => t.lines.some((l) => l.fill))
      .length,
  };
}
