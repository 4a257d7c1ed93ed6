// Where a printed sheet's pages will break, estimated from its rows' heights, so that a signature
// block is never left alone on a page or split across two. Pure.
import { columnWidth } from './metrics.js';

/** A4 landscape, inches, less the summary's margins (left 0.8, right 0.5, top and bottom 0.7). */
export const LANDSCAPE = { width: (11.69 - 0.8 - 0.5) * 72, height: (8.27 - 0.7 - 0.7) * 72 };

/** The height, in the sheet's own points, of one printed page when the sheet is fit to the page width. */
export function pageHeight(columns: number[], page = LANDSCAPE): number {
  const width = columns.reduce((s, c) => s + columnWidth(c), 0);
  return page.height / Math.min(1, page.width / width);
}

/**
 * The index of the row that must start a new page so that the rows from `keepFrom` to the end
 * print together, or undefined when they already do. `heights` are every row's, in order; the row
 * at `repeated` prints again at the top of every page after the first.
 */
export function breakBefore(
  heights: number[],
  repeated: number,
  keepFrom: number,
  page: number,
): number | undefined {
  const pageOf: number[] = [];
  let current = 1;
  let used = 0;
  heights.forEach((h, i) => {
    if (used > 0 && used + h > page) {
      current++;
      used = i > repeated ? (heights[repeated] ?? 0) : 0;
    }
    used += h;
    pageOf.push(current);
  });
  return pageOf[keepFrom] === pageOf[heights.length - 1] ? undefined : keepFrom;
}
