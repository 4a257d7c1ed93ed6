// What the workbooks dcs writes share: Nghị định 30's Times New Roman, thin boxes, and rows as tall
// as their wrapped text (LibreOffice does not fit row heights by itself).
import { lineHeight, wrappedLines } from './metrics.js';

export const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
export const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface CellText {
  text: string;
  /** The width of its column (or merged columns), in Excel's character units. */
  chars: number;
  size?: number;
  bold?: boolean;
}

/** The height in points of a row whose tallest cell's text wraps to the most lines, plus a little air. */
export function rowHeight(cells: CellText[], minLines = 1): number {
  const tallest = Math.max(
    minLines * lineHeight(12),
    ...cells.map((c) => wrappedLines(c.text, c.chars, c.size ?? 12, c.bold) * lineHeight(c.size ?? 12)),
  );
  return Math.ceil(tallest + 4);
}
