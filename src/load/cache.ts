// A cache of what reading a filled-in Excel form found (docs/design.md §7): the form's record, its data and
// its diagnostics, keyed by the file's bytes, the name it is shown by, and the code that read it. An
// unchanged form is never parsed twice, and a cached one does not load exceljs. What the cache returns is
// exactly what reading would: an entry that is unreadable, of another format or for another key is
// ignored (and rewritten); the cache is bounded, least recently used entries pruned.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
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
import { isObj } from '../util/objects.js';

/** Bump when what an entry holds changes shape. */
const FORMAT = 1;
/** How many entries are kept: a ward's years of forms, many times over. */
export const MAX_ENTRIES = 20000;
const KEEP_AFTER_PRUNE = 16000;

export interface FormCache {
  get(bytes: Uint8Array, file: string): FormRead | undefined;
  set(bytes: Uint8Array, file: string, form: FormRead): void;
}

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

/** What reads a form, as it is on disk now: a change to the code is a change to every key. */
let fingerprint: string | undefined;
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256').update(`format ${FORMAT}\0`);
  for (const m of [
    '../excel/read-form',
    '../time/date-text',
    '../time/calendar',
    '../excel/zip-limits',
    './cache',
  ])
    for (const ext of ['.js', '.ts']) {
      try {
        h.update(readFileSync(fileURLToPath(new URL(`${m}${ext}`, import.meta.url))));
        break;
      } catch {
        // the other extension: built (.js) or run from source (.ts)
      }
    }
  return (fingerprint = h.digest('hex'));
}

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

interface Entry {
  format: number;
  key: string;
  form: {
    meta: FormRead['meta'];
    data: FormRead['data'] | null;
    sheet: string;
    cells: [string, string][];
    diagnostics: FormRead['diagnostics'];
  };
}

function revive(raw: unknown, key: string): FormRead | undefined {
  if (!isObj(raw) || raw.format !== FORMAT || raw.key !== key || !isObj(raw.form)) return undefined;
  const { meta, data, sheet, cells, diagnostics } = raw.form;
  const pairs = (v: unknown): v is [string, string][] =>
    Array.isArray(v) &&
    v.every(
      (c: unknown) => Array.isArray(c) && c.length === 2 && c.every((x: unknown) => typeof x === 'string'),
    );
  const problems = (v: unknown): v is FormRead['diagnostics'] =>
    Array.isArray(v) &&
    v.every((d: unknown) => isObj(d) && typeof d.code === 'string' && typeof d.file === 'string');
  const record = (v: unknown): v is Record<string, string> =>
    isObj(v) && Object.values(v).every((x) => typeof x === 'string');
  if (typeof sheet !== 'string' || !pairs(cells) || !problems(diagnostics)) return undefined;
  if (!(meta === null || record(meta)) || !(data === null || isObj(data))) return undefined;
  return { meta, data: data ?? undefined, sheet, cells: new Map(cells), diagnostics };
}

export function formCache(dir: string): FormCache {
  const keyOf = (bytes: Uint8Array, file: string) =>
    createHash('sha256')
      .update(codeFingerprint())
      .update('\0')
      .update(file)
      .update('\0')
      .update(bytes)
      .digest('hex');
  const pathOf = (key: string) => join(dir, 'forms', key.slice(0, 2), `${key}.json`);
  let written = 0;
  return {
    get(bytes, file) {
      const key = keyOf(bytes, file);
      const path = pathOf(key);
      try {
        const form = revive(JSON.parse(readFileSync(path, 'utf8')), key);
        if (form) {
          // Recently used: the last to be pruned.
          const now = new Date();
          utimesSync(path, now, now);
        }
        return form;
      } catch {
        return undefined;
      }
    },
    set(bytes, file, form) {
      const entry: Entry = {
        format: FORMAT,
        key: keyOf(bytes, file),
        form: {
          meta: form.meta,
          data: form.data ?? null,
          sheet: form.sheet,
          cells: [...form.cells],
          diagnostics: form.diagnostics,
        },
      };
      if (!jsonSafe(entry)) return;
      const path = pathOf(entry.key);
      try {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(tmp, JSON.stringify(entry));
        renameSync(tmp, path);
        if (++written === 1) prune(join(dir, 'forms'));
      } catch {
        // A cache that cannot be written is no cache: reading goes on.
      }
    },
  };
}

/** Keeps the cache bounded: past MAX_ENTRIES, the least recently used go. */
export function prune(root: string, max = MAX_ENTRIES, keep = KEEP_AFTER_PRUNE): void {
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
  for (const f of files.slice(0, files.length - keep)) rmSync(f.path, { force: true });
}
