// Reads a plan folder from disk: plan.yaml, units.yaml, the appendices, and every file under
// reports/. The only place `check` touches the file system; it decides nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { diag } from '../model/diagnostic.js';
import { isObj } from '../model/plan.js';
import { parseYaml, unreadable, type YamlFile } from './yaml.js';
import { MAX_TEXT_BYTES } from './text.js';
import type { FormRead } from '../excel/read-form.js';

export interface ReportEntry {
  /** The period-instance folder, e.g. "2026-6t". */
  instance: string;
  /** The file name, e.g. "tdp-1.yaml". */
  name: string;
  /** The path shown to the user. */
  file: string;
  absolute: string;
  kind: 'yaml' | 'xlsx' | 'attachment' | 'other';
  yaml?: YamlFile;
  /** A filled-in Excel form, once `readForms` has read it. */
  form?: FormRead;
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
}

/** A filled-in form is tens of KB; past this it is not opened (bounded memory whatever is dropped in). */
const MAX_FORM_BYTES = 50 * 1048576;
const ATTACHMENTS = new Set(['.pdf', '.doc', '.docx', '.jpg', '.jpeg', '.png']);
const display = (cwd: string, abs: string): string => relative(cwd, abs) || abs;

export function readYamlFile(abs: string, cwd: string): YamlFile {
  const file = display(cwd, abs);
  try {
    // Never read a file far larger than any plan: bounded memory whatever is put in the folder.
    const size = statSync(abs).size;
    if (size > MAX_TEXT_BYTES) return unreadable(file, diag(file, 'error', 'file-too-large', { size: (size / 1048576).toFixed(1), limit: MAX_TEXT_BYTES / 1048576 }, { line: 1, col: 1 }));
    return parseYaml(readFileSync(abs), file);
  } catch (e) {
    return unreadable(file, diag(file, 'error', 'read-error', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export function readPlanFolder(dir: string, cwd: string): PlanFolder {
  const plan = readYamlFile(join(dir, 'plan.yaml'), cwd);
  const present = listDir(dir);
  const units = existsSync(join(dir, 'units.yaml')) ? readYamlFile(join(dir, 'units.yaml'), cwd) : null;
  const names = new Set(present.filter((n) => /^phu-luc-.*\.ya?ml$/.test(n)));
  if (isObj(plan.data) && Array.isArray(plan.data.appendices)) {
    for (const a of plan.data.appendices) if (isObj(a) && typeof a.file === 'string' && present.includes(a.file)) names.add(a.file);
  }
  const appendices = new Map([...names].sort().map((n) => [n, readYamlFile(join(dir, n), cwd)] as const));
  const reports: ReportEntry[] = [];
  const reportsDir = join(dir, 'reports');
  for (const instance of listDir(reportsDir)) {
    const folder = join(reportsDir, instance);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of listDir(folder)) {
      const absolute = join(folder, name);
      if (name.startsWith('.') || !statSync(absolute).isFile()) continue;
      const ext = extname(name).toLowerCase();
      const kind = ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.xlsx' ? 'xlsx' : ATTACHMENTS.has(ext) ? 'attachment' : 'other';
      reports.push({ instance, name, file: display(cwd, absolute), absolute, kind, ...(kind === 'yaml' ? { yaml: readYamlFile(absolute, cwd) } : {}) });
    }
  }
  return { dir, plan, units, appendices, present, reports };
}

/** The report object of a YAML report or of a filled-in form: the rules, due and compile never care which. */
export function reportData(r: ReportEntry): unknown {
  return r.kind === 'xlsx' ? r.form?.data : r.kind === 'yaml' ? r.yaml?.data : undefined;
}

/** Reads the Excel forms of the period folders; exceljs is loaded only when there is one. */
export async function readForms(folder: PlanFolder): Promise<void> {
  const forms = folder.reports.filter((r) => r.kind === 'xlsx');
  if (forms.length === 0) return;
  const { readForm } = await import('../excel/read-form.js');
  for (const r of forms) {
    const size = statSync(r.absolute).size;
    r.form = size > MAX_FORM_BYTES
      ? { meta: null, data: undefined, sheet: '', cells: new Map(), diagnostics: [diag(r.file, 'error', 'file-too-large', { size: (size / 1048576).toFixed(1), limit: MAX_FORM_BYTES / 1048576 })] }
      : await readForm(readFileSync(r.absolute), r.file);
  }
}
