// Reads a filled-in report form back into the same report object a YAML report gives, whatever
// program saved it (Excel, LibreOffice, WPS) and whatever it was renamed to: the form is known by
// its hidden sheet; values are found by the task and indicator ids in column A and by the labels,
// so a re-saved form or one with an inserted row still reads. Every problem names sheet and cell.
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { FORM_ID, META_SHEET, STATUS_LABELS } from '../forms/content.js';
import { isRealDate, toIso } from '../time/calendar.js';
import { fold } from '../util/closest.js';
import { excel } from './exceljs.js';
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

const text = (v: Plain): string => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).normalize('NFC').trim();

/** A date cell, a dd/mm/yyyy text, an ISO text, or a day serial → ISO; undefined when it is none of those. */
export function cellDate(v: Plain): string | undefined {
  if (v instanceof Date) return toIso({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });
  if (typeof v === 'number' && v > 20000 && v < 80000) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return toIso({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  }
  const s = text(v);
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined || !isRealDate(Number(y), Number(m), Number(d))) return undefined;
  return toIso({ y: Number(y), m: Number(m), d: Number(d) });
}

/** A number cell, or a number written as text with a decimal comma ("28,5"). */
function cellNumber(v: Plain): number | undefined {
  if (typeof v === 'number') return v;
  const s = text(v).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

const STATUS_BY_FOLD = new Map<string, string>(Object.entries(STATUS_LABELS).flatMap(([id, label]) => [[fold(label), id], [fold(id.replace(/-/g, ' ')), id]]));

/** A status label read tolerantly: case, tone marks and their placement, spaces, or the YAML id. */
export function statusOf(v: Plain): string | undefined {
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
  sheet.eachRow((row) => { meta[text(plain(row.getCell(1)))] = text(plain(row.getCell(2))); });
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

export async function readForm(bytes: Uint8Array, file: string): Promise<FormRead> {
  const out: FormRead = { meta: null, data: undefined, sheet: '', cells: new Map(), diagnostics: [] };
  const fail = (code: 'form-corrupt' | 'form-encrypted' | 'form-not-a-form', detail = '') => {
    out.diagnostics.push(diag(file, 'error', code, detail ? { detail } : {}));
    return out;
  };
  const kind = magic(bytes);
  if (kind === 'ole') return fail('form-encrypted');
  if (kind !== 'zip') return fail('form-corrupt');
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return fail('form-corrupt', e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
  const meta = readMeta(wb);
  if (!meta) return fail('form-not-a-form');
  out.meta = meta;
  const ws = wb.worksheets.find((w) => w.name === meta.sheet) ?? wb.worksheets.find((w) => w.name !== META_SHEET && w.state === 'visible');
  if (!ws) return fail('form-not-a-form');
  out.sheet = ws.name;
  const at = (pointer: string, address: string) => out.cells.set(pointer, address);
  const problem = (code: 'form-bad-status' | 'form-bad-date' | 'form-bad-number' | 'form-missing-date', address: string, params: Record<string, string> = {}) =>
    out.diagnostics.push(diag(file, 'error', code, params, { sheet: ws.name, cell: address }));

  const rows = rowsByFirstCell(ws);
  const folded = new Map([...rows].map(([k, n]) => [fold(k), n]));
  const labelRow = (label: string) => folded.get(fold(label));
  const data: Record<string, unknown> = { unit: meta.unit, period: meta.period };

  // The labelled cells: the value sits in column C of the label's row.
  const submittedRow = labelRow(LABELS.submitted);
  if (submittedRow) {
    const cell = ws.getCell(submittedRow, 3);
    at('/submitted', cell.address);
    const v = plain(cell);
    const date = cellDate(v);
    if (date) data.submitted = date;
    else if (text(v) === '') problem('form-missing-date', cell.address);
    else problem('form-bad-date', cell.address, { value: text(v) });
  }
  for (const key of ['number', 'signer'] as const) {
    const row = labelRow(LABELS[key]);
    if (!row) continue;
    const cell = ws.getCell(row, 3);
    at(`/${key}`, cell.address);
    if (text(plain(cell))) data[key] = text(plain(cell));
  }

  // Tasks: the rows whose column A holds one of the form's task ids, wherever they are now.
  const tasks: Record<string, unknown>[] = [];
  for (const id of (meta.tasks ?? '').split('\n').filter(Boolean)) {
    const row = rows.get(id);
    if (!row) continue;
    const [statusCell, resultCell, noteCell] = [meta.status_col ?? 'D', meta.result_col ?? 'E', meta.note_col ?? 'F'].map((c) => ws.getCell(`${c}${row}`)) as [Cell, Cell, Cell];
    const raw = text(plain(statusCell));
    const result = text(plain(resultCell));
    const note = text(plain(noteCell));
    if (!raw && !result && !note) continue; // not reported
    const pointer = `/tasks/${tasks.length}`;
    at(`${pointer}/task`, `A${row}`);
    at(`${pointer}/status`, statusCell.address);
    const status = statusOf(plain(statusCell));
    if (!status) { problem('form-bad-status', statusCell.address, { value: raw }); continue; }
    tasks.push({ task: id, status, ...(result ? { result } : {}), ...(note ? { note } : {}) });
  }
  data.tasks = tasks;

  // Indicators: the rows whose column A holds one of the form's indicator ids.
  const indicators: Record<string, unknown> = {};
  for (const id of (meta.indicators ?? '').split('\n').filter(Boolean)) {
    const row = rows.get(id);
    if (!row) continue;
    const valueCell = ws.getCell(`${meta.value_col ?? 'E'}${row}`);
    const ofCell = ws.getCell(`${meta.of_col ?? 'F'}${row}`);
    const [v, of] = [plain(valueCell), plain(ofCell)];
    if (text(v) === '') continue;
    at(`/indicators/${id}`, valueCell.address);
    const value = cellNumber(v);
    if (value === undefined) { problem('form-bad-number', valueCell.address, { value: text(v) }); continue; }
    const ratio = text(of) !== '' && text(of) !== '—';
    if (ratio) {
      const total = cellNumber(of);
      if (total === undefined) { problem('form-bad-number', ofCell.address, { value: text(of) }); continue; }
      indicators[id] = { value, of: total };
    } else indicators[id] = value;
  }
  if (Object.keys(indicators).length) data.indicators = indicators;

  for (const key of ['difficulties', 'proposals'] as const) {
    const row = labelRow(LABELS[key]);
    if (!row) continue;
    const cell = ws.getCell(row + 1, 1);
    at(`/${key}`, cell.address);
    if (text(plain(cell))) data[key] = text(plain(cell));
  }
  out.data = data;
  return out;
}
