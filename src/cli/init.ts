// dcs init DIR --ward "Phường X": a plan folder for another ward that `dcs check` passes at once,
// with its own copy of the schemas so editors resolve every `$schema` line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n/ui.js';
import { fold } from '../util/closest.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { shown, writeAtomic } from './write.js';

export interface InitOptions extends GlobalOptions {
  ward?: string;
  year?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'phu-luc-2.yaml'];
const SCHEMAS = ['common', 'plan', 'units', 'appendix', 'report'].map((n) => `${n}.schema.json`);

/** "Phường Hồng An" → the words the template needs. */
export function wardWords(ward: string, year: number): Record<string, string> {
  const name = ward.normalize('NFC').trim().replace(/\s+/g, ' ');
  const kind = /^(phường|xã|đặc khu|thị trấn)\s/i.exec(name)?.[1]?.toLocaleLowerCase('vi') ?? 'phường';
  const place = name.replace(/^(phường|xã|đặc khu|thị trấn)\s+/i, '');
  return {
    WARD: name,
    WARD_LOWER: `${kind} ${place}`,
    KIND_LOWER: kind,
    PLACE: place,
    ID: `${
      fold(place)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'phuong'
    }-dcs-${year}`,
    YEAR: String(year),
    ECONOMY_OFFICE: kind === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế',
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
  const target = resolve(io.cwd, dir);
  if (existsSync(target) && !isEmptyFolder(target))
    throw new UsageError('usage.notEmpty', { dir: shown(io.cwd, target) });
  const words = wardWords(opts.ward, Number(io.now.toISOString().slice(0, 4)));
  for (const f of FILES) {
    const text = readFileSync(join(ROOT, 'templates/plan', f), 'utf8').replace(
      /\{\{(\w+)\}\}/g,
      (_, k: string) => words[k] ?? '',
    );
    writeAtomic(join(target, f), text);
  }
  for (const s of SCHEMAS) writeAtomic(join(target, 'schemas', s), readFileSync(join(ROOT, 'schemas', s)));
  writeAtomic(join(target, 'reports', '.gitkeep'), '');
  io.stdout(`${t(opts.lang, 'init.done', { dir: shown(io.cwd, target), ward: words.WARD! })}\n`);
  return 0;
}
