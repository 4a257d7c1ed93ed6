// `dcs history` for people: the units as rows and the periods as columns ("Đúng hạn", "Chậm 3
// ngày", "Chưa gửi"…), each unit's totals beside; then the tasks, each period's count of units
// reporting Hoàn thành / Đang thực hiện / Chưa thực hiện, so progress shows from period to period.
// Fits 100 columns (80 at a squeeze).
import { Chalk, type ChalkInstance } from 'chalk';
import type { History, HistoryState, TaskPeriod, UnitPeriod } from '../history/history.js';
import { HISTORY, stateWord } from '../i18n/history.js';
import type { Lang } from '../i18n/messages.js';
import { WORDS } from '../i18n/workbook.js';
import { formatDeadline, formatVnDate } from '../time/calendar.js';
import { renderTable } from './table.js';
import { wrapStyled } from './wrap.js';

export interface HistoryTableOptions {
  lang: Lang;
  color: boolean;
  width: number;
  /** The plan's issuer, for the heading. */
  issuer: string;
  /** One unit's record (`--unit`): its own status in each task, not counts. */
  single: boolean;
}

function styleOf(state: HistoryState, c: ChalkInstance): (s: string) => string {
  switch (state) {
    case 'on-time':
      return c.green;
    case 'late':
      return c.yellow;
    case 'not-yet-due':
      return c.dim;
    default:
      return c.red;
  }
}

/** One task in one period: "HT/ĐTH/CTH" counts; for one unit, its status in words, or why it has none
 * (as the workbook's Chi tiết says it). */
function progress(
  p: TaskPeriod | undefined,
  notYetDue: boolean,
  unit: UnitPeriod | undefined,
  o: HistoryTableOptions,
): string {
  if (!p) return '';
  const reported = p.done + p.in_progress + p.not_started + p.not_applicable;
  if (notYetDue && reported === 0) return '—';
  if (o.single) {
    if (unit?.state === 'missing') return WORDS[o.lang].missing;
    if (unit?.state === 'received-with-errors') return WORDS[o.lang].reportRejected;
    const w = WORDS[o.lang].statuses;
    if (p.done) return w['hoan-thanh'];
    if (p.in_progress) return w['dang-thuc-hien'];
    if (p.not_started) return w['chua-thuc-hien'];
    if (p.not_applicable) return w['khong-phat-sinh'];
    return HISTORY[o.lang].notReported;
  }
  return `${p.done}/${p.in_progress}/${p.not_started}`;
}

export function formatHistoryTable(h: History, o: HistoryTableOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const w = HISTORY[o.lang];
  const width = Math.max(80, o.width);
  const out = [w.heading({ issuer: o.issuer, year: h.year, asOf: formatDeadline(h.as_of ?? '', o.lang) })];
  if (h.periods.length === 0) return `${[...out, '', w.noPeriods({ year: h.year })].join('\n')}\n`;
  const n = h.periods.length;
  const periodHead = h.periods.map((p) => `${p.name}\n${w.deadline(formatVnDate(p.deadline))}`);
  const cell = (s: string, max: number, style?: (x: string) => string) =>
    s
      .split('\n')
      .map((part) => wrapStyled(part, max - 2, style))
      .join('\n');

  // Units × periods. The widths add up to the line, less one border per column and one more.
  const totalW = 10;
  let periodW = 17;
  const unitW = (pw: number) => width - (n + 4) - n * pw - 2 * totalW;
  while (periodW > 11 && unitW(periodW) < 22) periodW--;
  const uWidths = [Math.max(18, unitW(periodW)), ...Array<number>(n).fill(periodW), totalW, totalW];
  out.push('', c.bold(w.unitsSection(h.units.length)));
  if (h.units.length === 0) out.push(w.noUnits);
  else {
    const head = [w.unit, ...periodHead, w.onTime, w.lateDays].map((s, k) => cell(s, uWidths[k]!, c.bold));
    const rows = h.units.map((u) => [
      cell(u.name, uWidths[0]!),
      ...h.periods.map((p, k) => {
        const s = u.periods[p.instance];
        return s ? cell(stateWord(o.lang, s.state, s.late_days), uWidths[k + 1]!, styleOf(s.state, c)) : '';
      }),
      `${u.on_time}/${u.due}`,
      String(u.total_late_days),
    ]);
    out.push(renderTable(head, rows, uWidths));
  }
  if (!o.single && h.units.length > 0) {
    const states = h.units.flatMap((u) => Object.values(u.periods).map((s) => s.state));
    const count = (s: HistoryState) => states.filter((x) => x === s).length;
    out.push(
      w.totals({
        onTime: count('on-time'),
        due: h.units.reduce((s, u) => s + u.due, 0),
        late: count('late'),
        days: h.units.reduce((s, u) => s + u.total_late_days, 0),
        missing: count('missing'),
        rejected: count('received-with-errors'),
      }),
    );
  }

  // Tasks × periods.
  const [idW, countW, assignedW] = [10, o.single ? 18 : 12, o.single ? 0 : 10];
  const contentW = Math.max(16, width - (n + (o.single ? 3 : 4)) - idW - n * countW - assignedW);
  const tWidths = [idW, contentW, ...Array<number>(n).fill(countW), ...(o.single ? [] : [assignedW])];
  out.push('', c.bold(o.single ? w.tasksSectionOne : w.tasksSection));
  if (h.tasks.length === 0) out.push(w.noTasks);
  else {
    // Narrower columns: the deadline without "hạn", which the table above says.
    const short = h.periods.map((p) => `${p.name}\n${formatVnDate(p.deadline)}`);
    const head = [w.id, w.task, ...(o.single ? periodHead : short), ...(o.single ? [] : [w.assigned])].map(
      (s, k) => cell(s, tWidths[k]!, c.bold),
    );
    const rows = h.tasks.map((t) => {
      const assigned = Object.values(t.periods)[0]?.assigned ?? 0;
      return [
        cell(t.id, idW),
        cell(t.content, contentW),
        ...h.periods.map((p) =>
          progress(t.periods[p.instance], p.not_yet_due, h.units[0]?.periods[p.instance], o),
        ),
        ...(o.single ? [] : [String(assigned)]),
      ];
    });
    out.push(renderTable(head, rows, tWidths));
  }
  return `${out.join('\n')}\n`;
}
