// A workbook is a zip. Before exceljs inflates one into memory, read the zip's own directory and
// refuse what would not fit: a one-megabyte file can inflate to gigabytes (a "zip bomb"), and no
// report form needs more than a few hundred kilobytes unpacked. Pure: bytes in, a verdict out.

/** Unpacked size allowed for one form (a real one is ~0.2 MB unpacked). */
export const MAX_UNZIPPED_BYTES = 64 * 1048576;
const MAX_ENTRIES = 2000;

export type ZipVerdict =
  { ok: true; unzipped: number } | { ok: false; reason: 'too-large' | 'damaged'; unzipped?: number };

/** Sums the uncompressed sizes the central directory declares. */
export function inspectZip(bytes: Uint8Array): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'damaged' };
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 (sizes past 4 GB) is never needed by a form.
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'too-large' };
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too-large' };
  let at = offset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return { ok: false, reason: 'damaged' };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: 'too-large' };
    total += size;
    if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: 'too-large', unzipped: total };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, unzipped: total };
}
