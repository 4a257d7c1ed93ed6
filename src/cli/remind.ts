// dcs remind [--period ID] [--as-of DATE] [--format text|csv|json] (alias don-doc): a message for each
// unit that has not sent one period's report, or sent one that needs fixing, ready to paste into Zalo
// or an e-mail. Stdout holds only the messages (or the data), so it can be pasted or piped as is.
import { defaultInstance, reminders } from '../due/remind.js';
import {
  formatRemindCsv,
  formatRemindJson,
  formatRemindText,
  periodWords,
  remindMessages,
} from '../format/remind.js';
import { remindWords } from '../i18n/remind.js';
import { formatVnDate } from '../time/calendar.js';
import { parseDateOption } from './dates.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption, warnIfInvalid } from './load-plan.js';
import { choice } from './options.js';

export interface RemindCliOptions extends GlobalOptions {
  period?: string;
  asOf?: string;
  format?: string;
}

export async function runRemind(opts: RemindCliOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'text', ['text', 'csv', 'json'] as const);
  const asOfOption = opts.asOf === undefined ? undefined : parseDateOption(opts.asOf, io, opts.lang);
  const loaded = await loadPlan(opts, io);
  const { plan } = loaded;
  const asOf = asOfOption ?? loaded.today;
  // A bare period id ("6t") is the one of the as-of year; no --period: the one being chased now.
  const instance =
    opts.period !== undefined
      ? periodOption(loaded, opts.period, asOf)
      : (defaultInstance(plan, asOf, plan.settings.withinDays) ?? periodOption(loaded, undefined));
  warnIfInvalid(loaded, opts, io);

  const messages = remindMessages(plan, reminders(plan, loaded.dispositions, { instance, asOf }), {
    asOf,
    lang: opts.lang,
  });
  const words = remindWords[opts.lang];
  const about = { what: periodWords(plan, instance), period: instance, asOf: formatVnDate(asOf) };
  const fixing = messages.filter((m) => m.reminder.status === 'needs-fixing').length;
  const summary =
    messages.length === 0
      ? words.nothing(about)
      : words.summary({ ...about, n: messages.length, missing: messages.length - fixing, fixing });
  if (format === 'json') io.stdout(formatRemindJson(messages, plan, opts.lang));
  else if (format === 'csv') io.stdout(formatRemindCsv(messages, opts.lang));
  else if (messages.length === 0) io.stdout(`${summary}\n`);
  else io.stdout(formatRemindText(messages, opts.lang));
  // The count goes beside the messages, not among them: what is on stdout is pasted as is.
  if (format !== 'text' || messages.length > 0) io.stderr(`${summary}\n`);
  return loaded.errors > 0 ? 1 : 0;
}
