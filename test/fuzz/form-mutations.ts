// Family 4: filled-in report forms, mutated cell by cell (with exceljs), in the hidden "dcs" sheet,
// at the zip level, and as a zip bomb.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { excel } from '../../src/excel/exceljs.js';
import { dcs } from '../helpers/cli.js';
import { cleanup, PERIOD, wardCopy } from './harness.js';

/** The unit whose form is used: it has sent nothing for 2026-6t, so the form is its only report. */
export const FORM_UNIT = 'tdp-10';

/** A form made by `dcs template` for FORM_UNIT, filled in with exceljs as a clerk would. */
export async function baseForm(): Promise<Buffer> {
  const w = wardCopy();
  try {
    const r = await dcs(
      ['template', '--plan', w.dir, '--period', PERIOD, '--unit', FORM_UNIT, '-o', w.outDir],
      { cwd: w.dir },
    );
    if (r.code !== 0) throw new Error(`template failed: ${r.stderr}`);
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(w.outDir, `${FORM_UNIT}.xlsx`));
    const { ws, meta } = sheets(wb);
    const rows = rowsOf(ws);
    ws.getCell(rows.get('Ngày gửi báo cáo (dd/mm/yyyy):')!, 3).value = '03/06/2026';
    for (const t of metaValue(meta, 'tasks').split('\n').filter(Boolean)) {
      ws.getCell(rows.get(t)!, 4).value = 'Hoàn thành';
      ws.getCell(rows.get(t)!, 5).value = `Đã làm ${t}.`;
    }
    for (const i of metaValue(meta, 'indicators').split('\n').filter(Boolean)) {
      ws.getCell(rows.get(i)!, 5).value = 3;
      if (ws.getCell(rows.get(i)!, 6).value !== '—') ws.getCell(rows.get(i)!, 6).value = 4;
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    cleanup(w.root);
  }
}

function sheets(wb: Workbook): { ws: Worksheet; meta: Worksheet } {
  return { ws: wb.getWorksheet('Báo cáo')!, meta: wb.getWorksheet('dcs')! };
}
function rowsOf(ws: Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string' && !rows.has(v)) rows.set(v, n);
  });
  return rows;
}
function metaRow(meta: Worksheet, key: string): number | undefined {
  let found: number | undefined;
  meta.eachRow((row, n) => {
    if (found === undefined && row.getCell(1).value === key) found = n;
  });
  return found;
}
const metaValue = (meta: Worksheet, key: string): string =>
  String(meta.getCell(metaRow(meta, key) ?? 1000, 2).value ?? '');

// Named cell values, built when applied.
const DATES: Record<string, () => CellValue> = {
  invalidDate: () => new Date(NaN),
  serial: () => 46176,
  serialHuge: () => 1e308,
  serialNegative: () => -1,
  serialZero: () => 0,
  serialFraction: () => 20000.5,
  textVn: () => 'ngày 03/6/2026',
  text3102: () => '31/02/2026',
  text0000: () => '00/00/0000',
  textIso: () => '2026-06-03',
  textDots: () => '03.06.2026',
  blank: () => null,
  spaces: () => '   ',
  realDate: () => new Date(Date.UTC(2026, 5, 3)),
  future: () => new Date(Date.UTC(2099, 11, 31)),
  maxDate: () => new Date(8.64e15),
  minDate: () => new Date(-8.64e15),
  year1900: () => new Date(Date.UTC(1900, 0, 1)),
  formulaError: () => ({ formula: '1/0', result: { error: '#DIV/0!' } }),
  formulaDate: () => ({ formula: 'DATE(2026,6,3)', result: new Date(Date.UTC(2026, 5, 3)) }),
  richText: () => ({ richText: [{ text: '03/06/' }, { text: '2026' }] }),
  hyperlink: () => ({ text: '03/06/2026', hyperlink: 'https://example.invalid' }),
  boolean: () => true,
  ctrl: () => '03/06/2026\u0001',
};
const STATUSES: Record<string, () => CellValue> = {
  blank: () => null,
  empty: () => '',
  xong: () => 'xong',
  done: () => 'Hoàn thành',
  upper: () => 'HOÀN THÀNH',
  id: () => 'hoan-thanh',
  ctrl: () => '\u0001',
  space: () => ' ',
  newline: () => 'Đang thực hiện\n',
  number: () => 1e308,
  date: () => new Date(NaN),
  proto: () => '__proto__',
  constructor: () => 'constructor',
  long: () => 'x'.repeat(40_000),
  boolean: () => false,
  error: () => ({ error: '#N/A' }),
  formula: () => ({ formula: 'A1', result: 'Hoàn thành' }),
};
const TEXTS: Record<string, () => CellValue> = {
  ctrl: () => 'Kết quả\u0001\u0008 có ký tự điều khiển',
  fffe: () => 'x\uFFFEy\uFFFF',
  surrogate: () => 'a\uD800b',
  long: () => 'dài '.repeat(10_000),
  number: () => 1e308,
  nan: () => Number.NaN,
  date: () => new Date(NaN),
  formulaError: () => ({ formula: 'X()', result: { error: '#NAME?' } }),
  richCtrl: () => ({ richText: [{ text: 'a\u0002' }, { text: 'b' }] }),
  equals: () => '=HYPERLINK("http://x","y")',
  blank: () => null,
};
const NUMBERS: Record<string, () => CellValue> = {
  huge: () => 1e308,
  negHuge: () => -1e308,
  inf: () => Infinity,
  nan: () => Number.NaN,
  abc: () => 'abc',
  e400: () => '1e400',
  digits400: () => '9'.repeat(400),
  comma: () => '28,5',
  negative: () => -5,
  zero: () => 0,
  negZero: () => -0,
  fraction: () => 0.1,
  formulaError: () => ({ formula: '1/0', result: { error: '#DIV/0!' } }),
  rich: () => ({ richText: [{ text: '3' }] }),
  date: () => new Date(Date.UTC(2026, 0, 1)),
  blank: () => null,
  dash: () => '—',
  bool: () => true,
  tiny: () => 5e-324,
};
const META_KEYS = [
  'form',
  'version',
  'plan',
  'unit',
  'period',
  'sheet',
  'tasks',
  'indicators',
  'status_col',
  'result_col',
  'note_col',
  'value_col',
  'of_col',
  'first_task_row',
  'cell_submitted',
] as const;
const META_VALUES: Record<string, () => CellValue> = {
  one: () => '1',
  zzzzzz: () => 'ZZZZZZ',
  empty: () => '',
  blank: () => null,
  a: () => 'A',
  xfd: () => 'XFD',
  xfe: () => 'XFE',
  a1: () => 'A1',
  dollar: () => '$D',
  lower: () => 'd',
  otherPeriod: () => '2026-9t',
  farPeriod: () => '2099-6t',
  badPeriod: () => '2026-13t',
  otherPlan: () => 'ke-hoach-khac',
  reportedUnit: () => 'tdp-4',
  unknownUnit: () => 'tdp-99',
  proto: () => '__proto__',
  constructor: () => 'constructor',
  dupTasks: () => 'II.1\nII.1\nII.1',
  twoCols: () => 'D\nE',
  huge: () => 'x'.repeat(100_000),
  number: () => 5,
  negative: () => -1,
  date: () => new Date(NaN),
  ctrl: () => 'D\u0001',
  unitAsReceiver: () => 'vhxh',
};

export type FormOp =
  | { op: 'date'; value: string }
  | { op: 'status'; task: number; value: string }
  | { op: 'result'; task: number; value: string }
  | { op: 'indicator'; ind: number; col: 5 | 6; value: string }
  | { op: 'meta'; key: (typeof META_KEYS)[number]; value: string }
  | { op: 'metaDelete'; key: (typeof META_KEYS)[number] }
  | { op: 'clearColA' | 'renameSheet' | 'deleteSheet' | 'unhideMeta' | 'deleteMetaSheet' | 'allBlank' }
  | { op: 'dropPart'; part: string }
  | { op: 'truncate'; pos: number }
  | { op: 'flip'; pos: number; mask: number };
export type BombPart = 'sheet' | 'media' | 'sharedStrings';
export const BOMB_PARTS: BombPart[] = ['sheet', 'media', 'sharedStrings'];
export interface FormMutation {
  name: string;
  ops: FormOp[];
}

const NAMES = [`${FORM_UNIT}.xlsx`, 'Bao cao 6T (1).xlsx', 'TDP-10.XLSX', 'báo cáo tổ 10.xlsx'];
const PARTS = [
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/workbook.xml',
  '[Content_Types].xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];
const formOp: fc.Arbitrary<FormOp> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('date' as const), value: fc.constantFrom(...Object.keys(DATES)) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('status' as const),
      task: fc.nat(),
      value: fc.constantFrom(...Object.keys(STATUSES)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('result' as const),
      task: fc.nat(),
      value: fc.constantFrom(...Object.keys(TEXTS)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('indicator' as const),
      ind: fc.nat(),
      col: fc.constantFrom(5 as const, 6 as const),
      value: fc.constantFrom(...Object.keys(NUMBERS)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('meta' as const),
      key: fc.constantFrom(...META_KEYS),
      value: fc.constantFrom(...Object.keys(META_VALUES)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('metaDelete' as const), key: fc.constantFrom(...META_KEYS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'clearColA' as const,
        'renameSheet' as const,
        'deleteSheet' as const,
        'unhideMeta' as const,
        'deleteMetaSheet' as const,
        'allBlank' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('dropPart' as const), part: fc.constantFrom(...PARTS) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), pos: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      pos: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
  },
);
export const formMutation: fc.Arbitrary<FormMutation> = fc.record({
  name: fc.constantFrom(...NAMES),
  ops: fc.array(formOp, { minLength: 1, maxLength: 3 }),
});

/** The mutated form's bytes; exceljs may refuse to write a value (then that op is dropped). */
export async function applyForm(base: Buffer, m: FormMutation): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base as unknown as ArrayBuffer);
  const { ws, meta } = sheets(wb);
  const rows = rowsOf(ws);
  const taskRows = metaValue(meta, 'tasks')
    .split('\n')
    .filter(Boolean)
    .map((t) => rows.get(t)!)
    .filter(Boolean);
  const indRows = metaValue(meta, 'indicators')
    .split('\n')
    .filter(Boolean)
    .map((t) => rows.get(t)!)
    .filter(Boolean);
  const zipOps: FormOp[] = [];
  for (const op of m.ops) {
    switch (op.op) {
      case 'date':
        ws.getCell(rows.get('Ngày gửi báo cáo (dd/mm/yyyy):')!, 3).value = DATES[op.value]!();
        break;
      case 'status':
        if (taskRows.length)
          ws.getCell(taskRows[op.task % taskRows.length]!, 4).value = STATUSES[op.value]!();
        break;
      case 'result':
        if (taskRows.length) ws.getCell(taskRows[op.task % taskRows.length]!, 5).value = TEXTS[op.value]!();
        break;
      case 'indicator':
        if (indRows.length)
          ws.getCell(indRows[op.ind % indRows.length]!, op.col).value = NUMBERS[op.value]!();
        break;
      case 'meta': {
        const r = metaRow(meta, op.key);
        if (r) meta.getCell(r, 2).value = META_VALUES[op.value]!();
        break;
      }
      case 'metaDelete': {
        const r = metaRow(meta, op.key);
        if (r) {
          meta.getCell(r, 1).value = null;
          meta.getCell(r, 2).value = null;
        }
        break;
      }
      case 'clearColA':
        ws.eachRow((row) => {
          row.getCell(1).value = null;
        });
        break;
      case 'allBlank':
        for (const r of taskRows) for (const c of [4, 5, 6]) ws.getCell(r, c).value = null;
        break;
      case 'renameSheet':
        ws.name = 'Sheet1';
        break;
      case 'deleteSheet':
        wb.removeWorksheet(ws.id);
        break;
      case 'unhideMeta':
        meta.state = 'visible';
        break;
      case 'deleteMetaSheet':
        wb.removeWorksheet(meta.id);
        break;
      default:
        zipOps.push(op);
    }
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  } catch {
    bytes = base; // exceljs itself cannot write this value: the case degenerates to the base form
  }
  // Zip-level edits first, byte-level damage last: a part cannot be dropped from a zip already cut.
  const order = (op: FormOp) => (op.op === 'dropPart' ? 0 : 1);
  for (const op of [...zipOps].sort((a, b) => order(a) - order(b))) {
    if (op.op === 'dropPart') {
      const zip = await JSZip.loadAsync(bytes);
      zip.remove(op.part);
      bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    } else if (op.op === 'truncate') {
      bytes = bytes.subarray(0, op.pos % bytes.length);
    } else if (op.op === 'flip') {
      bytes = Buffer.from(bytes);
      bytes[op.pos % bytes.length] = bytes[op.pos % bytes.length]! ^ op.mask;
    }
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Zip bomb: the base form with one part that inflates to DCS_FUZZ_BOMB_MB (default 128) MB of
// zeros. Deflated in 1 MB chunks, so the test
// itself never holds the inflated bytes.

export const BOMB_MB = Number(process.env.DCS_FUZZ_BOMB_MB) || 128;
let bombPart: Promise<{ data: Buffer; crc: number; size: number }> | undefined;

function deflatedZeros(): Promise<{ data: Buffer; crc: number; size: number }> {
  bombPart ??= new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1 << 20);
    const z = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    let crc = 0;
    z.on('data', (b: Buffer) => out.push(b));
    z.on('error', reject);
    z.on('end', () => resolve({ data: Buffer.concat(out), crc, size: BOMB_MB * (1 << 20) }));
    let i = 0;
    const pump = () => {
      while (i < BOMB_MB) {
        crc = crc32(chunk, crc);
        i++;
        if (!z.write(chunk)) {
          z.once('drain', pump);
          return;
        }
      }
      z.end();
    };
    pump();
  });
  return bombPart;
}

interface Entry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

/** A plain zip (no zip64; every size < 4 GB), all entries deflated. */
function writeZip(entries: Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(0, 12);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    parts.push(local, name, e.data);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

export async function zipBomb(base: Buffer, where: BombPart): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const bomb = await deflatedZeros();
  const target =
    where === 'sheet'
      ? 'xl/worksheets/sheet1.xml'
      : where === 'media'
        ? 'xl/media/image1.png'
        : 'xl/sharedStrings.xml';
  const entries: Entry[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]!.dir || name === target) continue;
    const raw = await zip.file(name)!.async('nodebuffer');
    entries.push({ name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length });
  }
  entries.push({ name: target, data: bomb.data, crc: bomb.crc, size: bomb.size });
  return writeZip(entries);
}
