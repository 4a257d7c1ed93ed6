// The mutation families, each a fast-check arbitrary of plain data (printable, shrinkable) and an
// `apply` that performs it on a ward copy. Values are named ("id100k") and built only when applied,
// so a counterexample prints short.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isPair, isScalar, parseDocument, visit, type Node } from 'yaml';
import { PERIOD, WARD } from './harness.js';

// ---------------------------------------------------------------------------------------------
// Family 1: YAML structure and value types.

/** Replacement values, as the YAML text put in place of a scalar (flow style fits anywhere). */
export const YAML_VALUES: Record<string, () => string> = {
  int: () => '42',
  negative: () => '-1',
  zero: () => '0',
  float: () => '0.1',
  huge: () => '1e308',
  overflow: () => '1e309', // core schema: a float that parses to Infinity
  inf: () => '.inf',
  nan: () => '.nan',
  unsafeInt: () => '9007199254740993',
  hex: () => '0x1F',
  list: () => '[1, "a", {b: c}]',
  emptyList: () => '[]',
  map: () => '{a: 1, b: [2]}',
  emptyMap: () => '{}',
  true: () => 'true',
  null: () => 'null',
  tilde: () => '~',
  empty: () => '""',
  blank: () => '"   "',
  hugeString: () => JSON.stringify('Chuỗi rất dài '.repeat(70_000)), // ~1 MB, under the 5 MB limit
  id100k: () => 'a'.repeat(100_000),
  badDate: () => '"2099-02-30"',
  shortDate: () => '"2026-1-1"',
  plainDate: () => '2026-06-03',
  leapDate: () => '"2028-02-29"',
  vnDate: () => '"31/12/2026"',
  zeroDate: () => '"0000-00-00"',
  timestamp: () => '"2026-06-10T00:00:00Z"',
  farDate: () => '"275760-09-14"',
  ctrlEscaped: () => '"bad\\x01text\\x1f"',
  ctrlRaw: () => '"bad\u0001text"',
  fffeEscaped: () => '"x\\uFFFEy\\uFFFF"',
  fffeRaw: () => '"x\uFFFEy"',
  loneSurrogate: () => '"x\\uD800y"',
  nested5000: () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
  nestedMaps: () => `${'{a: '.repeat(2000)}1${'}'.repeat(2000)}`,
  proto: () => '__proto__',
  constructorId: () => 'constructor',
  toStringId: () => 'toString',
  unknownRef: () => '"@khong-co-nhom"',
  unknownId: () => 'tdp-999',
  at: () => '"@"',
  emoji: () => '"😀 \u202Eabc"',
  undefinedAlias: () => '*khong_co',
  tagged: () => '!!binary aGVsbG8=',
  setTag: () => '!!set {a, b}',
  percent: () => '"50%"',
  commaNumber: () => '"28,5"',
  // Time phrases (deadline:, time:) at the edges of the grammar.
  phraseDay31: () => '"Trước ngày 31 hằng tháng"',
  phraseLeap: () => '"Trước ngày 29/02 hằng năm"',
  phraseImpossible: () => '"Trước ngày 30/02 hằng năm"',
  phraseYear0: () => '"Năm 0000"',
  phraseQuarter9999: () => '"Quý I, II, III, IV/9999"',
  phraseLastDay: () => '"Ngày 31/12/9999"',
  phraseMonth0: () => '"Tháng 12/0000"',
  phraseHalf0: () => '"6 tháng đầu năm 0000"',
  phraseLongRange: () => '"Trước ngày 25 hằng tháng giai đoạn 0001-9999"',
  phraseFrom0: () => '"Hằng tháng, từ năm 0000 trở đi"',
  phraseReversed: () => '"Hằng năm giai đoạn 2030-2026"',
  periodId13: () => '13t',
};

export const YAML_FILES = [
  'plan.yaml',
  'units.yaml',
  'phu-luc-1.yaml',
  'phu-luc-2.yaml',
  ...readdirSync(join(WARD, 'reports', PERIOD))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => `reports/${PERIOD}/${n}`),
  `reports/2025-nam/tdp-4.yaml`,
  `reports/2026-9t/tdp-4.yaml`,
];

export type YamlOp =
  | { op: 'replace'; target: number; value: string }
  | { op: 'replaceAt'; key: string; nth: number; value: string }
  | { op: 'renameKey'; target: number; key: string }
  | { op: 'delete'; target: number };
export interface YamlMutation {
  file: string;
  ops: YamlOp[];
}

/** Keys whose values the rules compute with: a value of one of these is replaced more often. */
const HOT_KEYS = [
  'submitted',
  'date',
  'start',
  'period',
  'unit',
  'within_days',
  'status',
  'value',
  'of',
  'task',
  'id',
  'lead',
  'support',
  'time',
  'target',
  'aggregate',
  'reported_by',
  'receiver',
  'units',
  'deadline',
  'mode',
  'file',
  'kind',
  'except',
  'all',
  'indicators',
  'tasks',
];
const KEYS = ['__proto__', 'constructor', 'ID', 'tasks ', '0', 'hasOwnProperty', 'prototype', '"a\\x01b"'];
const yamlOp: fc.Arbitrary<YamlOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      target: fc.nat(),
      value: fc.constantFrom(...Object.keys(YAML_VALUES)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('replaceAt' as const),
      key: fc.constantFrom(...HOT_KEYS),
      nth: fc.nat(),
      value: fc.constantFrom(...Object.keys(YAML_VALUES)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('renameKey' as const),
      target: fc.nat(),
      key: fc.constantFrom(...KEYS),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), target: fc.nat() }) },
);
export const yamlMutation: fc.Arbitrary<YamlMutation> = fc.record({
  file: fc.constantFrom(...YAML_FILES),
  ops: fc.array(yamlOp, { minLength: 1, maxLength: 3 }),
});

/** Scalars of a document as [start, end] text ranges: values (and keys, for renameKey); `under`: only values
 * of that key. */
function scalarRanges(text: string, keys: boolean, under?: string): [number, number][] {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  const out: [number, number][] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if ((key === 'key') !== keys || !node.range) return;
      if (under !== undefined) {
        // The value of `under: x`, or an item of `under: [x, y]` / `under:\n - x`.
        const owner = [...path].reverse().find((n) => isPair(n));
        if (!isPair(owner) || !isScalar(owner.key) || String(owner.key.value) !== under) return;
      }
      out.push([node.range[0], node.range[1]]);
    },
  });
  return out;
}

function applyYamlOp(text: string, op: YamlOp): string {
  if (op.op === 'delete') {
    const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
    let count = 0;
    visit(doc, {
      Pair() {
        count++;
      },
      Seq() {
        /* items counted below */
      },
    });
    const seqItems: Node[] = [];
    visit(doc, {
      Seq(_k, s) {
        for (const i of s.items) seqItems.push(i as Node);
      },
    });
    const total = count + seqItems.length;
    if (total === 0) return text;
    let n = op.target % total;
    if (n < count) {
      visit(doc, {
        Pair() {
          if (n-- === 0) return visit.REMOVE;
          return undefined;
        },
      });
    } else {
      const victim = seqItems[n - count];
      visit(doc, {
        Seq(_k, s) {
          s.items = s.items.filter((i) => i !== victim);
        },
      });
    }
    return doc.toString({ lineWidth: 0 });
  }
  let ranges =
    op.op === 'replaceAt' ? scalarRanges(text, false, op.key) : scalarRanges(text, op.op === 'renameKey');
  if (ranges.length === 0) ranges = scalarRanges(text, false); // the file has no such key: any value
  if (ranges.length === 0) return text;
  const [a, b] = ranges[(op.op === 'replaceAt' ? op.nth : op.target) % ranges.length]!;
  return text.slice(0, a) + (op.op === 'renameKey' ? op.key : YAML_VALUES[op.value]!()) + text.slice(b);
}

export function applyYaml(dir: string, m: YamlMutation): void {
  const path = join(dir, m.file);
  let text = readFileSync(path, 'utf8');
  for (const op of m.ops) {
    try {
      text = applyYamlOp(text, op);
    } catch {
      /* an earlier op made the text unparseable: keep it */
    }
  }
  writeFileSync(path, text);
}

// ---------------------------------------------------------------------------------------------
// Family 2: text bytes.

export type ByteOp =
  | { op: 'flip'; pos: number; mask: number }
  | { op: 'insert'; pos: number; bytes: number[] }
  | { op: 'truncate'; pos: number }
  | { op: 'nfd' | 'utf16le' | 'utf16be' | 'utf8bom' | 'crlf' | 'cr' | 'nul' | 'latin1' };
export interface ByteMutation {
  file: string;
  ops: ByteOp[];
}

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      pos: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      pos: fc.nat(),
      bytes: fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 255 }),
          fc.constantFrom(0x0a, 0x3a, 0x2d, 0x20, 0x22, 0x5b, 0x7b, 0x26, 0x2a, 0x21, 0x7c, 0x3e),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), pos: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'nfd' as const,
        'utf16le' as const,
        'utf16be' as const,
        'utf8bom' as const,
        'crlf' as const,
        'cr' as const,
        'nul' as const,
        'latin1' as const,
      ),
    }),
  },
);
export const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  file: fc.constantFrom(...YAML_FILES),
  ops: fc.array(byteOp, { minLength: 1, maxLength: 3 }),
});

function applyByteOp(b: Buffer, op: ByteOp): Buffer {
  const at = (pos: number) => (b.length === 0 ? 0 : pos % (b.length + 1));
  switch (op.op) {
    case 'flip': {
      if (b.length === 0) return b;
      const c = Buffer.from(b);
      c[op.pos % b.length] = c[op.pos % b.length]! ^ op.mask;
      return c;
    }
    case 'insert':
      return Buffer.concat([b.subarray(0, at(op.pos)), Buffer.from(op.bytes), b.subarray(at(op.pos))]);
    case 'truncate':
      return b.subarray(0, at(op.pos));
    case 'nfd':
      return Buffer.from(b.toString('utf8').normalize('NFD'));
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(b.toString('utf8'), 'utf16le').swap16()]);
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
    case 'crlf':
      return Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'));
    case 'cr':
      return Buffer.from(b.toString('utf8').replace(/\n/g, '\r'));
    case 'nul':
      return Buffer.concat([b, Buffer.from([0])]);
    case 'latin1':
      return Buffer.from(b.toString('utf8'), 'latin1');
  }
}

export function applyBytes(dir: string, m: ByteMutation): void {
  const path = join(dir, m.file);
  let b: Buffer = readFileSync(path);
  for (const op of m.ops) b = applyByteOp(b, op);
  writeFileSync(path, b);
}

// ---------------------------------------------------------------------------------------------
// Family 3: kinds of file in the period folder, and the folders themselves.

export const FILE_KINDS = [
  'danglingSymlink',
  'symlinkLoop',
  'symlinkToDir',
  'symlinkToReport',
  'subfolder',
  'subfolderNamedYaml',
  'fifoYaml',
  'fifoXlsx',
  'nonUtf8Name',
  'nonUtf8NameXlsx',
  'emptyXlsx',
  'emptyYaml',
  'xls',
  'ods',
  'xlsm',
  'txt',
  'upperCaseExt',
  'hiddenYaml',
  'unreadable',
  'periodIsFile',
  'reportsIsFile',
  'periodSymlinkLoop',
  'reportsSymlinkToPlan',
  'danglingPeriod',
  'bogusPeriodFolder',
  'newlineName',
  'longName',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];
export const fileKindMutation = fc.record({
  kinds: fc.uniqueArray(fc.constantFrom(...FILE_KINDS), { minLength: 1, maxLength: 3 }),
  form: fc.boolean(),
});

/** Plan-level kinds that hang or crash a reader that opens before it looks: run under fifoGuard. */
export const PLAN_KINDS = [
  'planFifo',
  'unitsFifo',
  'appendixFifo',
  'planIsDir',
  'unitsIsDir',
  'appendixIsDir',
  'unitsDangling',
  'appendixDangling',
  'planSymlinkLoop',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const isLinux = process.platform === 'linux';
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** Applies file kinds; returns the FIFOs made (for fifoGuard). `form` is a valid filled form's bytes. */
export function applyKinds(dir: string, kinds: readonly (FileKind | PlanKind)[], form: Buffer): string[] {
  const p = join(dir, 'reports', PERIOD);
  const fifos: string[] = [];
  // Kinds that replace a folder go last; a kind whose place another took is skipped.
  const last = new Set<string>(['periodIsFile', 'reportsIsFile']);
  for (const k of [...kinds].sort((a, b) => Number(last.has(a)) - Number(last.has(b)))) {
    try {
      applyKind(k);
    } catch (e) {
      if (!['EEXIST', 'ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    }
  }
  return fifos;

  function applyKind(k: FileKind | PlanKind): void {
    switch (k) {
      case 'danglingSymlink':
        symlinkSync('khong-co.yaml', join(p, 'tdp-10.yaml'));
        break;
      case 'symlinkLoop':
        symlinkSync('loop.yaml', join(p, 'loop.yaml'));
        break;
      case 'symlinkToDir':
        symlinkSync('..', join(p, 'th-hu-cau.yaml'));
        break;
      case 'symlinkToReport':
        symlinkSync('tdp-4.yaml', join(p, 'tdp-4-copy.yaml'));
        break;
      case 'subfolder':
        mkdirSync(join(p, 'cu'));
        writeFileSync(join(p, 'cu', 'tdp-10.yaml'), readFileSync(join(p, 'tdp-4.yaml')));
        break;
      case 'subfolderNamedYaml':
        mkdirSync(join(p, 'tdp-21.yml'));
        break;
      case 'fifoYaml':
        if (isLinux) {
          mkfifo(join(p, 'tdp-21.yaml'));
          fifos.push(join(p, 'tdp-21.yaml'));
        }
        break;
      case 'fifoXlsx':
        if (isLinux) {
          mkfifo(join(p, 'th-hu-cau.xlsx'));
          fifos.push(join(p, 'th-hu-cau.xlsx'));
        }
        break;
      case 'nonUtf8Name':
        writeFileSync(
          Buffer.concat([Buffer.from(`${p}/tdp-`), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]),
          readFileSync(join(p, 'tdp-4.yaml')),
        );
        break;
      case 'nonUtf8NameXlsx':
        writeFileSync(
          Buffer.concat([
            Buffer.from(`${p}/b\u00e1o c\u00e1o `),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('.xlsx'),
          ]),
          form,
        );
        break;
      case 'emptyXlsx':
        writeFileSync(join(p, 'tdp-21.xlsx'), '');
        break;
      case 'emptyYaml':
        writeFileSync(join(p, 'tdp-10.yml'), '');
        break;
      case 'xls':
        writeFileSync(
          join(p, 'tdp-21.xls'),
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
        );
        break;
      case 'ods':
        writeFileSync(join(p, 'tdp-21.ods'), form);
        break;
      case 'xlsm':
        writeFileSync(join(p, 'tdp-10.xlsm'), form);
        break;
      case 'txt':
        writeFileSync(join(p, 'ghi-chu.txt'), 'Ghi chú\n');
        break;
      case 'upperCaseExt':
        writeFileSync(join(p, 'TDP-10.XLSX'), form);
        break;
      case 'hiddenYaml':
        writeFileSync(join(p, '.tdp-10.yaml'), 'not: [valid');
        break;
      case 'unreadable':
        chmodSync(join(p, 'tdp-4.yaml'), 0o000);
        break;
      case 'periodIsFile':
        rmSync(p, { recursive: true });
        writeFileSync(p, 'không phải thư mục');
        break;
      case 'reportsIsFile':
        rmSync(join(dir, 'reports'), { recursive: true });
        writeFileSync(join(dir, 'reports'), '');
        break;
      case 'periodSymlinkLoop':
        symlinkSync('2027-6t', join(dir, 'reports', '2027-6t'));
        break;
      case 'reportsSymlinkToPlan':
        symlinkSync('.', join(dir, 'reports', '2027-nam'));
        break;
      case 'danglingPeriod':
        symlinkSync('khong-co', join(dir, 'reports', '2027-9t'));
        break;
      case 'bogusPeriodFolder':
        mkdirSync(join(dir, 'reports', 'cu'));
        writeFileSync(join(dir, 'reports', 'cu', 'tdp-1.yaml'), readFileSync(join(p, 'tdp-4.yaml')));
        break;
      case 'newlineName':
        writeFileSync(join(p, 'tdp-10\n.yaml'), readFileSync(join(p, 'tdp-4.yaml')));
        break;
      case 'longName':
        writeFileSync(join(p, `${'b'.repeat(250)}.yaml`), readFileSync(join(p, 'tdp-4.yaml')));
        break;
      // Plan level.
      case 'planFifo':
        if (isLinux) {
          rmSync(join(dir, 'plan.yaml'));
          mkfifo(join(dir, 'plan.yaml'));
          fifos.push(join(dir, 'plan.yaml'));
        }
        break;
      case 'unitsFifo':
        if (isLinux) {
          rmSync(join(dir, 'units.yaml'));
          mkfifo(join(dir, 'units.yaml'));
          fifos.push(join(dir, 'units.yaml'));
        }
        break;
      case 'appendixFifo':
        if (isLinux) {
          rmSync(join(dir, 'phu-luc-1.yaml'));
          mkfifo(join(dir, 'phu-luc-1.yaml'));
          fifos.push(join(dir, 'phu-luc-1.yaml'));
        }
        break;
      case 'planIsDir':
        rmSync(join(dir, 'plan.yaml'));
        mkdirSync(join(dir, 'plan.yaml'));
        break;
      case 'unitsIsDir':
        rmSync(join(dir, 'units.yaml'));
        mkdirSync(join(dir, 'units.yaml'));
        break;
      case 'appendixIsDir':
        rmSync(join(dir, 'phu-luc-1.yaml'));
        mkdirSync(join(dir, 'phu-luc-1.yaml'));
        break;
      case 'unitsDangling':
        rmSync(join(dir, 'units.yaml'));
        symlinkSync('khong-co.yaml', join(dir, 'units.yaml'));
        break;
      case 'appendixDangling':
        rmSync(join(dir, 'phu-luc-1.yaml'));
        symlinkSync('khong-co.yaml', join(dir, 'phu-luc-1.yaml'));
        break;
      case 'planSymlinkLoop':
        rmSync(join(dir, 'plan.yaml'));
        symlinkSync('plan.yaml', join(dir, 'plan.yaml'));
        break;
    }
  }
}
