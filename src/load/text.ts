// Bytes → text, refusing to guess: text that is not UTF-8 is reported where it first goes wrong,
// and decomposed (NFD) Vietnamese is normalised to NFC with a warning.
import type { Diagnostic } from '../model/diagnostic.js';
import { diag } from '../model/diagnostic.js';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string | null;
  diagnostics: Diagnostic[];
}

/** 1-based line and column of a byte offset, counting columns in characters of the valid prefix. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, col: [...prefix].length + 1 };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

function guessEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  return undefined;
}

/** A file past a size limit, which is not read: a text file's problem points at its first line;
 * a workbook has no lines. */
export function tooLarge(file: string, size: number, limit: number, text = true): Diagnostic {
  const mb = { size: (size / 1048576).toFixed(1), limit: limit / 1048576 };
  return diag(file, 'error', 'file-too-large', mb, text ? { line: 1, col: 1 } : {});
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length > MAX_TEXT_BYTES)
    return { text: null, diagnostics: [tooLarge(file, bytes.length, MAX_TEXT_BYTES)] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const encoding = guessEncoding(bytes);
    const at = encoding ? { line: 1, col: 1 } : bytePosition(bytes, firstInvalidUtf8(bytes));
    return { text: null, diagnostics: [diag(file, 'error', 'not-utf8', encoding ? { encoding } : {}, at)] };
  }
  const diagnostics: Diagnostic[] = [];
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    const lines = text.split('\n');
    const index = lines.findIndex((l) => l !== l.normalize('NFC'));
    const line = lines[index] ?? '';
    // The first letter followed by a combining mark, counted in composed characters.
    const at = /\P{M}\p{M}/u.exec(line)?.index ?? 0;
    diagnostics.push(
      diag(
        file,
        'warning',
        'not-nfc',
        {},
        { line: index + 1, col: [...line.slice(0, at).normalize('NFC')].length + 1 },
      ),
    );
    text = nfc;
  }
  return { text, diagnostics };
}
