// A cache of what reading a file found (docs/design.md §7): for a filled-in Excel form its record, data
// and diagnostics; for a YAML file its data, diagnostics and the index of where each value is written.
// Keyed by the file's bytes, the name it is shown by, and the code that read it. An unchanged file is
// never parsed twice; a cached form does not load exceljs, and a cached YAML file not the YAML library.
// What the cache returns is exactly what reading would: an entry that is unreadable, of another format
// or for another key is ignored (and rewritten); the cache is bounded, least recently used entries
// pruned (each kind on its own).
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormRead } from '../excel/read-form.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isObj, type Obj } from '../util/objects.js';
import { decodeText } from './text.js';
import type { IndexNode, SourceIndex, YamlFile } from './yaml-file.js';

/** Bump when what an entry holds changes shape. */
const FORMAT = 4;
/** How many entries are kept: a ward's years of forms, many times over. */
export const MAX_ENTRIES = 20000;
const KEEP_AFTER_PRUNE = 16000;

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
const isSum = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
/** An entry used within this long is not marked used again (one write fewer per file on every run). */
const TOUCH_AFTER_MS = 3600_000;
const sum = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

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
  decode(raw: Obj, bytes: Uint8Array, file: string, later: () => unknown): T | undefined;
}

/** A cached entry's deferred part turned out damaged once asked for: what was read from the cache must
 * be read again (loadPlan does, and rewrites the entry). */
export class DamagedEntry extends Error {
  constructor(readonly read: YamlFile) {
    super(`damaged cache entry for ${read.file}`);
  }
}

const FORMS: Codec<FormRead> = {
  kind: 'forms',
  encode: (form) => ({
    value: {
      meta: form.meta,
      data: form.data ?? null,
      sheet: form.sheet,
      cells: [...form.cells],
      diagnostics: form.diagnostics,
    },
  }),
  decode(raw) {
    const { meta, data, sheet, cells, diagnostics } = raw;
    if (typeof sheet !== 'string' || !isPairs(cells) || !isDiagnostics(diagnostics)) return undefined;
    if (!(meta === null || isRecord(meta)) || !(data === null || isObj(data))) return undefined;
    return { meta, data: data ?? undefined, sheet, cells: new Map(cells), diagnostics };
  },
};

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
    const read: Omit<YamlFile, 'text' | 'index'> = {
      file,
      data: hasData ? data : undefined,
      diagnostics,
      ...(schemaDiagnostics ? { schemaDiagnostics } : {}),
    };
    let text: string | null | undefined;
    let index: SourceIndex | null | undefined = hasIndex ? undefined : null;
    return Object.defineProperties(read, {
      text: {
        enumerable: true,
        get: () => (text === undefined ? (text = decodeText(bytes, file).text) : text),
      },
      index: {
        enumerable: true,
        get: () => {
          if (index !== undefined) return index;
          const v = later();
          if (!isObj(v) || !isNumbers(v.lineStarts) || !isIndexNodes(v.nodes))
            throw new DamagedEntry(read as YamlFile);
          return (index = { lineStarts: v.lineStarts, nodes: v.nodes });
        },
      },
    }) as YamlFile;
  },
};

/** Entries keyed by a file's bytes, the name it is shown by and, where reading depends on it, its role. */
export interface Store<T> {
  get(bytes: Uint8Array, file: string, role?: string): T | undefined;
  set(bytes: Uint8Array, file: string, value: T, role?: string): void;
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

/** A file's bytes and when it was last changed, with the syscalls readFileSync makes anyway. */
function readWithTime(path: string): { bytes: Buffer; mtimeMs: number } {
  const fd = openSync(path, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    for (let n; got < size && (n = readSync(fd, bytes, got, size - got, got)) > 0;) got += n;
    return { bytes: got < size ? bytes.subarray(0, got) : bytes, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function store<T>(dir: string, codec: Codec<T>): Store<T> {
  const kindKey = fingerprint(codec.kind);
  const keyOf = (bytes: Uint8Array, file: string, role = '') =>
    createHash('sha256').update(`${kindKey}\0${file}\0${role}\0`).update(bytes).digest('hex');
  const root = join(dir, codec.kind);
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  let written = 0;
  /** Folders made (or found) already this run. */
  const made = new Set<string>();
  /** Entries read or written this run: never pruned by it. */
  const used = new Set<string>();
  return {
    get(bytes, file, role) {
      const key = keyOf(bytes, file, role);
      const path = pathOf(key);
      try {
        const { bytes: bytesOnDisk, mtimeMs } = readWithTime(path);
        // JSON.stringify writes no raw line break: the first one ends the first line.
        const end = bytesOnDisk.indexOf(0x0a);
        const line = bytesOnDisk.toString('utf8', 0, end < 0 ? undefined : end);
        const raw: unknown = JSON.parse(line);
        if (!isObj(raw) || raw.format !== FORMAT || raw.key !== key || !isObj(raw.value)) return undefined;
        if (!isSum(raw.sum) || !(raw.later === null || isSum(raw.later))) return undefined;
        // The value exactly as written, checked against its sum: an entry edited by hand, even into
        // well-formed JSON, is not this code's and is read afresh.
        const head = headOf(key, raw.sum, raw.later);
        const lineEnd = end < 0 ? bytesOnDisk.length : end;
        if (
          !line.startsWith(head) ||
          !line.endsWith('}') ||
          raw.sum !== sum(bytesOnDisk.subarray(Buffer.byteLength(head), lineEnd - 1))
        )
          return undefined;
        // The second line is read again when asked for, so that no run holds every file's in memory; one
        // rewritten or pruned meanwhile by another run, or damaged, gives undefined (read afresh).
        const later = (): unknown => {
          try {
            const again = readFileSync(path, 'utf8');
            const at = again.indexOf('\n');
            if (at < 0 || again.slice(0, at) !== line || sum(again.slice(at + 1)) !== raw.later)
              return undefined;
            return JSON.parse(again.slice(at + 1)) as unknown;
          } catch {
            return undefined;
          }
        };
        const value = codec.decode(raw.value, bytes, file, later);
        if (value !== undefined) {
          used.add(path);
          // Recently used: the last to be pruned (to the hour: a run does not rewrite the times of
          // entries it used a minute ago).
          const now = Date.now();
          if (!(now - mtimeMs < TOUCH_AFTER_MS))
            try {
              utimesSync(path, now / 1000, now / 1000);
            } catch {
              // a cache dcs may read but not write
            }
        }
        return value;
      } catch {
        return undefined;
      }
    },
    set(bytes, file, value, role) {
      const { value: kept, later } = codec.encode(value);
      const key = keyOf(bytes, file, role);
      if (!jsonSafe(kept) || (later !== undefined && !jsonSafe(later))) return;
      const text = JSON.stringify(kept);
      const second = later === undefined ? undefined : JSON.stringify(later);
      const path = pathOf(key);
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
        made.add(dirname(path));
        const first = `${headOf(key, sum(text), second === undefined ? null : sum(second))}${text}}`;
        // Written in turn: on the thread pool (tried) the writes took the second core from the garbage
        // collector and a city's first compile gained nothing.
        writeFileSync(tmp, second === undefined ? first : `${first}\n${second}`);
        renameSync(tmp, path);
        used.add(path);
        written++;
      } catch {
        // A cache that cannot be written is no cache: reading goes on, and no half-written file stays.
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing more to do
        }
      }
    },
    finish() {
      if (written > 0) prune(root, MAX_ENTRIES, KEEP_AFTER_PRUNE, used);
    },
  };
}

/** The cache in `dir` (see cacheDir): read forms and read YAML files, each kind in a folder of its own. */
export function openCache(dir: string): ReadCache {
  const forms = store(dir, FORMS);
  const yaml = store(dir, YAML);
  return {
    forms,
    yaml,
    finish() {
      forms.finish();
      yaml.finish();
    },
  };
}

/** Keeps the cache bounded: past `max` entries, the least recently used go (down to `keep`), never one
 * in `spare` (those of the run that prunes). */
export function prune(
  root: string,
  max = MAX_ENTRIES,
  keep = KEEP_AFTER_PRUNE,
  spare: ReadonlySet<string> = new Set(),
): void {
  let files: { path: string; used: number }[] = [];
  try {
    for (const sub of readdirSync(root))
      for (const name of readdirSync(join(root, sub))) files.push({ path: join(root, sub, name), used: 0 });
  } catch {
    return;
  }
  if (files.length <= max) return;
  files = files.map((f) => {
    try {
      return { path: f.path, used: statSync(f.path).mtimeMs };
    } catch {
      return f;
    }
  });
  files.sort((a, b) => a.used - b.used);
  for (const f of files.slice(0, files.length - keep))
    if (!spare.has(f.path)) rmSync(f.path, { force: true });
}
