// Advance widths of Times New Roman (measured on its metric twin Liberation Serif, the font
// LibreOffice prints it with), in thousandths of an em, for the characters 32–126 and then đ, Đ.
// Vietnamese letters are these plus combining marks (NFD), which take no width. Row heights are
// sized from these: LibreOffice does not fit a row to its wrapped text by itself.

const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 500, 722,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 556, 722,
];

/** Each text's width in thousandths of an em, regular and bold, measured once: a city's summary sizes
 * a million cells, mostly of the same words. Cleared when it grows past MEMO_MAX. */
const MEMO = [new Map<string, number>(), new Map<string, number>()] as const;
const MEMO_MAX = 100_000;

function units(text: string, table: readonly number[]): number {
  let sum = 0;
  for (const ch of text.normalize('NFD')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue; // a combining mark sits on its letter
    const k = c >= 32 && c <= 126 ? c - 32 : c === 0x111 ? 95 : c === 0x110 ? 96 : -1;
    sum += k >= 0 ? table[k]! : 600;
  }
  return sum;
}

/** Width in points of `text` set in Times New Roman at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const memo = MEMO[bold ? 1 : 0];
  let u = memo.get(text);
  if (u === undefined) {
    u = units(text, bold ? BOLD : REGULAR);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, u);
  }
  return (u / 1000) * size;
}

/** Points a column `chars` wide takes (Excel's unit: the default font's digit, 7 pixels, plus 5). */
export const columnWidth = (chars: number): number => (Math.trunc(chars * 7 + 5) * 72) / 96;

/** Points available for text in such a column: its width less the cell's own margins. */
export const columnPoints = (chars: number): number => columnWidth(chars) - 2;

/** Lines of each text at each width, size and weight, worked out once: the Chi tiết sheet repeats each
 * task's content for every unit that owes it. By the text itself within a column's look (a key joined
 * from the text was a second long string hashed per cell, a million times in a city's summary). Each
 * cleared when it grows past MEMO_MAX. */
const LINES = new Map<string, Map<string, number>>();

/** Lines a text takes, wrapped at spaces as a spreadsheet does, in a column `chars` wide. */
export function wrappedLines(text: string, chars: number, size = 12, bold = false): number {
  const look = `${chars}|${size}|${bold ? 1 : 0}`;
  let memo = LINES.get(look);
  if (!memo) LINES.set(look, (memo = new Map<string, number>()));
  let lines = memo.get(text);
  if (lines === undefined) {
    lines = wrap(text, chars, size, bold);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, lines);
  }
  return lines;
}

function wrap(text: string, chars: number, size: number, bold: boolean): number {
  const room = columnPoints(chars);
  const space = textWidth(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, size, bold);
      if (line > 0 && line + space + w > room) {
        count++;
        line = 0;
      }
      // A word longer than the column is broken across lines.
      if (w > room) {
        count += Math.ceil(w / room) - 1;
        line = w % room;
      } else line += (line > 0 ? space : 0) + w;
    }
    lines += count;
  }
  return lines;
}

/** The height in points of a line of text at `size` points (ascent + descent + gap of the font). */
export const lineHeight = (size: number): number => ((1825 + 443 + 87) / 2048) * size;
