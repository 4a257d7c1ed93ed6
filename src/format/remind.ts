// `dcs remind`: each reminder as a message ready to paste (Zalo, e-mail), and the three outputs —
// text (one block per message, each copyable alone), CSV for a mail merge, JSON. Pure.
import type { Reminder } from '../due/remind.js';
import type { Lang } from '../i18n/messages.js';
import { remindWords, type Letter } from '../i18n/remind.js';
import { periodInWords } from '../model/periods.js';
import { nameOf, parseInstance, type Plan } from '../model/plan.js';
import { formatDeadline, formatVnDate } from '../time/calendar.js';
import { isObj } from '../util/objects.js';
import { toCsv } from './csv.js';
import { problemText, where } from './message.js';

/** A message lists this many problems at most; the rest are counted ("và 3 lỗi khác"). */
const MAX_PROBLEMS = 5;

export interface RemindMessage {
  reminder: Reminder;
  subject: string;
  message: string;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The period instance in words: "2026-6t" → "Báo cáo 6 tháng năm 2026". */
export function periodWords(plan: Plan, instance: string): string {
  const p = parseInstance(plan, instance);
  return p ? periodInWords(oneLine(p.period.name), p.year) : instance;
}

/** What every message of a plan says the same way: who writes, under which plan, through whom. */
type Sender = Pick<
  Letter,
  'issuer' | 'issuerShort' | 'title' | 'number' | 'date' | 'receiver' | 'receiverContact'
>;

function sender(plan: Plan): Sender {
  const issuerData = isObj(plan.raw.issuer) ? plan.raw.issuer : {};
  const issuer = oneLine(typeof issuerData.name === 'string' ? issuerData.name : plan.issuer);
  const place = typeof plan.raw.place === 'string' ? oneLine(plan.raw.place) : '';
  // "Ủy ban nhân dân phường Hư Cấu" names itself "Ủy ban nhân dân phường" once it has been named.
  const issuerShort = place && issuer.endsWith(` ${place}`) ? issuer.slice(0, -place.length - 1) : issuer;
  const receiver = plan.receiver?.ref;
  const unit = plan.units.find((u) => u.id === receiver);
  return {
    issuer,
    issuerShort,
    title: oneLine(plan.title),
    number: plan.number ? oneLine(plan.number) : '',
    date: plan.date ? formatVnDate(plan.date) : '',
    receiver: receiver ? nameOf(plan, receiver) : '',
    receiverContact: unit?.contact?.trim() ?? '',
  };
}

export function remindMessages(
  plan: Plan,
  list: Reminder[],
  o: { asOf: string; lang: Lang },
): RemindMessage[] {
  const words = remindWords[o.lang];
  const from = sender(plan);
  return list.map((r) => {
    const problems = r.files.flatMap((f) =>
      f.problems.map((d) => `${r.files.length > 1 ? `${f.name} — ` : ''}${problemText(d, o.lang)}`),
    );
    const letter: Letter = {
      ...from,
      name: r.name,
      what: periodWords(plan, r.period),
      phrase: oneLine(r.phrase),
      last: formatDeadline(r.deadline, o.lang),
      days: r.days,
      asOf: formatVnDate(o.asOf),
      fixing: r.status === 'needs-fixing',
      submitted: [...new Set(r.files.flatMap((f) => (f.submitted ? [formatVnDate(f.submitted)] : [])))].join(
        ', ',
      ),
      files: r.files.map((f) => f.name),
      problems: problems.slice(0, MAX_PROBLEMS),
      more: Math.max(0, problems.length - MAX_PROBLEMS),
    };
    return { reminder: r, subject: words.subject(letter), message: words.body(letter).join('\n\n') };
  });
}

/** One block per message, a header line above each, so each message can be copied alone. */
export function formatRemindText(messages: RemindMessage[], lang: Lang): string {
  const words = remindWords[lang];
  return messages
    .map((m, k) => {
      const r = m.reminder;
      const to = r.contact ? words.sendTo(r.contact) : words.noContact;
      const head = `── ${k + 1}/${messages.length} · ${r.name} · ${words.status(r.status === 'needs-fixing')} · ${to} ──`;
      return `${head}\n\n${m.message}\n`;
    })
    .join('\n');
}

/** For a mail merge: one row per message, the address to send to beside it. */
export function formatRemindCsv(messages: RemindMessage[], lang: Lang): string {
  return toCsv(
    remindWords[lang].csvHead,
    messages.map((m) => [m.reminder.unit, m.reminder.name, m.reminder.contact, m.subject, m.message]),
  );
}

export function formatRemindJson(messages: RemindMessage[], plan: Plan, lang: Lang): string {
  const rows = messages.map(({ reminder: r, subject, message }) => ({
    unit: r.unit,
    name: r.name,
    contact: r.contact,
    period: r.period,
    period_name: periodWords(plan, r.period),
    deadline: r.deadline,
    deadline_phrase: r.phrase,
    status: r.status,
    days: r.days,
    overdue_days: Math.max(0, -r.days),
    subject,
    message,
    files: r.files.map((f) => ({ file: f.file, submitted: f.submitted })),
    problems: r.files.flatMap((f) =>
      f.problems.map((d) => ({ code: d.code, message: problemText(d, lang), where: where(d) })),
    ),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
