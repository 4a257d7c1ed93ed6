// Reads a plan folder from disk: plan.yaml, units.yaml, the appendices, and every file under
// reports/. The only place `check` touches the file system; it decides nothing about the files'
// meaning, but it never lets the file system itself (links that lead nowhere, folders that are
// files, special files, names that are not UTF-8) go unsaid or crash a command.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { isObj } from '../util/objects.js';
import { validateSchema, type SchemaName } from '../check/schema.js';
import { locate } from './locate.js';
import { unreadable, type YamlFile } from './yaml-file.js';
import { MAX_TEXT_BYTES, tooLarge } from './text.js';
import type { FormCache, Store, YamlCache } from './cache.js';
import { readRegularFile } from './read.js';
import type { FormRead } from '../excel/read-form.js';
import type { FormPool } from './form-pool.js';
import { buildReport, type Report } from '../reports/report.js';

/** What a file in a period folder is, by its name and its kind on disk (docs/design.md §2). */
export type EntryKind = 'yaml' | 'xlsx' | 'old-excel' | 'attachment' | 'other' | 'unreadable';

export interface ReportEntry {
  /** The period-instance folder, e.g. "2026-6t". */
  instance: string;
  /** The file name, e.g. "tdp-1.yaml". */
  name: string;
  /** The path shown to the user. */
  file: string;
  absolute: string;
  kind: EntryKind;
  /** Why the file could not be read at all (kind 'unreadable'), or why it is not a file. */
  problem?: Diagnostic;
  /** For a file that could not be read: what its name says it is. */
  looksLike?: EntryKind;
  yaml?: YamlFile;
  /** A filled-in Excel form, once `readForms` has read it. */
  form?: FormRead;
  /** The report the file holds, built once when it is read (reports/report.ts), read by every
   * command; absent when nothing could be read. */
  report?: Report;
}

export interface PlanFolder {
  dir: string;
  plan: YamlFile;
  units: YamlFile | null;
  /** Every appendix file read, by file name: those listed in plan.yaml and every phu-luc-*.yaml present. */
  appendices: Map<string, YamlFile>;
  /** File names present in the plan folder. */
  present: string[];
  reports: ReportEntry[];
  /** Problems with the report folders themselves: unreadable, or a file where a folder belongs. */
  problems: Diagnostic[];
}

/** Told how many report files there are (YAML reports and Excel forms), then of each one read. */
export interface ReadProgress {
  total(n: number): void;
  file(instance: string): void;
}

/** A filled-in form is tens of KB; past this it is not opened (bounded memory whatever is dropped in). */
export const MAX_FORM_BYTES = 50 * 1048576;
const ATTACHMENTS = new Set(['.pdf', '.doc', '.docx', '.jpg', '.jpeg', '.png']);
/** Spreadsheets dcs cannot read: the unit must save them again as .xlsx. */
const OLD_EXCEL = new Set(['.xls', '.xlsm', '.xlsb', '.ods', '.xltx', '.xlt']);
const display = (cwd: string, abs: string): string => relative(cwd, abs) || abs;
const errno = (e: unknown): string =>
  (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

/** A file's bytes, if it is a regular file of at most `max` bytes; else the problem to say. */
function readRegular(
  abs: string,
  file: string,
  max: number,
  tooBig: (size: number) => Diagnostic,
):
  | { bytes: Buffer; stats: Stats; problem?: undefined }
  | { bytes?: undefined; stats?: undefined; problem: Diagnostic } {
  try {
    const read = readRegularFile(abs, max);
    if (read.bytes) return read;
    return {
      problem: read.notRegular ? diag(file, 'error', 'not-regular-file', {}) : tooBig(read.stats.size),
    };
  } catch (e) {
    return { problem: diag(file, 'error', 'read-error', { detail: errno(e) }) };
  }
}

/** The YAML parser, loaded on the first file the cache does not have. */
let parser: Promise<typeof import('./yaml.js')> | undefined;

/** The value's text as written, for "quote it" hints; the file is split into lines once. */
function sourceText(file: YamlFile, lines: () => string[], pointer: string): string | undefined {
  if (!file.text || !file.index) return undefined;
  const { line, col } = locate(file, pointer);
  const text = lines()[line - 1]?.slice(col - 1, col + 200);
  return text?.replace(/\s+#.*$/, '').trim() || undefined;
}

/** Parses a YAML file and, given the schema of its role, validates its data: both are what reading the
 * bytes gives, so both are cached together. */
async function parseAndValidate(bytes: Uint8Array, file: string, schema?: SchemaName): Promise<YamlFile> {
  const read = (await (parser ??= import('./yaml.js'))).parseYaml(bytes, file);
  if (schema && read.data !== undefined) {
    let lines: string[] | undefined;
    read.schemaDiagnostics = validateSchema(schema, read.data, file, (p) =>
      sourceText(read, () => (lines ??= read.text?.split('\n') ?? []), p),
    );
  }
  return read;
}

/** Reads a YAML file: from the cache when it holds these bytes under this name (and role), else
 * parsed (and validated against `schema`). */
export async function readYamlFile(
  abs: string,
  cwd: string,
  cache?: YamlCache,
  schema?: SchemaName,
  /** The file's name as shown, when the caller has it. */
  shown?: string,
): Promise<YamlFile> {
  const file = shown ?? display(cwd, abs);
  const known = cache?.known(abs, file, schema);
  if (known) return known;
  // Never read a file far larger than any plan: bounded memory whatever is put in the folder.
  const { bytes, stats, problem } = readRegular(abs, file, MAX_TEXT_BYTES, (size) =>
    tooLarge(file, size, MAX_TEXT_BYTES),
  );
  if (!bytes) return unreadable(file, problem);
  const cached = cache?.get(bytes, file, schema, { abs, stats });
  if (cached) return cached;
  const read = await parseAndValidate(bytes, file, schema);
  cache?.set(bytes, file, read, schema, { abs, stats });
  return read;
}

/** What the folder listing says an entry is (no stat): 'file', 'folder', 'special' (FIFO, socket,
 * device), or 'ask' (a link, or a file system that does not say) — ask the file system then. */
type ListedKind = 'file' | 'folder' | 'special' | 'ask';
const listedKind = (d: Dirent<Buffer>): ListedKind =>
  d.isFile()
    ? 'file'
    : d.isDirectory()
      ? 'folder'
      : d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice()
        ? 'special'
        : 'ask';

/** A folder's entries, sorted, with what the listing says each one is; a problem when it cannot be
 * listed. Names that are not UTF-8 are kept apart: Node would hand them back altered, and a path built
 * from them would name nothing. */
function listDir(
  dir: string,
  shown: string,
): { names: string[]; kinds: Map<string, ListedKind>; badNames: string[]; problem?: Diagnostic } {
  try {
    const raw = readdirSync(dir, { encoding: 'buffer', withFileTypes: true });
    const kinds = new Map<string, ListedKind>();
    const badNames: string[] = [];
    for (const d of raw) {
      const name = d.name.toString('utf8');
      if (Buffer.from(name, 'utf8').equals(d.name)) kinds.set(name, listedKind(d));
      else badNames.push(name);
    }
    return { names: [...kinds.keys()].sort(), kinds, badNames: badNames.sort() };
  } catch (e) {
    const code = errno(e);
    return {
      names: [],
      kinds: new Map(),
      badNames: [],
      problem: diag(shown, 'error', code === 'ENOTDIR' ? 'not-a-folder' : 'folder-unreadable', {
        detail: code,
      }),
    };
  }
}

/** A listed name in a folder already normalised: what join gives, without normalising the whole path
 * again for each of a season's files. */
const inFolder = (dir: string, name: string): string =>
  dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;

/** What a file in a period folder is, by its extension. */
export function kindOf(name: string): EntryKind {
  const ext = extname(name).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.xlsx') return 'xlsx';
  if (OLD_EXCEL.has(ext)) return 'old-excel';
  return ATTACHMENTS.has(ext) ? 'attachment' : 'other';
}

/** A file of a period folder that is not read: what it is (and what its name says), and why. */
function unreadEntry(
  instance: string,
  folder: string,
  name: string,
  cwd: string,
  kind: EntryKind,
  problem: Diagnostic,
): ReportEntry {
  const absolute = join(folder, name);
  return {
    instance,
    name,
    file: display(cwd, absolute),
    absolute,
    kind,
    problem,
    ...(kind === 'unreadable' ? { looksLike: kindOf(name) } : {}),
  };
}

async function readPeriodFolder(
  instance: string,
  folder: string,
  cwd: string,
  problems: Diagnostic[],
  cache: YamlCache | undefined,
  list: ReturnType<typeof listDir>,
  progress: ReadProgress | undefined,
  forms: FormReader | undefined,
): Promise<ReportEntry[]> {
  if (list.problem) problems.push(list.problem);
  const entries: ReportEntry[] = [];
  // Each file's name as shown, from the folder's (display's path arithmetic, once a folder).
  const base = relative(cwd, folder);
  const shownIn = (name: string) => (base ? inFolder(base, name) : name);
  for (const name of list.badNames) {
    const file = display(cwd, join(folder, name));
    entries.push(
      unreadEntry(
        instance,
        folder,
        name,
        cwd,
        'unreadable',
        diag(file, 'error', 'file-name-not-utf8', { name }),
      ),
    );
  }
  for (const name of list.names) {
    // Hidden files are the system's and the editors' (.gitkeep, .~lock.*#), never a unit's.
    if (name.startsWith('.')) continue;
    const absolute = inFolder(folder, name);
    const file = shownIn(name);
    const unread = (kind: EntryKind, problem: Diagnostic) =>
      unreadEntry(instance, folder, name, cwd, kind, problem);
    let listed = list.kinds.get(name) ?? 'ask';
    if (listed === 'ask') {
      // A link (followed) or a file system whose listing does not say.
      try {
        const stats = statSync(absolute);
        listed = stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
      } catch (e) {
        entries.push(unread('unreadable', diag(file, 'error', 'read-error', { detail: errno(e) })));
        continue;
      }
    }
    if (listed === 'folder') {
      entries.push(unread('other', diag(file, 'warning', 'period-subfolder', { name })));
      continue;
    }
    if (listed === 'special') {
      entries.push(unread('unreadable', diag(file, 'error', 'not-regular-file')));
      continue;
    }
    const kind = kindOf(name);
    if (kind !== 'yaml') {
      const entry: ReportEntry = { instance, name, file, absolute, kind };
      entries.push(entry);
      if (kind === 'xlsx') forms?.found(entry);
      continue;
    }
    const yaml = await readYamlFile(absolute, cwd, cache, 'report', file);
    progress?.file(instance);
    entries.push({
      instance,
      name,
      file,
      absolute,
      kind,
      yaml,
      ...(yaml.data !== undefined ? { report: buildReport({ source: 'yaml', file, data: yaml.data }) } : {}),
    });
  }
  return entries;
}

/** Reads the plan's files and its report folders (the Excel forms are read by readForms, or begun here
 * by `forms` as each is found). */
export async function readPlanFolder(
  dir: string,
  cwd: string,
  cache?: YamlCache,
  progress?: ReadProgress,
  forms?: FormReader,
): Promise<PlanFolder> {
  const plan = await readYamlFile(join(dir, 'plan.yaml'), cwd, cache, 'plan');
  const present = listDir(dir, display(cwd, dir)).names;
  const units = present.includes('units.yaml')
    ? await readYamlFile(join(dir, 'units.yaml'), cwd, cache, 'units')
    : null;
  const names = new Set(present.filter((n) => /^phu-luc-.*\.ya?ml$/.test(n)));
  if (isObj(plan.data) && Array.isArray(plan.data.appendices)) {
    for (const a of plan.data.appendices)
      if (isObj(a) && typeof a.file === 'string' && present.includes(a.file)) names.add(a.file);
  }
  const appendices = new Map<string, YamlFile>();
  for (const n of [...names].sort())
    appendices.set(n, await readYamlFile(join(dir, n), cwd, cache, 'appendix'));
  const reports: ReportEntry[] = [];
  const problems: Diagnostic[] = [];
  if (present.includes('reports')) {
    const reportsDir = join(dir, 'reports');
    const top = listDir(reportsDir, display(cwd, reportsDir));
    if (top.problem) problems.push(top.problem);
    for (const name of top.badNames)
      problems.push(diag(display(cwd, join(reportsDir, name)), 'error', 'file-name-not-utf8', { name }));
    // Every period folder listed first, so that progress can say how many files there are in all.
    const folders: { instance: string; folder: string; list: ReturnType<typeof listDir> }[] = [];
    for (const instance of top.names) {
      if (instance.startsWith('.')) continue;
      const folder = join(reportsDir, instance);
      let isFolder = top.kinds.get(instance) === 'folder';
      if (top.kinds.get(instance) === 'ask')
        try {
          isFolder = statSync(folder).isDirectory();
        } catch (e) {
          problems.push(diag(display(cwd, folder), 'error', 'folder-unreadable', { detail: errno(e) }));
          continue;
        }
      // A report dropped straight into reports/ belongs to no period: say so, never skip it.
      if (!isFolder)
        problems.push(diag(display(cwd, folder), 'error', 'report-outside-period', { name: instance }));
      else folders.push({ instance, folder, list: listDir(folder, display(cwd, folder)) });
    }
    progress?.total(
      folders.reduce(
        (n, f) => n + f.list.names.filter((x) => !x.startsWith('.') && /\.(ya?ml|xlsx)$/i.test(x)).length,
        0,
      ),
    );
    for (const { instance, folder, list } of folders)
      reports.push(
        ...(await readPeriodFolder(instance, folder, cwd, problems, cache, list, progress, forms)),
      );
  }
  return { dir, plan, units, appendices, present, reports, problems };
}

/** Reading a plan folder's Excel forms, through the cache. With a worker to read them (form-pool.ts), each
 * form is begun as readPlanFolder finds it, and the main thread parses the YAML files meanwhile; without
 * one, readForms reads them one after another. */
export class FormReader {
  readonly #begun = new Map<ReportEntry, Promise<void>>();
  constructor(
    readonly cache?: FormCache,
    readonly pool?: FormPool,
  ) {}
  /** A form found in a period folder: begun now, unless the worker has enough to read (then by read()). */
  found(r: ReportEntry): void {
    if (!this.pool || this.pool.full()) return;
    const reading = readFormEntry(r, this.cache, this.pool);
    // Awaited by read(), after the YAML files: not an unhandled rejection meanwhile.
    reading.catch(() => undefined);
    this.#begun.set(r, reading);
  }
  read(r: ReportEntry): Promise<void> {
    return this.#begun.get(r) ?? readFormEntry(r, this.cache, this.pool);
  }
  /** No more forms to read: the worker, if any, ends. */
  close(): void {
    this.pool?.close();
  }
}

/** Reads the Excel forms of the period folders; exceljs is loaded only when one is not in the cache. */
export async function readForms(
  folder: PlanFolder,
  forms: FormReader = new FormReader(),
  progress?: ReadProgress,
): Promise<void> {
  for (const r of folder.reports.filter((e) => e.kind === 'xlsx')) {
    progress?.file(r.instance);
    await forms.read(r);
  }
}

/** A form read fresh: on the worker if there is one (and it still works), else here. */
async function readFreshForm(bytes: Uint8Array, file: string, pool: FormPool | undefined): Promise<FormRead> {
  if (pool)
    try {
      return await pool.read(bytes, file);
    } catch (e) {
      // The worker stopped: read here, as without one; unless reading is over (a command that failed).
      if (pool.closed()) throw e;
    }
  const { readForm } = await import('../excel/read-form.js');
  return readForm(bytes, file);
}

/** Reads a form into its entry: from the cache (by status, then by bytes), else afresh. Everything up to
 * handing the bytes to the worker happens at once, when called. */
async function readFormEntry(r: ReportEntry, cache: FormCache | undefined, pool?: FormPool): Promise<void> {
  r.form = cache?.known(r.absolute, r.file);
  if (!r.form) {
    const { bytes, stats, problem } = readRegular(r.absolute, r.file, MAX_FORM_BYTES, (size) =>
      tooLarge(r.file, size, MAX_FORM_BYTES, false),
    );
    if (!bytes) {
      const { unreadForm } = await import('../excel/read-form.js');
      r.form = unreadForm(problem);
      delete r.report;
      return;
    }
    const at = { abs: r.absolute, stats };
    r.form = cache?.get(bytes, r.file, undefined, at);
    if (!r.form) {
      r.form = await readFreshForm(bytes, r.file, pool);
      cache?.set(bytes, r.file, r.form, undefined, at);
    }
  }
  if (r.form.data === undefined) delete r.report;
  else r.report = buildReport({ source: 'xlsx', file: r.file, data: r.form.data, meta: r.form.meta });
}

/** A cache that is written to but never read from: for reading a file afresh. */
function writeOnly<T>(cache: Store<T> | undefined): Store<T> | undefined {
  return (
    cache && {
      known: () => undefined,
      get: () => undefined,
      set: (...a) => cache.set(...a),
      finish: () => cache.finish(),
    }
  );
}

/**
 * Reads one of the folder's files again, afresh (the copy from the cache turned out damaged:
 * cache.ts's DamagedEntry), and puts the fresh read where that copy was — found by identity, since one
 * file can be read in two roles (units.yaml listed as an appendix too). The fresh read is written back
 * to the cache. False when the copy is not the folder's.
 */
export async function reread(
  folder: PlanFolder,
  damaged: YamlFile | FormRead,
  cwd: string,
  cache?: { yaml: YamlCache; forms: FormCache },
): Promise<boolean> {
  const again = (path: string, schema: SchemaName) => readYamlFile(path, cwd, writeOnly(cache?.yaml), schema);
  if (folder.plan === damaged) {
    folder.plan = await again(join(folder.dir, 'plan.yaml'), 'plan');
    return true;
  }
  if (folder.units === damaged) {
    folder.units = await again(join(folder.dir, 'units.yaml'), 'units');
    return true;
  }
  for (const [name, f] of folder.appendices)
    if (f === damaged) {
      folder.appendices.set(name, await again(join(folder.dir, name), 'appendix'));
      return true;
    }
  for (const r of folder.reports) {
    if (r.yaml === damaged) {
      r.yaml = await again(r.absolute, 'report');
      if (r.yaml.data === undefined) delete r.report;
      else r.report = buildReport({ source: 'yaml', file: r.file, data: r.yaml.data });
      return true;
    }
    if (r.form === damaged) {
      await readFormEntry(r, writeOnly(cache?.forms));
      return true;
    }
  }
  return false;
}
