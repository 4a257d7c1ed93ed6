// Reads a filled-in report form back into the same report object a YAML report gives, whatever
// program saved it (Excel, LibreOffice, WPS) and whatever it was renamed to: the form is known by
// its hidden sheet; values are found by the task and indicator ids in column A and by the labels,
// so a re-saved form or one with an inserted row still reads. Every problem names sheet and cell.
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { FORM_ID, FORM_VERSION, META_SHEET, STATUS_LABELS } from '../forms/content.js';
import { MAX_YEAR, MIN_YEAR, toIso } from '../time/calendar.js';
import { parseDateText, type DateText } from '../time/date-text.js';
import { MAX_VALUE } from '../reports/report.js';
import { inspectZip, MAX_UNZIPPED_BYTES } from './zip-limits.js';
import { fold } from '../util/closest.js';
import { excel } from './exceljs.js';
import { pointerOf } from '../util/pointer.js';
import { LABELS } from './write-form.js';

export interface FormRead {
  /** The hidden record: plan, unit, period, version…; null when the workbook is no dcs form. */
  meta: Record<string, string> | null;
  /** The report, shaped like a YAML report; undefined when the file could not be read. */
  data: Record<string, unknown> | undefined;
  sheet: string;
  /** Where each value came from: JSON pointer → cell address. */
  cells: Map<string, string>;
  diagnostics: Diagnostic[];
}

type Plain = string | number | boolean | Date | null;

/** A cell's value as a plain value: rich text joined, a formula's result, a hyperlink's text. */
function plain(cell: Cell): Plain {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v as Plain;
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return (o.result ?? null) as Plain;
  if (typeof o.text === 'string') return o.text;
  return null;
}

const validDate = (v: Date): boolean => Number.isFinite(v.getTime());
const text = (v: Plain): string =>
  (v === null ? '' : v instanceof Date ? (validDate(v) ? v.toISOString().slice(0, 10) : '') : String(v))
    .normalize('NFC')
    .trim();

/** A date cell, a typed date ("03/6/2026", "ngày 03/6/2026", "03/06/26"), or a day serial. */
export function readDate(v: Plain): DateText {
  if (v instanceof Date) {
    if (!validDate(v)) return { ok: false, error: 'impossible' };
    const [y, m, d] = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
    return y < MIN_YEAR || y > MAX_YEAR
      ? { ok: false, error: 'impossible' }
      : { ok: true, iso: toIso({ y, m, d }), shortYear: false };
  }
  // A day serial as Excel counts them (1954–2119); any other number is no date.
  if (typeof v === 'number') {
    if (!(v > 20000 && v < 80000)) return { ok: false, error: 'unrecognised' };
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return {
      ok: true,
      iso: toIso({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }),
      shortYear: false,
    };
  }
  return parseDateText(text(v));
}

/** The ISO date of a cell, or undefined when it holds none. */
export function cellDate(v: Plain): string | undefined {
  const r = readDate(v);
  return r.ok ? r.iso : undefined;
}

/** A number cell, or a number written as text with a decimal comma ("28,5"). */
function cellNumber(v: Plain): number | undefined {
  const n =
    typeof v === 'number'
      ? v
      : /^-?\d+([.,]\d+)?$/.test(text(v).replace(/\s/g, ''))
        ? Number(text(v).replace(/\s/g, '').replace(',', '.'))
        : undefined;
  return n !== undefined && Number.isFinite(n) && Math.abs(n) <= MAX_VALUE ? n : undefined;
}

const STATUS_BY_FOLD = new Map<string, string>(
  Object.entries(STATUS_LABELS).flatMap(([id, label]) => [
    [fold(label), id],
    [fold(id.replace(/-/g, ' ')), id],
  ]),
);

/** A status label read tolerantly: case, tone marks and their placement, spaces, or the YAML id. */
export function statusOfCell(v: Plain): string | undefined {
  return STATUS_BY_FOLD.get(fold(text(v).replace(/[-_]/g, ' ')));
}

function magic(bytes: Uint8Array): 'zip' | 'ole' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

function readMeta(wb: Workbook): Record<string, string> | null {
  const sheet = wb.worksheets.find((w) => w.name === META_SHEET);
  if (!sheet) return null;
  const meta: Record<string, string> = {};
  sheet.eachRow((row) => {
    meta[text(plain(row.getCell(1)))] = text(plain(row.getCell(2)));
  });
  return meta.form === FORM_ID ? meta : null;
}

/** Rows by the text of their column A, folded: where the ids and labels are now. */
function rowsByFirstCell(ws: Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const key = text(plain(row.getCell(1)));
    if (key && !rows.has(key)) rows.set(key, n);
  });
  return rows;
}

/** A form that could not be opened at all. */
export function unreadForm(problem: Diagnostic): FormRead {
  return { meta: null, data: undefined, sheet: '', cells: new Map(), diagnostics: [problem] };
}

/** Column letters of the hidden record, checked: an edited record must not point nowhere. */
const column = (meta: Record<string, string>, key: string, fallback: string): string => {
  const c = (meta[key] ?? '').toUpperCase();
  return /^[A-Z]{1,2}$/.test(c) ? c : fallback;
};
const ids = (list: string | undefined): string[] => [
  ...new Set(
    (list ?? '')
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

export async function readForm(bytes: Uint8Array, file: string): Promise<FormRead> {
  const fail = (
    code: 'form-corrupt' | 'form-encrypted' | 'form-not-a-form' | 'form-too-large-unzipped',
    params: Record<string, string> = {},
  ) => unreadForm(diag(file, 'error', code, params));
  const kind = magic(bytes);
  if (kind === 'ole') return fail('form-encrypted');
  if (kind !== 'zip') return fail('form-corrupt');
  const zip = inspectZip(bytes);
  if (!zip.ok)
    return zip.reason === 'too-large'
      ? fail('form-too-large-unzipped', { limit: String(MAX_UNZIPPED_BYTES / 1048576) })
      : fail('form-corrupt');
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer, an ArrayBuffer; JSZip reads either.
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (e) {
    return fail('form-corrupt', { detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
  try {
    return readWorkbook(wb, file);
  } catch (e) {
    // exceljs gives some damaged workbooks a shape its own accessors throw on: still a damaged file.
    return fail('form-corrupt', { detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
}

function readWorkbook(wb: Workbook, file: string): FormRead {
  const meta = readMeta(wb);
  if (!meta) return unreadForm(diag(file, 'error', 'form-not-a-form'));
  // Every version this release wrote is read; a newer dcs's form may lie out differently.
  const version = Number(meta.version || 1);
  if (!Number.isInteger(version) || version < 1 || version > FORM_VERSION) {
    return unreadForm(
      diag(
        file,
        'error',
        'form-version',
        { version: meta.version ?? '', supported: FORM_VERSION },
        { sheet: META_SHEET, cell: 'B2' },
      ),
    );
  }
  const ws =
    wb.worksheets.find((w) => w.name === meta.sheet) ??
    wb.worksheets.find((w) => w.name !== META_SHEET && w.state === 'visible');
  if (!ws) return unreadForm(diag(file, 'error', 'form-not-a-form'));
  const out: FormRead = { meta, data: undefined, sheet: ws.name, cells: new Map(), diagnostics: [] };
  const at = (pointer: string, address: string) => out.cells.set(pointer, address);
  const problem = (
    code:
      'form-bad-status' | 'form-bad-date' | 'form-bad-number' | 'form-missing-date' | 'date-two-digit-year',
    address: string,
    params: Record<string, string> = {},
  ) =>
    out.diagnostics.push(
      diag(file, code === 'date-two-digit-year' ? 'warning' : 'error', code, params, {
        sheet: ws.name,
        cell: address,
      }),
    );

  const rows = rowsByFirstCell(ws);
  const folded = new Map([...rows].map(([k, n]) => [fold(k), n]));
  const labelRow = (label: string) => folded.get(fold(label));
  const data: Record<string, unknown> = { unit: meta.unit, period: meta.period };
  // Where a label or an id the form was made with is gone, its values are gone with it: never silently.
  const missing: string[] = [];

  // The labelled cells: the value sits in column C of the label's row.
  const submittedRow = labelRow(LABELS.submitted);
  if (submittedRow) {
    const cell = ws.getCell(submittedRow, 3);
    at('/submitted', cell.address);
    const v = plain(cell);
    const date = readDate(v);
    if (date.ok) {
      data.submitted = date.iso;
      if (date.shortYear) problem('date-two-digit-year', cell.address, { value: text(v), date: date.iso });
    } else if (text(v) === '' && !(v instanceof Date)) problem('form-missing-date', cell.address);
    else problem('form-bad-date', cell.address, { value: text(v) || String(v) });
  } else missing.push(LABELS.submitted);
  for (const key of ['number', 'signer'] as const) {
    const row = labelRow(LABELS[key]);
    if (!row) continue;
    const cell = ws.getCell(row, 3);
    at(`/${key}`, cell.address);
    if (text(plain(cell))) data[key] = text(plain(cell));
  }

  // Tasks: the rows whose column A holds one of the form's task ids, wherever they are now. A row
  // whose status is left empty is kept with an empty status: the unit did not report that task.
  const tasks: Record<string, unknown>[] = [];
  const [statusCol, resultCol, noteCol] = [
    column(meta, 'status_col', 'D'),
    column(meta, 'result_col', 'E'),
    column(meta, 'note_col', 'F'),
  ];
  for (const id of ids(meta.tasks)) {
    const row = rows.get(id);
    if (!row) {
      missing.push(id);
      continue;
    }
    const [statusCell, resultCell, noteCell] = [statusCol, resultCol, noteCol].map((c) =>
      ws.getCell(`${c}${row}`),
    ) as [Cell, Cell, Cell];
    const raw = text(plain(statusCell));
    const result = text(plain(resultCell));
    const note = text(plain(noteCell));
    const pointer = `/tasks/${tasks.length}`;
    at(`${pointer}/task`, `A${row}`);
    at(`${pointer}/status`, statusCell.address);
    const status = raw === '' ? '' : statusOfCell(plain(statusCell));
    // A status that is none of the four stays as typed: the report model leaves it out, counted.
    if (status === undefined) problem('form-bad-status', statusCell.address, { value: raw });
    tasks.push({ task: id, status: status ?? raw, ...(result ? { result } : {}), ...(note ? { note } : {}) });
  }
  data.tasks = tasks;

  // Indicators: the rows whose column A holds one of the form's indicator ids.
  const indicators: Record<string, unknown> = {};
  const [valueCol, ofCol] = [column(meta, 'value_col', 'E'), column(meta, 'of_col', 'F')];
  for (const id of ids(meta.indicators)) {
    const row = rows.get(id);
    if (!row) {
      missing.push(id);
      continue;
    }
    const valueCell = ws.getCell(`${valueCol}${row}`);
    const ofCell = ws.getCell(`${ofCol}${row}`);
    const [v, of] = [plain(valueCell), plain(ofCell)];
    if (text(v) === '') continue;
    at(pointerOf('indicators', id), valueCell.address);
    const value = cellNumber(v);
    if (value === undefined) {
      problem('form-bad-number', valueCell.address, { value: text(v) });
      continue;
    }
    const ratio = text(of) !== '' && text(of) !== '—';
    if (ratio) {
      const total = cellNumber(of);
      if (total === undefined) {
        problem('form-bad-number', ofCell.address, { value: text(of) });
        continue;
      }
      indicators[id] = { value, of: total };
    } else indicators[id] = value;
  }
  if (Object.keys(indicators).length) data.indicators = indicators;

  for (const key of ['difficulties', 'proposals'] as const) {
    const row = labelRow(LABELS[key]);
    if (!row) {
      missing.push(LABELS[key]);
      continue;
    }
    const cell = ws.getCell(row + 1, 1);
    at(`/${key}`, cell.address);
    if (text(plain(cell))) data[key] = text(plain(cell));
  }
  if (missing.length)
    out.diagnostics.push(
      diag(
        file,
        'error',
        'form-rows-missing',
        { rows: missing.join('; '), count: missing.length },
        { sheet: ws.name, cell: 'A1' },
      ),
    );
  out.data = data;
  return out;
}
