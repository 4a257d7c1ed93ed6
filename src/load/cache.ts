// A cache of what reading a file found (docs/design.md §7): for a filled-in Excel form its record, data
// and diagnostics; for a YAML file its data, diagnostics and the index of where each value is written.
// Keyed by the file's bytes, the name it is shown by, and the code that read it. An unchanged file is
// never parsed twice; a cached form does not load exceljs, and a cached YAML file not the YAML library.
// What the cache returns is exactly what reading would: an entry that is unreadable, of another format
// or for another key is ignored (and rewritten); the cache is bounded, least recently used entries
// pruned (each kind on its own). Per plan folder, a snapshot holds every file's value and its status on
// disk when read: a warm run takes a file whose status is unchanged (and was settled when read: see
// SETTLED_MS) without reading it, and any other file by its bytes, as before. A run writes its first
// entries as files of their own and the rest into one pack (see PACK_AFTER).
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormRead } from '../excel/read-form.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isObj, type Obj } from '../util/objects.js';
import { readRegularFile, statForReading } from './read.js';
import {
  byLastUse,
  FORMAT,
  isSum,
  KEEP_AFTER_PRUNE,
  MAX_ENTRIES,
  type Place,
  prune,
  readPacks,
  readPlace,
  readSummed,
  remove,
  sum,
  tempFor,
  TOUCH_AFTER_MS,
  writeSummed,
} from './cache-files.js';
import { decodeText, MAX_TEXT_BYTES } from './text.js';
import type { IndexNode, SourceIndex, YamlFile } from './yaml-file.js';

/** A run writes its first entries each as a file of its own, and any more (a first read of a large plan)
 * into one pack file: creating thousands of small files cost a city's first compile seconds (0.3–0.5 ms
 * a file on this project's machines, more on Windows). */
export const PACK_AFTER = 32;

/**
 * Where the cache lives: $DCS_CACHE_DIR; else node_modules/.cache/dcs in the nearest folder above the
 * plan that has node_modules (a checkout of dcs, or a ward's repository with it installed); else the
 * user's cache folder. Never the plan folder itself: a cache must not show up in the ward's git status.
 */
export function cacheDir(planDir: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.DCS_CACHE_DIR) return env.DCS_CACHE_DIR;
  for (let dir = planDir; ; dir = dirname(dir)) {
    try {
      if (statSync(join(dir, 'node_modules')).isDirectory())
        return join(dir, 'node_modules', '.cache', 'dcs');
    } catch {
      // not here
    }
    if (dirname(dir) === dir) break;
  }
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'dcs');
  if (env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'dcs', 'Cache');
  if (env.HOME) return join(env.HOME, '.cache', 'dcs');
  return undefined;
}

/** Set by the bundler (scripts/bundle.mjs) to treeHash of the sources it built from. */
declare const DCS_BUILD_HASH: string | undefined;

/** Every file of a tree of dcs's code (src/, or dist/ as tsc builds it), the schemas, the lock file and
 * the built validators, as they are on disk now: what the cache's entries depend on besides the bytes
 * read. Written into the bundle by the bundler; computed at run time when dcs runs from its module tree. */
export function treeHash(tree: string): string {
  const root = join(tree, '..');
  const files = [tree, join(root, 'schemas')]
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name)),
    )
    .filter((f) => !f.startsWith(join(tree, 'bundle')))
    .sort();
  const h = createHash('sha256');
  // The lock file (the libraries' versions) and the validators built from the schemas by
  // scripts/build-validators.mjs (their options are the script's).
  for (const f of [...files, join(root, 'package-lock.json'), join(root, 'dist', 'validators.cjs')]) {
    h.update(f.slice(root.length)).update('\0');
    try {
      h.update(readFileSync(f));
    } catch {
      // an installed package has no lock file
    }
  }
  return h.digest('hex');
}

/** What reads a file of `kind`: a change to the code is a change to every key. */
let code: string | undefined;
const fingerprint = (kind: 'forms' | 'yaml'): string => {
  code ??=
    typeof DCS_BUILD_HASH === 'string'
      ? DCS_BUILD_HASH
      : treeHash(fileURLToPath(new URL('..', import.meta.url)));
  // The runtime too: Unicode normalisation, \p{M} and the stack's depth are Node's and ICU's.
  const runtime = `${process.version} icu ${process.versions.icu ?? '-'}`;
  return createHash('sha256').update(`${kind} format ${FORMAT}\0${code}\0${runtime}`).digest('hex');
};

/** An entry's first line up to its value: {"format":…,"key":…,"sum":…,"later":…,"value": (as
 * JSON.stringify writes that object: key and sums are hex strings, `later` may be null). */
const headOf = (key: string, valueSum: string, laterSum: string | null): string =>
  `{"format":${FORMAT},"key":"${key}","sum":"${valueSum}","later":${laterSum === null ? 'null' : `"${laterSum}"`},"value":`;
/** JSON with every character past ASCII escaped: read back as a one-byte string, which V8 decodes and
 * parses about a third faster than the same text with Vietnamese in it. */
const asciiJson = (v: unknown): string =>
  JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Only plain JSON round-trips unchanged; anything else is read afresh every time. */
function jsonSafe(v: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every((x) => jsonSafe(x, depth + 1));
  if (isObj(v) && Object.getPrototypeOf(v) === Object.prototype)
    return Object.values(v).every((x) => x !== undefined && jsonSafe(x, depth + 1));
  return false;
}

const isPairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) &&
  v.every(
    (c: unknown) => Array.isArray(c) && c.length === 2 && c.every((x: unknown) => typeof x === 'string'),
  );
const numberOrNull = (v: unknown) => v === null || typeof v === 'number';
const stringOrNull = (v: unknown) => v === null || typeof v === 'string';
/** Diagnostics as diag() makes them: a damaged severity would drop an error unseen. */
const isDiagnostics = (v: unknown): v is Diagnostic[] =>
  Array.isArray(v) &&
  v.every(
    (d: unknown) =>
      isObj(d) &&
      typeof d.code === 'string' &&
      typeof d.file === 'string' &&
      (d.severity === 'error' || d.severity === 'warning') &&
      isObj(d.params) &&
      Object.values(d.params).every((p) => typeof p === 'string' || typeof p === 'number') &&
      numberOrNull(d.line) &&
      numberOrNull(d.col) &&
      stringOrNull(d.sheet) &&
      stringOrNull(d.cell) &&
      (d.pointer === undefined || typeof d.pointer === 'string') &&
      (d.at === undefined || d.at === 'key' || d.at === 'value'),
  );
const isRecord = (v: unknown): v is Record<string, string> =>
  isObj(v) && Object.values(v).every((x) => typeof x === 'string');
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));
const isIndexNodes = (v: unknown): v is IndexNode[] =>
  Array.isArray(v) &&
  v.every(
    (n: unknown) =>
      Array.isArray(n) &&
      n.length === 4 &&
      typeof n[0] === 'string' &&
      Number.isInteger(n[1]) &&
      Number.isInteger(n[2]) &&
      Number.isInteger(n[3]),
  );

/** How a kind of file is kept: what of it goes into an entry, and how an entry is checked and read back.
 * An entry is one line of JSON, then optionally a second: a part only some runs need (a YAML file's
 * position index, wanted only when something in the file must be placed), parsed when first asked for. */
interface Codec<T> {
  kind: 'forms' | 'yaml';
  encode(value: T): { value: unknown; later?: unknown };
  /** The value, or undefined when the entry is not one this code wrote. `later` parses the second line. */
  /** `bytes`: the file's bytes, read again if need be (undefined if they are no longer those cached). */
  decode(raw: Obj, bytes: () => Uint8Array | undefined, file: string, later: () => unknown): T | undefined;
}

/** A cached entry's deferred part turned out damaged once asked for: what was read from the cache must
 * be read again (loadPlan does, and rewrites the entry). */
export class DamagedEntry extends Error {
  constructor(readonly read: YamlFile | FormRead) {
    super('damaged cache entry');
  }
}

/** A form's entry holds its record, data, sheet and findings; where each value came from (the cells,
 * wanted only to place a finding) is on the second line. */
const FORMS: Codec<FormRead> = {
  kind: 'forms',
  encode: (form) => ({
    value: { meta: form.meta, data: form.data ?? null, sheet: form.sheet, diagnostics: form.diagnostics },
    later: [...form.cells],
  }),
  decode(raw, _bytes, _file, later) {
    const { meta, data, sheet, diagnostics } = raw;
    if (typeof sheet !== 'string' || !isDiagnostics(diagnostics)) return undefined;
    if (!(meta === null || isRecord(meta)) || !(data === null || isObj(data))) return undefined;
    return new CachedFormRead(meta, data ?? undefined, sheet, diagnostics, later);
  },
};

/** A form from the cache: its cells read from the entry's second line when first asked for. */
class CachedFormRead implements FormRead {
  #cells: Map<string, string> | undefined;
  constructor(
    readonly meta: Record<string, string> | null,
    readonly data: Record<string, unknown> | undefined,
    readonly sheet: string,
    readonly diagnostics: Diagnostic[],
    private readonly later: () => unknown,
  ) {}
  get cells(): Map<string, string> {
    if (this.#cells) return this.#cells;
    const v = this.later();
    if (!isPairs(v)) throw new DamagedEntry(this);
    return (this.#cells = new Map(v));
  }
}

/** A YAML file's entry holds everything but its text, which is decoded again from the bytes when wanted,
 * and its position index, on the second line, parsed when something in the file must be placed. */
const YAML: Codec<YamlFile> = {
  kind: 'yaml',
  encode: (y) => ({
    value: {
      hasData: y.data !== undefined,
      data: y.data ?? null,
      diagnostics: y.diagnostics,
      schemaDiagnostics: y.schemaDiagnostics ?? null,
      hasIndex: y.index !== null,
    },
    later: y.index ?? undefined,
  }),
  decode(raw, bytes, file, later) {
    const { hasData, data, diagnostics, schemaDiagnostics, hasIndex } = raw;
    if (typeof hasData !== 'boolean' || typeof hasIndex !== 'boolean' || !isDiagnostics(diagnostics))
      return undefined;
    if (!(schemaDiagnostics === null || isDiagnostics(schemaDiagnostics))) return undefined;
    return new CachedYamlFile(
      file,
      hasData ? data : undefined,
      diagnostics,
      schemaDiagnostics ?? undefined,
      bytes,
      hasIndex ? later : undefined,
    );
  },
};

/** A YAML file from the cache: its text decoded from the bytes, and its index read from the entry's
 * second line, each when first asked for (a class: one shape and one set of getters for every file). */
class CachedYamlFile implements YamlFile {
  #text: string | null | undefined;
  #index: SourceIndex | null | undefined;
  declare schemaDiagnostics?: Diagnostic[];
  constructor(
    readonly file: string,
    readonly data: unknown,
    readonly diagnostics: Diagnostic[],
    schemaDiagnostics: Diagnostic[] | undefined,
    private readonly bytes: () => Uint8Array | undefined,
    /** The entry's second line; undefined when the file has no index (it could not be parsed). */
    private readonly later: (() => unknown) | undefined,
  ) {
    if (schemaDiagnostics) this.schemaDiagnostics = schemaDiagnostics;
    if (!later) this.#index = null;
  }
  get text(): string | null {
    if (this.#text !== undefined) return this.#text;
    // A file changed on disk since it was taken from the snapshot has no text of this read to show.
    const bytes = this.bytes();
    return (this.#text = bytes ? decodeText(bytes, this.file).text : null);
  }
  get index(): SourceIndex | null {
    if (this.#index !== undefined) return this.#index;
    const v = this.later?.();
    if (!isObj(v) || !isNumbers(v.lineStarts) || !isIndexNodes(v.nodes)) throw new DamagedEntry(this);
    return (this.#index = { lineStarts: v.lineStarts, nodes: v.nodes });
  }
}

/** A file of the plan folder as it was read: its absolute path and the status fstat gave as it was read,
 * for the plan folder's snapshot (see openCache). */
export interface FileAt {
  abs: string;
  stats: Stats;
}

/** Entries keyed by a file's bytes, the name it is shown by and, where reading depends on it, its role. */
export interface Store<T> {
  /** The file's value when its status on disk is the one it was read with, some seconds after it was
   * last changed (see Signature): no need to read it. */
  known(at: string, file: string, role?: string): T | undefined;
  get(bytes: Uint8Array, file: string, role?: string, at?: FileAt): T | undefined;
  set(bytes: Uint8Array, file: string, value: T, role?: string, at?: FileAt): void;
  /** After reading: keeps the store bounded if anything was written, never removing an entry of this run. */
  finish(): void;
}
export type FormCache = Store<FormRead>;
export type YamlCache = Store<YamlFile>;
export interface ReadCache {
  forms: FormCache;
  yaml: YamlCache;
  /** Reading is over: prune what needs pruning (a plan of 30,000 files must not push out its own). */
  finish(): void;
}

/** One file of a plan folder as last read: its name as shown, role, entry key, the sum of the entry's
 * second line, and its value (as JSON text when it came from an entry or was just read). */
interface Snapped {
  abs: string;
  file: string;
  role: string;
  key: string;
  /** The file's status when read, if it may be trusted next time (see signature). */
  sig: Signature | null;
  later: string | null;
  value: Obj;
  json?: string;
}

/** A file is snapshotted in each role it is read in (units.yaml may be an appendix too). */
const snapKey = (abs: string, role: string): string => `${role}\0${abs}`;

/** A file's device, inode, size, and times of last change to its content and to its inode, in ms. */
type Signature = [dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number];
/** How long after its last change a file's status is trusted to tell its content: a change within the
 * file system's clock tick (a second or two on some) of one before it may leave size and times as they
 * were; a change later than this after the file was read cannot (git's "racy clean" rule). */
export const SETTLED_MS = 3000;
/** The status by which a file read at `readAt` is known next time, or null if it changed too recently
 * before it was read to be told apart from a change right after. */
export function signature(stats: Stats, readAt: number): Signature | null {
  if (!stats.isFile() || Math.max(stats.mtimeMs, stats.ctimeMs) > readAt - SETTLED_MS) return null;
  return [stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}
const isSignature = (v: unknown): v is Signature =>
  Array.isArray(v) && v.length === 5 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const sameSignature = (a: Signature, stats: Stats): boolean =>
  stats.isFile() &&
  a[0] === stats.dev &&
  a[1] === stats.ino &&
  a[2] === stats.size &&
  a[3] === stats.mtimeMs &&
  a[4] === stats.ctimeMs;

/** How many snapshots of plan folders are kept, per kind: the plans (and folders run from) used last. */
const KEEP_SNAPSHOTS = 32;

/** A snapshot file: summed (see readSummed), a list of [absolute path, shown name, role, key, later sum,
 * signature, value]. Anything else reads as no snapshot. */
function readSnapshot(path: string): Map<string, Snapped> {
  const files = new Map<string, Snapped>();
  const rows = readSummed(path);
  if (!Array.isArray(rows)) return files;
  for (const r of rows as unknown[]) {
    if (!Array.isArray(r) || r.length !== 7) return new Map();
    const [abs, file, role, key, later, sig, value] = r as unknown[];
    if (typeof abs !== 'string' || typeof file !== 'string' || typeof role !== 'string') return new Map();
    if (!isSum(key) || !(later === null || isSum(later)) || !isObj(value)) return new Map();
    if (!(sig === null || isSignature(sig))) return new Map();
    files.set(snapKey(abs, role), { abs, file, role, key, later, sig, value });
  }
  return files;
}

/** This run's pack, being written: entries past the first PACK_AFTER. */
interface Pack {
  path: string;
  tmp: string;
  index: string;
  fd: number;
  size: number;
  rows: [string, number, number][];
}

function store<T>(dir: string, codec: Codec<T>, scope?: string): Store<T> {
  const kindKey = fingerprint(codec.kind);
  const keyOf = (bytes: Uint8Array, file: string, role = '') =>
    createHash('sha256').update(`${kindKey}\0${file}\0${role}\0`).update(bytes).digest('hex');
  const root = join(dir, codec.kind);
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  const packsDir = join(dir, 'packs');
  let written = 0;
  /** Folders made (or found) already this run. */
  const made = new Set<string>();
  /** Keys of the entries read or written this run: never pruned by it. */
  const used = new Set<string>();
  /** Entry files and packs marked used this run. */
  const marked = new Set<string>();
  /** This run's pack; null once it could not be written (no more entries this run). */
  let pack: Pack | null | undefined;
  /** The packs on disk by key, read when an entry is first not found as a file of its own. */
  let packed: Map<string, Place[]> | undefined;
  // The plan folder's snapshot: every file's value in one file, read once (no entry file per report on
  // a warm run). Still keyed by content: a file is taken from it only when its bytes give the same key.
  const snapshots = join(dir, 'snapshots');
  const snapshotPath =
    scope === undefined ? undefined : join(snapshots, `${codec.kind}-${sum(`${kindKey}\0${scope}`)}.json`);
  let before: Map<string, Snapped> | undefined;
  const after = new Map<string, Snapped>();
  let changed = false;

  /** The entry files in each folder of entries, listed when first looked in: an entry not listed is not
   * opened (a first read of a city tried 5,000 that were not there). */
  const listed = new Map<string, Set<string>>();
  const listedIn = (sub: string): Set<string> => {
    let names = listed.get(sub);
    if (!names) {
      try {
        names = new Set(readdirSync(join(root, sub)));
      } catch {
        names = new Set();
      }
      listed.set(sub, names);
    }
    return names;
  };
  /** Where the entry for `key` may be: its own file, then a pack. */
  function* placesOf(key: string): Generator<Place> {
    if (listedIn(key.slice(0, 2)).has(`${key}.json`)) yield { path: pathOf(key) };
    yield* (packed ??= readPacks(packsDir, codec.kind)).get(key) ?? [];
  }

  /** The entry's second line, read when asked for and checked against its sum; undefined when it is gone
   * (pruned, rewritten by another run) or damaged: then the file is read afresh. */
  const laterAt = (place: Place, laterSum: string | null): unknown => {
    try {
      const again = readPlace(place)?.bytes.toString('latin1');
      const at = again?.indexOf('\n') ?? -1;
      if (!again || at < 0 || laterSum === null || sum(again.slice(at + 1)) !== laterSum) return undefined;
      return JSON.parse(again.slice(at + 1)) as unknown;
    } catch {
      return undefined;
    }
  };
  /** The same, for an entry known by its key only (a snapshot's): wherever it is found whole. */
  const laterOf = (key: string, laterSum: string | null) => (): unknown => {
    for (const place of placesOf(key)) {
      const v = laterAt(place, laterSum);
      if (v !== undefined) return v;
    }
    return undefined;
  };

  /** Recently used: the last to be pruned (to the hour: a run does not rewrite the times of entries it
   * used a minute ago; a pack is marked through its index, once a run). */
  function markUsed(place: Place, mtimeMs: number | undefined): void {
    const path = place.pack?.index ?? place.path;
    if (marked.has(path)) return;
    marked.add(path);
    const now = Date.now();
    try {
      if (now - (mtimeMs ?? statSync(path).mtimeMs) < TOUCH_AFTER_MS) return;
      utimesSync(path, now / 1000, now / 1000);
    } catch {
      // a cache dcs may read but not write
    }
  }

  /** The entry for `key` at `place`, if it is one this code wrote for that key: its value and its first
   * line as written. */
  function entryAt(place: Place, key: string, file: string, bytes: () => Uint8Array | undefined) {
    try {
      const found = readPlace(place);
      if (!found) return undefined;
      // JSON.stringify writes no raw line break: the first one ends the first line.
      const end = found.bytes.indexOf(0x0a);
      const line = found.bytes.toString('latin1', 0, end < 0 ? undefined : end);
      const raw: unknown = JSON.parse(line);
      if (!isObj(raw) || raw.format !== FORMAT || raw.key !== key || !isObj(raw.value)) return undefined;
      if (!isSum(raw.sum) || !(raw.later === null || isSum(raw.later))) return undefined;
      // The value exactly as written, checked against its sum: an entry edited by hand, even into
      // well-formed JSON, is not this code's and is read afresh.
      const head = headOf(key, raw.sum, raw.later);
      if (!line.startsWith(head) || !line.endsWith('}') || raw.sum !== sum(line.slice(head.length, -1)))
        return undefined;
      const laterSum = raw.later;
      const value = codec.decode(raw.value, bytes, file, () => laterAt(place, laterSum));
      if (value === undefined) return undefined;
      markUsed(place, found.mtimeMs);
      return { value, raw: raw.value, laterSum, json: line.slice(head.length, -1) };
    } catch {
      return undefined;
    }
  }

  /** A file's row for the snapshot this run writes. */
  const remember = (at: FileAt, sig: Signature | null, s: Omit<Snapped, 'sig' | 'abs'>) => {
    after.set(snapKey(at.abs, s.role), { ...s, abs: at.abs, sig });
    changed = true;
  };

  const snapshot = (): Map<string, Snapped> =>
    (before ??= snapshotPath === undefined ? new Map<string, Snapped>() : readSnapshot(snapshotPath));

  /** A snapshot's file taken as it is; undefined when its value is not one this code wrote. */
  function take(s: Snapped, bytes: () => Uint8Array | undefined): T | undefined {
    const value = codec.decode(s.value, bytes, s.file, laterOf(s.key, s.later));
    if (value !== undefined) {
      after.set(snapKey(s.abs, s.role), s);
      used.add(s.key);
    }
    return value;
  }

  /** An entry in a file of its own, renamed into place. */
  function writeEntry(key: string, content: string): void {
    const path = pathOf(key);
    const tmp = tempFor(path);
    try {
      if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
      made.add(dirname(path));
      // Written in turn: on the thread pool (tried) the writes took the second core from the garbage
      // collector and a city's first compile gained nothing.
      writeFileSync(tmp, content);
      renameSync(tmp, path);
      listed.get(key.slice(0, 2))?.add(`${key}.json`);
    } catch (e) {
      remove(tmp);
      throw e;
    }
  }

  /** An entry appended to this run's pack (made on its first entry, put in place by finish()). */
  function packEntry(key: string, content: string): void {
    if (pack === null) throw new Error('no pack this run');
    if (!pack) {
      const name = join(packsDir, `${codec.kind}-${randomBytes(12).toString('hex')}`);
      const tmp = tempFor(`${name}.pack`);
      try {
        mkdirSync(packsDir, { recursive: true });
        pack = { path: `${name}.pack`, tmp, index: `${name}.idx`, fd: openSync(tmp, 'w'), size: 0, rows: [] };
      } catch (e) {
        // A cache that cannot be written: not tried again for every entry.
        pack = null;
        throw e;
      }
    }
    const line = `${content}\n`;
    try {
      if (writeSync(pack.fd, line) !== line.length) throw new Error('short write');
    } catch (e) {
      dropPack();
      throw e;
    }
    pack.rows.push([key, pack.size, content.length]);
    pack.size += line.length;
  }
  function dropPack(): void {
    if (!pack) return;
    try {
      closeSync(pack.fd);
    } catch {
      // closed already
    }
    for (const f of [pack.tmp, pack.path, pack.index]) remove(f);
    pack = null;
  }
  /** This run's pack put in place: the pack, then its index (which is what makes it found). */
  function closePack(): void {
    if (!pack) return;
    const { fd, tmp, path, index, rows } = pack;
    try {
      closeSync(fd);
      renameSync(tmp, path);
      writeSummed(index, (each) => each(JSON.stringify(rows)));
      pack = undefined;
    } catch {
      dropPack();
    }
  }

  return {
    known(abs, file, role = '') {
      const s = snapshot().get(snapKey(abs, role));
      if (!s?.sig || s.file !== file || s.role !== role) return undefined;
      // Opened (not read), not just stat'ed: a file this user may not read, or that another program holds
      // locked, is read and said so, as without the cache (a snapshot may have been made by another user).
      let stats: Stats;
      try {
        stats = statForReading(abs);
      } catch {
        return undefined;
      }
      if (!sameSignature(s.sig, stats)) return undefined;
      // Its bytes only if something must be quoted from it, and only if they still give this key.
      return take(s, () => {
        try {
          const { bytes } = readRegularFile(abs, MAX_TEXT_BYTES);
          return bytes && keyOf(bytes, file, role) === s.key ? bytes : undefined;
        } catch {
          return undefined;
        }
      });
    },
    get(bytes, file, role, at) {
      const key = keyOf(bytes, file, role);
      // Read and checked by content: the status it was read with is recorded (it may now be settled).
      const sig = at && signature(at.stats, Date.now());
      const record = (s: Omit<Snapped, 'sig' | 'abs'>) => at && remember(at, sig ?? null, s);
      const s = at && snapshot().get(snapKey(at.abs, role ?? ''));
      if (at && s && s.key === key && s.file === file && s.role === (role ?? '')) {
        const value = take(s, () => bytes);
        if (value !== undefined) {
          if (JSON.stringify(s.sig) !== JSON.stringify(sig)) record(s);
          return value;
        }
      }
      for (const place of placesOf(key)) {
        const found = entryAt(place, key, file, () => bytes);
        if (!found) continue;
        used.add(key);
        record({ file, role: role ?? '', key, later: found.laterSum, value: found.raw, json: found.json });
        return found.value;
      }
      return undefined;
    },
    set(bytes, file, value, role, at) {
      const readAt = Date.now();
      const { value: kept, later } = codec.encode(value);
      const key = keyOf(bytes, file, role);
      if (!jsonSafe(kept) || (later !== undefined && !jsonSafe(later))) return;
      const text = asciiJson(kept);
      const second = later === undefined ? undefined : asciiJson(later);
      const laterSum = second === undefined ? null : sum(second);
      const first = `${headOf(key, sum(text), laterSum)}${text}}`;
      const content = second === undefined ? first : `${first}\n${second}`;
      try {
        if (written < PACK_AFTER) writeEntry(key, content);
        else packEntry(key, content);
      } catch {
        // A cache that cannot be written is no cache: reading goes on, and no half-written file stays.
        return;
      }
      used.add(key);
      written++;
      if (at)
        remember(at, signature(at.stats, readAt), {
          file,
          role: role ?? '',
          key,
          later: laterSum,
          value: kept as Obj,
          json: text,
        });
    },
    finish() {
      closePack();
      if (snapshotPath !== undefined && (changed || after.size !== (before?.size ?? 0)))
        writeSnapshot(snapshotPath, after);
      // Pruning only keeps the cache small: nothing it meets (a file it may not remove, a folder where a
      // file was) is a reason for a command to fail.
      if (written > 0)
        try {
          prune(root, MAX_ENTRIES, KEEP_AFTER_PRUNE, used, () => referenced(snapshots, codec.kind));
        } catch {
          // the next run prunes
        }
    },
  };
}

/** Writes a snapshot (renamed into place), a row at a time: a city's is tens of MB, and joined into one
 * string, hashed and written it held several copies at once at the run's peak of memory. Then keeps the
 * newest few of its kind. */
function writeSnapshot(path: string, files: Map<string, Snapped>): void {
  try {
    writeSummed(path, (each) => {
      let first = true;
      for (const s of files.values()) {
        const later = s.later === null ? 'null' : `"${s.later}"`;
        const value = s.json ?? asciiJson(s.value);
        each(
          `${first ? '[' : ','}[${asciiJson(s.abs)},${asciiJson(s.file)},${asciiJson(s.role)},"${s.key}",${later},${JSON.stringify(s.sig)},${value}]`,
        );
        first = false;
      }
      each(first ? '[]' : ']');
    });
    const kind = basename(path).split('-')[0]!;
    const mine = readdirSync(dirname(path))
      .filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.json'))
      .map((n) => join(dirname(path), n));
    if (mine.length > KEEP_SNAPSHOTS)
      for (const old of byLastUse(mine).slice(0, mine.length - KEEP_SNAPSHOTS)) remove(old.path);
  } catch {
    // a cache that cannot be written: the next run reads the files
  }
}

/** The keys of the entries the snapshots of a kind refer to, each as recently used as the snapshot: an
 * entry a warm run takes from a snapshot is not read, so not marked, yet still wanted (its second line). */
function referenced(snapshots: string, kind: string): Map<string, number> {
  const refs = new Map<string, number>();
  let names: string[];
  try {
    names = readdirSync(snapshots).filter((n) => n.startsWith(`${kind}-`) && n.endsWith('.json'));
  } catch {
    return refs;
  }
  for (const { path, used } of byLastUse(names.map((n) => join(snapshots, n))))
    for (const s of readSnapshot(path).values()) refs.set(s.key, used);
  return refs;
}

/** The cache in `dir` (see cacheDir): read forms and read YAML files, each kind in a folder of its own
 * (and packs of both in packs/); `scope` (the plan folder and the folder dcs runs from) names the
 * snapshot of the plan's files. */
export function openCache(dir: string, scope?: string): ReadCache {
  const forms = store(dir, FORMS, scope);
  const yaml = store(dir, YAML, scope);
  return {
    forms,
    yaml,
    finish() {
      forms.finish();
      yaml.finish();
    },
  };
}
