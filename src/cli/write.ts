// The one place dcs writes files: never over an existing file without --force, and atomically
// (a temporary file in the same folder, then a rename), so no one ever sees half a file.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from './errors.js';

/** Refuses (exit 2, nothing written) when any target exists and `force` is not set. */
export function refuseOverwrite(paths: string[], force: boolean, cwd: string): void {
  if (force) return;
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length) throw new UsageError('usage.exists', { files: existing.map((p) => shown(cwd, p)).join(', ') });
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A path as the user would type it: relative to the current folder, unless that climbs out of it. */
export function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
