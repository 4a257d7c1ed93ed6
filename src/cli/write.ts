// The one place dcs writes files: never over an existing file without --force, never onto a folder,
// and atomically (a temporary file in the same folder, then a rename), so no one ever sees half a
// file and a failed write leaves nothing behind.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from './errors.js';

/** Refuses (exit 2, nothing written) when any target is a folder, or exists and `force` is not set. */
export function refuseOverwrite(paths: string[], force: boolean, cwd: string): void {
  const folder = paths.find((p) => isFolder(p));
  if (folder) throw new UsageError('usage.outputIsFolder', { file: shown(cwd, folder) });
  if (force) return;
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length)
    throw new UsageError('usage.exists', { files: existing.map((p) => shown(cwd, p)).join(', ') });
}

/** Whether a path is an existing folder (false for anything that cannot be looked at). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A temporary file beside `path`, named so that it can never be taken for a report or output. */
export function tempBeside(path: string, tag = 'tmp'): string {
  return join(dirname(path), `.dcs-${process.pid}.${tag}`);
}

/** Makes the folder a file will go in; a path that cannot be one is a usage error, not a crash. */
export function makeFolderFor(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new UsageError('usage.cannotWrite', {
      file: path,
      detail: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  makeFolderFor(path);
  const tmp = tempBeside(path, `${basename(path).slice(0, 40)}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    throw new UsageError('usage.cannotWrite', {
      file: path,
      detail: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A path as the user would type it: relative to the current folder, unless that climbs out of it. */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
