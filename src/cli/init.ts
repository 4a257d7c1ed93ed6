// dcs init DIR --ward "Phường X": a plan folder for another ward that `dcs check` passes at once,
// with its own copy of the schemas so editors resolve every `$schema` line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n/ui.js';
import { formatVnDate } from '../time/calendar.js';
import { todayIn } from '../time/today.js';
import { fold } from '../util/closest.js';
import { parseDateOption } from './dates.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { shown, writeAtomic } from './write.js';

export interface InitOptions extends GlobalOptions {
  ward?: string;
  start?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'phu-luc-2.yaml', 'README.md'];
const SCHEMAS = ['common', 'plan', 'units', 'appendix', 'report'].map((n) => `${n}.schema.json`);
/** The zone a new plan is written in (its settings.timezone), and so where "today" is for --start. */
const ZONE = 'Asia/Ho_Chi_Minh';

/** What each kind of commune-level unit calls itself and its residential units (since 1 July 2025: phường,
 * xã and đặc khu; a xã has thôn, a phường tổ dân phố, a đặc khu either). */
const KINDS = {
  phường: {
    economy: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    local: ['to-dan-pho', 'Các tổ dân phố', ['to-dan-pho']],
  },
  xã: { economy: 'Phòng Kinh tế', local: ['thon', 'Các thôn', ['thon']] },
  'đặc khu': {
    economy: 'Phòng Kinh tế',
    local: ['thon-to-dan-pho', 'Các thôn, tổ dân phố', ['thon', 'to-dan-pho']],
  },
} as const;
type Kind = keyof typeof KINDS;

/** "Phường Hồng An" → its kind and place, or undefined when it does not begin with one of the kinds. */
export function parseWard(ward: string): { kind: Kind; place: string } | undefined {
  const name = ward.normalize('NFC').trim().replace(/\s+/g, ' ');
  const m = /^(phường|xã|đặc khu) (\S.*)$/iu.exec(name);
  if (!m) return undefined;
  return { kind: m[1]!.toLocaleLowerCase('vi') as Kind, place: m[2]! };
}

/** The words the templates need, for a ward such as "Phường Hồng An" and a plan starting on `start`. */
export function wardWords(ward: { kind: Kind; place: string }, start: string): Record<string, string> {
  const { kind, place } = ward;
  const k = KINDS[kind];
  const year = start.slice(0, 4);
  return {
    WARD: `${kind.charAt(0).toLocaleUpperCase('vi')}${kind.slice(1)} ${place}`,
    WARD_LOWER: `${kind} ${place}`,
    KIND_LOWER: kind,
    PLACE: place,
    ID: `${
      fold(place)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'phuong'
    }-dcs-${year}`,
    START: start,
    START_VN: formatVnDate(start),
    // The template's first period is "Trước ngày 05/6 hằng năm": this year's if not yet past.
    FIRST_PERIOD: `${start <= `${year}-06-04` ? year : Number(year) + 1}-6t`,
    ECONOMY_OFFICE: k.economy,
    LOCAL_ID: k.local[0],
    LOCAL_NAME: k.local[1],
    LOCAL_NAME_LOWER: k.local[1].toLocaleLowerCase('vi'),
    LOCAL_KINDS: k.local[2].join(', '),
  };
}

/** An existing path is usable only as an empty folder (a file there is "not empty" too). */
function isEmptyFolder(path: string): boolean {
  try {
    return readdirSync(path).length === 0;
  } catch {
    return false;
  }
}

export function runInit(dir: string | undefined, opts: InitOptions, io: Io): number {
  if (!dir) throw new UsageError('usage.needDir');
  if (!opts.ward?.trim()) throw new UsageError('usage.needWard');
  const ward = parseWard(opts.ward);
  if (!ward)
    throw /^(phường|xã|đặc khu)$/iu.test(opts.ward.trim())
      ? new UsageError('usage.wardNoName', { ward: opts.ward.trim() })
      : new UsageError('usage.badWard', { ward: opts.ward.trim() });
  // From today in the plan's zone unless told: a plan made in November owes nothing from January.
  const start = opts.start === undefined ? todayIn(ZONE, io.now) : parseDateOption(opts.start, io, opts.lang);
  const target = resolve(io.cwd, dir);
  if (existsSync(target) && !isEmptyFolder(target))
    throw new UsageError('usage.notEmpty', { dir: shown(io.cwd, target) });
  const words = wardWords(ward, start);
  for (const f of FILES) {
    const text = readFileSync(join(ROOT, 'templates/plan', f), 'utf8').replace(
      /\{\{(\w+)\}\}/g,
      (_, k: string) => words[k] ?? '',
    );
    writeAtomic(join(target, f), text);
  }
  for (const s of SCHEMAS) writeAtomic(join(target, 'schemas', s), readFileSync(join(ROOT, 'schemas', s)));
  // VS Code (with the YAML extension) completes and checks each file against its schema as it is typed.
  writeAtomic(
    join(target, '.vscode', 'settings.json'),
    readFileSync(join(ROOT, 'templates/vscode/settings.json')),
  );
  writeAtomic(join(target, 'reports', '.gitkeep'), '');
  io.stdout(
    `${t(opts.lang, 'init.done', { dir: shown(io.cwd, target), ward: words.WARD!, start: formatVnDate(start) })}\n`,
  );
  return 0;
}
