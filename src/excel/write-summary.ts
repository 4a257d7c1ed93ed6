// The compiled workbook (docs/design.md §6): seven sheets a ward office prints and signs — Nghị định 30 header
// and signature blocks, Times New Roman, A4 landscape fit to width, repeated header rows, page
// numbers, row heights that fit wrapped text, real date cells, percentages as numbers. Written with
// exceljs's streaming writer (bounded memory), then re-packed with fixed zip dates so the same
// inputs give the same bytes in any time zone.
import { readFileSync, rmSync } from 'node:fs';
import type { Row, Style, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import type { Lang } from '../i18n/messages.js';
import { formatVnDate, parseIso } from '../time/calendar.js';
import type { DetailRow, Summary, UnitRow } from '../compile/summary.js';
import { excel } from './exceljs.js';
import { breakBefore, pageHeight } from './paging.js';
import { BOX, bodyRule, FONT, mottoRule, rowHeight, RULE_SIZE, type CellText } from './style.js';
import { WORDS } from '../i18n/workbook.js';
import type { History } from '../history/history.js';
import { HISTORY, stateWord } from '../i18n/history.js';

export interface Heading {
  issuerName: string;
  issuerShort: string;
  place: string;
  periodInWords: string;
  /** The document date (ISO). */
  date: string;
  /** The number of the ward's report this summary is attached to, e.g. "25/BC-UBND". */
  number?: string;
  /** The plan's number and date (ISO), once issued. */
  plan?: { number: string; date: string };
  signer: { on_behalf: string; title: string; name: string };
}

const utcDate = (iso: string | null): Date | null => {
  const p = iso === null ? null : parseIso(iso);
  return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)) : null;
};
// XML 1.0 cannot hold these: a workbook with one is "damaged" in Excel.

const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text as a cell can hold it: no XML-illegal characters, within Excel's 32,767 characters. */
const clean = (s: string): string => {
  const t = s.replace(XML_ILLEGAL, '');
  return t.length > 32000 ? `${t.slice(0, 32000)}…` : t;
};
/**
 * A task's content in at most `n` characters, for a table that names tasks rather than quotes them: whole
 * when short; else up to the last clause break (";" or ":") past the first third, or the last whole
 * word, then "…". The plan holds the full text.
 */
export function brief(text: string, n: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= n) return s;
  const head = s.slice(0, n - 1);
  const clause = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'));
  const word = head.lastIndexOf(' ');
  const end = clause >= n / 3 ? clause : word >= n / 2 ? word : n - 1;
  return `${s.slice(0, end).replace(/[\s,;:.–-]+$/, '')}…`;
}
/** How long a task's content may be in the Tổng hợp (about two lines of its column) and in Chi tiết. */
const BRIEF_SUMMARY = 110;
const BRIEF_DETAIL = 80;

type CellValue = string | number | Date | null;
interface Col {
  width: number;
  align?: 'left' | 'center' | 'right';
  numFmt?: string;
}

function sheet(ws: Worksheet, cols: Col[]): void {
  ws.columns = cols.map((c) => ({ width: c.width }));
}

/** Rows the summary's signature block takes: title, how to sign, four rows of room, the name. */
const SIGNATURE_ROWS = 7;
/** A row whose height is not set, and the header and title rows above the table (at most). */
const DEFAULT_HEIGHT = 15;
const TITLE_HEIGHT = 20;

type RowStyle = { bold?: boolean; box?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' };

/** The height a row of these values gets: its tallest wrapped text. */
function heightOf(values: CellValue[], cols: Col[], o: RowStyle = {}): number {
  const texts: CellText[] = values.flatMap((v, k) =>
    typeof v === 'string'
      ? [{ text: v, chars: (cols[k] ?? { width: 12 }).width, size: o.size ?? 12, bold: o.bold ?? false }]
      : [],
  );
  return rowHeight(texts);
}

/** One style object for each look a table cell can have. exceljs's writer recognises a style object it
 * has seen and skips serialising it again, which it did for every one of a city's million cells. A
 * shared style must never be changed in place: cells of addRow get a whole new style, never a field.
 * Found by the row's look, then the cell's alignment and number format (no key joined per cell). */
const STYLES = new Map<string, Map<string, Partial<Style>>>();
function stylesOf(o: RowStyle): Map<string, Partial<Style>> {
  const key = `${o.size}|${o.bold}|${o.italic}|${o.box}`;
  let looks = STYLES.get(key);
  if (!looks) STYLES.set(key, (looks = new Map<string, Partial<Style>>()));
  return looks;
}
function styleOf(
  looks: Map<string, Partial<Style>>,
  o: RowStyle,
  horizontal: 'left' | 'center' | 'right',
  numFmt: string | undefined,
): Partial<Style> {
  const key = numFmt === undefined ? horizontal : `${horizontal}|${numFmt}`;
  let style = looks.get(key);
  if (!style) {
    style = {
      font: { name: FONT, size: o.size ?? 12, bold: o.bold ?? false, italic: o.italic ?? false },
      alignment: { wrapText: true, vertical: 'top', horizontal },
      ...(o.box ? { border: BOX } : {}),
      ...(numFmt ? { numFmt } : {}),
    };
    looks.set(key, style);
  }
  return style;
}

function addRow(ws: Worksheet, values: CellValue[], cols: Col[], o: RowStyle = {}): Row {
  const row = ws.addRow(values);
  const looks = stylesOf(o);
  values.forEach((v, k) => {
    const cell = row.getCell(k + 1);
    if (typeof v === 'string') cell.value = v === '' ? null : clean(v);
    else if (typeof v === 'number' && !Number.isFinite(v)) cell.value = '—';
    const col = cols[k] ?? { width: 12 };
    const numFmt = col.numFmt && (typeof v === 'number' || v instanceof Date) ? col.numFmt : undefined;
    cell.style = styleOf(looks, o, o.align ?? col.align ?? 'left', numFmt);
  });
  row.height = heightOf(values, cols, o);
  return row;
}

function title(
  ws: Worksheet,
  text: string,
  span: number,
  o: { bold?: boolean; italic?: boolean; size?: number } = {},
): void {
  const row = ws.addRow([clean(text)]);
  ws.mergeCells(row.number, 1, row.number, span);
  const cell = row.getCell(1);
  cell.font = { name: FONT, size: o.size ?? 12, bold: o.bold ?? true, italic: o.italic ?? false };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.height = 20;
  row.commit();
}

function setup(
  wb: { addWorksheet: (name: string, o: object) => Worksheet },
  name: string,
  headerRows: string,
  ySplit: number,
  page: string,
): Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: headerRows,
      margins: { left: 0.8, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C&"Times New Roman"&11${page} &P/&N` },
    views: [{ state: 'frozen', ySplit, showGridLines: false }],
  });
}

type Words = (typeof WORDS)[Lang];

/** The one word for how a unit stands, on the submission sheet. */
function unitState(u: UnitRow, w: Words): string {
  switch (u.state) {
    case 'on-time':
      return w.onTime;
    case 'late':
      return w.late(u.lateDays ?? 0);
    case 'received-with-errors':
      return w.rejectedUnit;
    case 'missing':
      return w.missing;
  }
}

/** A task's progress in the details: what the used report says, else why there is none. */
function detailStatus(d: DetailRow, w: Words): string {
  if (d.unitState === 'missing') return w.missing;
  if (d.unitState === 'received-with-errors') return w.reportRejected;
  return d.status ? w.statuses[d.status] : w.notReported;
}

/** A sheet of one table: its two title lines, then the header row, repeated on every printed page. */
function table(
  wb: { addWorksheet: (name: string, o: object) => Worksheet },
  name: string,
  cols: Col[],
  [heading, period]: [string, string],
  head: string[],
  page: string,
): Worksheet {
  const ws = setup(wb, name, '3:3', 3, page);
  sheet(ws, cols);
  title(ws, heading, cols.length, { size: 13 });
  title(ws, period, cols.length, { bold: false, italic: true });
  addRow(ws, head, cols, { bold: true, box: true, align: 'center' }).commit();
  return ws;
}

export async function writeSummary(
  s: Summary,
  h: Heading,
  lang: Lang,
  path: string,
  across?: History,
): Promise<Buffer> {
  const ExcelJS = await excel();
  const w = WORDS[lang];
  const fixed = utcDate(h.date) ?? new Date(Date.UTC(2000, 0, 1));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level: 6 } },
  });
  wb.creator = 'dcs';
  wb.created = fixed;
  wb.modified = fixed;

  // 1. Tổng hợp
  const taskCols: Col[] = [
    { width: 9, align: 'center' },
    { width: 52 },
    { width: 24 },
    { width: 11, align: 'center' },
    { width: 11, align: 'center' },
    { width: 11, align: 'center' },
    { width: 11, align: 'center' },
    { width: 11, align: 'center' },
    { width: 11, align: 'center' },
    { width: 12, align: 'center', numFmt: '0.0%' },
  ];
  const span = taskCols.length;
  // The header block takes four rows, the titles three or four; then a blank row and the table.
  const head = h.plan ? 11 : 10;
  const ws = setup(wb, w.sheets[0], `${head}:${head}`, head, w.page);
  sheet(ws, taskCols);
  const [parent, body]: [string, string] = /^ủy ban nhân dân /i.test(h.issuerName)
    ? ['ỦY BAN NHÂN DÂN', h.issuerName.replace(/^ủy ban nhân dân /i, '').toLocaleUpperCase('vi')]
    : [h.issuerShort.toLocaleUpperCase('vi'), ''];
  const block = (
    left: string,
    right: string,
    o: { bold?: boolean; italic?: boolean; rightBold?: boolean; rightSize?: number } = {},
  ) => {
    const row = ws.addRow([left, '', '', right]);
    ws.mergeCells(row.number, 1, row.number, 3);
    ws.mergeCells(row.number, 4, row.number, span);
    row.getCell(1).font = { name: FONT, size: 12, bold: o.bold ?? false };
    row.getCell(4).font = {
      name: FONT,
      size: o.rightSize ?? 12,
      bold: o.rightBold ?? false,
      italic: o.italic ?? false,
    };
    for (const k of [1, 4]) row.getCell(k).alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = 18;
    row.commit();
  };
  block(parent, w.nation, { rightBold: true });
  block(body, w.motto, { bold: true, rightBold: true, rightSize: 13 });
  const rules = ws.addRow([body ? bodyRule(body) : '', '', '', mottoRule(w.motto, 13)]);
  ws.mergeCells(rules.number, 1, rules.number, 3);
  ws.mergeCells(rules.number, 4, rules.number, span);
  for (const k of [1, 4]) {
    rules.getCell(k).font = { name: FONT, size: RULE_SIZE };
    rules.getCell(k).alignment = { horizontal: 'center', vertical: 'top' };
  }
  rules.height = 9;
  rules.commit();
  block('', `${h.place}, ${w.dateLine(h.date)}`, { italic: true });
  ws.addRow([]).commit();
  title(ws, w.title, span, { size: 14 });
  if (h.plan) title(ws, w.planLine(h.plan.number, formatVnDate(h.plan.date)), span);
  title(ws, h.periodInWords, span);
  title(ws, w.attached(h.issuerShort, h.number, h.number ? formatVnDate(h.date) : undefined), span, {
    bold: false,
    italic: true,
  });
  ws.addRow([]).commit();
  addRow(ws, w.taskHead, taskCols, { bold: true, box: true, align: 'center' }).commit();
  const taskRow = (t: Summary['tasks'][number]): CellValue[] => [
    t.id,
    brief(t.content, BRIEF_SUMMARY),
    t.lead,
    t.assigned,
    t.done,
    t.inProgress,
    t.notStarted,
    t.notApplicable,
    t.notReported,
    t.rate ?? '—',
  ];
  const shortened = s.tasks.some(
    (t) => brief(t.content, BRIEF_SUMMARY) !== t.content.replace(/\s+/g, ' ').trim(),
  );
  // The signature block prints with the last two tasks and the total, never alone on a page.
  const heights = [
    ...Array<number>(head - 1).fill(TITLE_HEIGHT),
    heightOf(w.taskHead, taskCols, { bold: true }),
    ...s.tasks.map((t) => heightOf(taskRow(t), taskCols)),
    ...Array<number>(1 + (shortened ? 1 : 0) + 1 + SIGNATURE_ROWS).fill(DEFAULT_HEIGHT),
  ];
  const keepFrom = head + Math.max(0, s.tasks.length - 2);
  const breakAt = breakBefore(heights, head - 1, keepFrom, pageHeight(taskCols.map((c) => c.width)));
  for (const t of s.tasks) {
    const row = addRow(ws, taskRow(t), taskCols, { box: true });
    if (breakAt !== undefined && row.number === breakAt) row.addPageBreak();
    row.commit();
  }
  const tot = s.total;
  addRow(
    ws,
    [
      '',
      w.total,
      '',
      tot.assigned,
      tot.done,
      tot.inProgress,
      tot.notStarted,
      tot.notApplicable,
      tot.notReported,
      tot.rate ?? '—',
    ],
    taskCols,
    { box: true, bold: true },
  ).commit();
  if (shortened) {
    const note = ws.addRow([w.briefNote]);
    ws.mergeCells(note.number, 1, note.number, span);
    note.getCell(1).font = { name: FONT, size: 11, italic: true };
    note.commit();
  }
  ws.addRow([]).commit();
  // The preparer on the left, the plan's signer on the right: a title, room to sign, a name.
  const sign = (left: string, right: string, o: { italic?: boolean } = {}) => {
    const row = ws.addRow([clean(left), '', '', '', '', '', clean(right)]);
    ws.mergeCells(row.number, 1, row.number, 3);
    ws.mergeCells(row.number, 7, row.number, span);
    for (const k of [1, 7]) {
      row.getCell(k).font = { name: FONT, size: 12, bold: !o.italic, italic: o.italic ?? false };
      row.getCell(k).alignment = { horizontal: 'center' };
    }
    row.commit();
  };
  sign(w.preparer, h.signer.on_behalf);
  sign(w.signHint, h.signer.title, { italic: true });
  for (let k = 0; k < SIGNATURE_ROWS - 3; k++) ws.addRow([]).commit();
  sign('', h.signer.name);
  ws.commit();

  // 2. Tình hình gửi báo cáo
  const unitCols: Col[] = [
    { width: 6, align: 'center' },
    { width: 34 },
    { width: 14 },
    { width: 20 },
    { width: 12, align: 'center', numFmt: 'dd/mm/yyyy' },
    { width: 12, align: 'center', numFmt: 'dd/mm/yyyy' },
    { width: 16, align: 'center' },
    { width: 36 },
    { width: 24 },
  ];
  const us = table(wb, w.sheets[1], unitCols, [w.unitsTitle, h.periodInWords], w.unitHead, w.page);
  s.units.forEach((u, k) => {
    addRow(
      us,
      [
        k + 1,
        u.name,
        u.number,
        u.signer,
        utcDate(u.submitted),
        utcDate(u.deadline),
        unitState(u, w),
        u.reason,
        u.contact,
      ],
      unitCols,
      { box: true },
    ).commit();
  });
  us.commit();

  // 3. Chi tiết
  const detailCols: Col[] = [
    { width: 28 },
    { width: 9, align: 'center' },
    { width: 40 },
    { width: 16, align: 'center' },
    { width: 50 },
    { width: 26 },
  ];
  const ds = table(wb, w.sheets[2], detailCols, [w.detailTitle, h.periodInWords], w.detailHead, w.page);
  for (const d of s.details)
    addRow(
      ds,
      [d.unit, d.task, brief(d.content, BRIEF_DETAIL), detailStatus(d, w), d.result, d.note],
      detailCols,
      { box: true },
    ).commit();
  ds.commit();

  // 4. Chỉ tiêu
  const indCols: Col[] = [
    { width: 18 },
    { width: 46 },
    { width: 14, align: 'center' },
    { width: 14, align: 'center', numFmt: '#,##0.##' },
    { width: 14, align: 'center', numFmt: '#,##0.##' },
    { width: 14, align: 'center' },
    { width: 16, align: 'center', numFmt: '0.0%' },
  ];
  const is = table(wb, w.sheets[3], indCols, [w.indTitle, h.periodInWords], w.indHead, w.page);
  for (const i of s.indicators)
    addRow(is, [i.id, i.name, i.unit, i.target, i.achieved ?? '—', i.reporters, i.rate ?? '—'], indCols, {
      box: true,
    }).commit();
  if (s.indicators.length === 0) addRow(is, [w.none], indCols, { italic: true }).commit();
  is.commit();

  // 5. Khó khăn - Kiến nghị
  const remarkCols: Col[] = [{ width: 34 }, { width: 60 }, { width: 60 }];
  const rs = table(wb, w.sheets[4], remarkCols, [w.remarkTitle, h.periodInWords], w.remarkHead, w.page);
  for (const r of s.remarks)
    addRow(rs, [r.unit, r.difficulties, r.proposals], remarkCols, { box: true }).commit();
  if (s.remarks.length === 0) addRow(rs, [w.none], remarkCols, { italic: true }).commit();
  rs.commit();

  // 6. Nguồn dữ liệu
  const srcCols: Col[] = [
    { width: 7, align: 'center' },
    { width: 34 },
    { width: 14 },
    { width: 68 },
    { width: 14, align: 'center' },
    { width: 60 },
  ];
  const ss = table(wb, w.sheets[5], srcCols, [w.sourceTitle, h.periodInWords], w.sourceHead, w.page);
  s.sources.forEach((f, k) =>
    addRow(ss, [k + 1, f.name, f.unit ?? '', f.sha256, w.dispositions[f.status], f.reason], srcCols, {
      box: true,
    }).commit(),
  );
  ss.commit();

  // 7. Theo dõi các kỳ
  if (across) acrossSheet(wb, across, lang);
  await wb.commit();

  // Every zip entry carries "now": re-pack with the document's date so the bytes repeat. Only the
  // headers change: JSZip keeps each entry's compressed bytes as they are when asked for the same
  // method (inflating and deflating again in JavaScript took seconds for a city).
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    entry.date = fixed;
    out.files[name] = entry;
  }
  rmSync(path, { force: true });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/**
 * The periods of the compiled one's year up to it, side by side: one table whose header (the
 * periods) repeats on every printed page, in two parts — I, each unit's word for each period as its
 * own "Tình hình gửi báo cáo" says it, with reports on time of those owed and days late in all; II,
 * each task's count of units reporting it Hoàn thành / Đang thực hiện / Chưa thực hiện per period.
 */
function acrossSheet(
  wb: { addWorksheet: (name: string, o: object) => Worksheet },
  a: History,
  lang: Lang,
): void {
  const w = WORDS[lang];
  const hw = HISTORY[lang];
  const n = a.periods.length;
  const widths = [10, 46, ...Array<number>(n).fill(17), 14, 14];
  const unitCols: Col[] = widths.map((width, k) => ({ width, ...(k === 1 ? {} : { align: 'center' }) }));
  const taskCols: Col[] = unitCols.map((c, k) => (k === widths.length - 1 ? { ...c, numFmt: '0.0%' } : c));
  const span = widths.length;
  const ws = setup(wb, w.sheets[6], '3:3', 3, w.page);
  sheet(ws, unitCols);
  title(ws, hw.sheetTitle, span, { size: 13 });
  title(ws, hw.sheetPeriods(a.year, a.periods.map((p) => p.name).join(', ')), span, {
    bold: false,
    italic: true,
  });
  const head = addRow(
    ws,
    [
      hw.sheetNo,
      hw.sheetWhat,
      ...a.periods.map((p) => `${p.name}\n(${hw.deadline(formatVnDate(p.deadline))})`),
      hw.sheetAcross,
      '',
    ],
    unitCols,
    { bold: true, box: true, align: 'center' },
  );
  ws.mergeCells(head.number, span - 1, head.number, span);
  head.commit();
  const blank = Array<string>(n).fill('');
  addRow(ws, ['I', hw.sheetUnits, ...blank, hw.sheetOnTime, hw.lateDays], unitCols, {
    bold: true,
    box: true,
  }).commit();
  a.units.forEach((u, k) => {
    const states = a.periods.map((p) => {
      const x = u.periods[p.instance];
      return x ? stateWord(lang, x.state, x.late_days) : '';
    });
    addRow(ws, [k + 1, u.name, ...states, `${u.on_time}/${u.due}`, u.total_late_days], unitCols, {
      box: true,
    }).commit();
  });
  if (a.units.length === 0) addRow(ws, ['', w.none], unitCols, { italic: true }).commit();
  addRow(
    ws,
    ['II', hw.sheetTasks, ...Array<string>(n).fill(hw.sheetCounts), hw.assigned, hw.sheetRate],
    taskCols,
    { bold: true, box: true },
  ).commit();
  const last = a.periods[n - 1]?.instance ?? '';
  for (const t of a.tasks) {
    const counts = a.periods.map((p) => {
      const c = t.periods[p.instance];
      return c ? `${c.done} / ${c.in_progress} / ${c.not_started}` : '';
    });
    const assigned = Object.values(t.periods)[0]?.assigned ?? 0;
    addRow(
      ws,
      [t.id, brief(t.content, BRIEF_DETAIL), ...counts, assigned, t.periods[last]?.rate ?? '—'],
      taskCols,
      { box: true },
    ).commit();
  }
  if (a.tasks.length === 0) addRow(ws, ['', w.none], taskCols, { italic: true }).commit();
  const note = ws.addRow([hw.sheetLegend]);
  ws.mergeCells(note.number, 1, note.number, span);
  note.getCell(1).font = { name: FONT, size: 11, italic: true };
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.height = heightOf([hw.sheetLegend], [{ width: widths.reduce((x, y) => x + y, 0) }], { size: 11 });
  note.commit();
  ws.commit();
}
