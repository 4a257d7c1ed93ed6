// The cache's files on disk (docs/design.md §7), apart from what they hold: files checked by a sum of
// their own (snapshots, pack indexes), packs of entries and where an entry is, and pruning. Every file is
// opened as plan files are (load/read.ts): a FIFO or a folder put in a file's place is never waited on and
// never a failure of the command.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isObj } from '../util/objects.js';
import { readRegularFile, readRegularRange } from './read.js';

/** Bump when what an entry holds changes shape. */
export const FORMAT = 6;
/** How many entries are kept: a ward's years of forms, many times over. */
export const MAX_ENTRIES = 20000;
export const KEEP_AFTER_PRUNE = 16000;
/** An entry used within this long is not marked used again (one write fewer per file on every run). */
export const TOUCH_AFTER_MS = 3600_000;

export const isSum = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
export const sum = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');
/** A temporary name beside `path`, to write it under and rename it into place: this process's own, never
 * taken for the file itself (pruning clears a pack's left by a run that stopped midway). */
export const tempFor = (path: string): string =>
  `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** What readSummed gives for a file it may not open (no permission, gone): not known to be damaged. */
export const UNREADABLE = Symbol('unreadable');

/** A file of lines written by this code and checked by a sum: a first line {"format":…,"sum":…} with the
 * SHA-256 of the rest, which is JSON. Its parsed rest; undefined for anything else (a FIFO or a folder
 * put in its place too, never waited on); UNREADABLE if it cannot be opened. */
export function readSummed(path: string): unknown {
  let bytes: Buffer | undefined;
  try {
    bytes = readRegularFile(path).bytes;
  } catch {
    return UNREADABLE;
  }
  if (!bytes) return undefined;
  try {
    const at = bytes.indexOf(0x0a);
    if (at < 0) return undefined;
    const head: unknown = JSON.parse(bytes.toString('latin1', 0, at));
    if (!isObj(head) || head.format !== FORMAT || head.sum !== sum(bytes.subarray(at + 1))) return undefined;
    return JSON.parse(bytes.toString('latin1', at + 1)) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes `path` through a temporary file renamed into place, its content given a piece at a time to
 * `each` by `pieces`, under a summed first line: written last, over a placeholder of its length (the sum
 * is known once the rest is written; one pass, a city's snapshot is tens of MB). */
export function writeSummed(path: string, pieces: (each: (piece: string) => void) => void): void {
  const headOf = (sum: string) => `{"format":${FORMAT},"sum":"${sum}"}\n`;
  const hash = createHash('sha256');
  const tmp = tempFor(path);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(tmp, 'w');
    writeSync(fd, headOf('0'.repeat(64)));
    pieces((piece) => {
      hash.update(piece);
      writeSync(fd!, piece);
    });
    writeSync(fd, headOf(hash.digest('hex')), 0);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // nothing more to do
    }
    throw e;
  }
}

/** The pack a pack index (`<kind>-<id>.idx`) lists: `<kind>-<id>.pack` beside it. */
export const packOf = (index: string): string => `${index.slice(0, -'.idx'.length)}.pack`;

/** A pack's index: summed, a list of [key, offset, length] of the entries in the pack (bytes: entries are
 * ASCII). Undefined when damaged or of another format; UNREADABLE when it cannot be opened. */
export function readPackIndex(
  path: string,
): [key: string, offset: number, length: number][] | undefined | typeof UNREADABLE {
  const rows = readSummed(path);
  if (rows === UNREADABLE) return UNREADABLE;
  if (!Array.isArray(rows)) return undefined;
  const ok = (rows as unknown[]).every(
    (r) =>
      Array.isArray(r) &&
      r.length === 3 &&
      isSum(r[0]) &&
      Number.isSafeInteger(r[1]) &&
      (r[1] as number) >= 0 &&
      Number.isSafeInteger(r[2]) &&
      (r[2] as number) > 0,
  );
  return ok ? (rows as [string, number, number][]) : undefined;
}

/** Where an entry is: a file of its own, or a stretch of a pack (then also the pack's index, whose time of
 * last change says when the pack was last used). */
export interface Place {
  path: string;
  pack?: { offset: number; length: number; index: string };
}

/** An entry's bytes (its one or two lines), and when it was last marked used if that came with reading it. */
export function readPlace(place: Place): { bytes: Buffer; mtimeMs?: number } | undefined {
  if (!place.pack) {
    const { bytes, stats } = readRegularFile(place.path);
    return bytes && { bytes, mtimeMs: stats.mtimeMs };
  }
  const bytes = readRegularRange(place.path, place.pack.offset, place.pack.length);
  return bytes && { bytes };
}

/** The packs of a kind in `dir`, by the keys of their entries: every pack holding a key, so that a copy
 * damaged in one does not hide a good one in another. */
export function readPacks(dir: string, kind: string): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return places;
  }
  for (const n of names) {
    if (!n.startsWith(`${kind}-`) || !n.endsWith('.idx')) continue;
    const index = join(dir, n);
    const rows = readPackIndex(index);
    if (!Array.isArray(rows)) continue;
    for (const [key, offset, length] of rows) {
      const place = { path: packOf(index), pack: { offset, length, index } };
      const known = places.get(key);
      if (known) known.push(place);
      else places.set(key, [place]);
    }
  }
  return places;
}

/** When a file was last written or marked used (0 if it is gone). */
export function lastUse(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Files by when they were last written or marked used, oldest first. */
export function byLastUse(paths: string[]): { path: string; used: number }[] {
  return paths.map((path) => ({ path, used: lastUse(path) })).sort((a, b) => a.used - b.used);
}

/** Removes a file of the cache, if it can: one it may not remove (another user's, a folder where a file
 * was) stays. */
export function remove(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // left as it is
  }
}

/** Keeps a kind's entries (files in `root`, packs beside it in packs/) bounded: past `max` entries, the
 * least recently used files and whole packs go (down to `keep`), never one holding an entry whose key is
 * in `spare` (those of the run that prunes); an entry a snapshot refers to (`refs`, by key) counts as used
 * when the snapshot last was. An index that is damaged or of another format counts as one entry; one this
 * user cannot read is left alone. An index whose pack is gone goes, and so do leftovers of runs that
 * stopped midway (a pack without its index, temporary files) once they are an hour old. */
export function prune(
  root: string,
  max = MAX_ENTRIES,
  keep = KEEP_AFTER_PRUNE,
  spare: ReadonlySet<string> = new Set(),
  refs: () => ReadonlyMap<string, number> = () => new Map(),
): void {
  const items: { paths: string[]; keys: string[]; count: number }[] = [];
  try {
    for (const sub of readdirSync(root))
      for (const name of readdirSync(join(root, sub)))
        items.push({ paths: [join(root, sub, name)], keys: [name.replace(/\.json$/, '')], count: 1 });
  } catch {
    return;
  }
  const packsDir = join(dirname(root), 'packs');
  const kind = `${basename(root)}-`;
  let names: string[] = [];
  try {
    names = readdirSync(packsDir).filter((n) => n.startsWith(kind));
  } catch {
    // no packs
  }
  const indexed = new Set<string>();
  for (const n of names.filter((n) => n.endsWith('.idx'))) {
    const index = join(packsDir, n);
    const pack = packOf(index);
    indexed.add(pack);
    const rows = readPackIndex(index);
    if (rows === UNREADABLE) continue;
    if (rows && !names.includes(basename(pack))) remove(index);
    else if (rows) items.push({ paths: [index, pack], keys: rows.map((r) => r[0]), count: rows.length });
    else items.push({ paths: [index, pack], keys: [], count: 1 });
  }
  const hourAgo = Date.now() - TOUCH_AFTER_MS;
  for (const n of names) {
    const path = join(packsDir, n);
    if (!n.endsWith('.idx') && !indexed.has(path) && lastUse(path) < hourAgo) remove(path);
  }
  let count = items.reduce((n, item) => n + item.count, 0);
  if (count <= max) return;
  const inSnapshots = refs();
  const ranked = items
    .map((item) => ({
      ...item,
      used: item.keys.reduce((u, k) => Math.max(u, inSnapshots.get(k) ?? 0), lastUse(item.paths[0]!)),
    }))
    .sort((a, b) => a.used - b.used);
  for (const item of ranked) {
    if (count <= keep) break;
    if (item.keys.some((k) => spare.has(k))) continue;
    for (const f of item.paths) remove(f);
    count -= item.count;
  }
}
