// What the workbooks dcs writes share: Nghị định 30's Times New Roman, thin boxes, and rows as tall
// as their wrapped text (LibreOffice does not fit row heights by itself).
import { lineHeight, textWidth, wrappedLines } from './metrics.js';

export const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
export const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Nghị định 30's solid rules under the issuing body and the motto, drawn with box-drawing "─"
 * (0.709 em wide in Times New Roman, and joined end to end) in a small font: a cell border could
 * only follow the table's column edges, and neither Excel nor LibreOffice read a drawn line the same. */
export const RULE_SIZE = 8;
export function rule(widthPoints: number): string {
  return '─'.repeat(Math.max(1, Math.round(widthPoints / (0.709 * RULE_SIZE))));
}
/** The rule under the issuing body: about 40 % of its name's width. */
export const bodyRule = (name: string): string => rule(0.4 * textWidth(name, 12, true));
/** The rule under the motto: as long as the motto. */
export const mottoRule = (motto: string, size: number): string => rule(textWidth(motto, size, true));

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
