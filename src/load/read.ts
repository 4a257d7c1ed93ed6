// Reading a file of a plan folder from disk: one open and the fstat that reading takes anyway tell a
// regular file from a FIFO or a device (which would block or never end) and its size (a huge file would
// fill memory); no separate stat. The one place dcs opens a plan's files (and its cache's). Throws the
// system's errors.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Opening a FIFO to look at it must not wait for a writer (where the system has the flag; Windows has
 * no O_NONBLOCK, and no FIFOs in a folder either). */
const OPEN_FLAGS = constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0);

export type FileRead =
  | { bytes: Buffer; stats: Stats }
  | { bytes?: undefined; stats: Stats; notRegular: boolean; tooLarge: boolean };

/** Up to `length` bytes of an open file from `offset`: fewer if it ends before. */
function readAt(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let got = 0;
  for (let n; got < length && (n = readSync(fd, bytes, got, length - got, offset + got)) > 0;) got += n;
  return got < length ? bytes.subarray(0, got) : bytes;
}

/** A file's bytes (following links), if it is a regular file of at most `max` bytes; else what it is. */
export function readRegularFile(abs: string, max = Infinity): FileRead {
  const fd = openSync(abs, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > max)
      return { stats, notRegular: !stats.isFile(), tooLarge: stats.isFile() };
    return { bytes: readAt(fd, 0, stats.size), stats };
  } finally {
    closeSync(fd);
  }
}

/** `length` bytes of a regular file from `offset` (following links); undefined if it is no regular file
 * or ends before (known before any memory is taken for them). Opened as readRegularFile opens: a FIFO put
 * where a file was never blocks. */
export function readRegularRange(abs: string, offset: number, length: number): Buffer | undefined {
  const fd = openSync(abs, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || offset + length > stats.size) return undefined;
    const bytes = readAt(fd, offset, length);
    return bytes.length === length ? bytes : undefined;
  } finally {
    closeSync(fd);
  }
}

/** A file's status, as this process finds it on opening the file to read it (following links): a file it
 * may not open (no permission, locked by another program) throws, as reading it would. No bytes read. */
export function statForReading(abs: string): Stats {
  const fd = openSync(abs, OPEN_FLAGS);
  try {
    return fstatSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The buffer sha256OfFile reads into, one for the process: a fresh megabyte per file (5,000 in a city's
 * compile) is memory outside the heap that V8 answers with garbage collections. */
let chunk: Buffer | undefined;

/** A regular file's SHA-256 (following links), read in chunks (a scanned attachment can be large): no
 * stream per file (5,000 of them cost a city's compile 1.5 s). Empty when it cannot be read or is no
 * regular file. */
export function sha256OfFile(abs: string): string {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch {
    return '';
  }
  try {
    if (!fstatSync(fd).isFile()) return '';
    const hash = createHash('sha256');
    chunk ??= Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}
