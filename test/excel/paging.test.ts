// Page breaks estimated from row heights: a signature block goes with the last rows of its table.
import { describe, expect, it } from 'vitest';
import { breakBefore, pageHeight } from '../../src/excel/paging.js';

describe('breakBefore', () => {
  it('leaves rows alone that already share a page', () => {
    expect(breakBefore([20, 20, 20, 20], 0, 2, 100)).toBeUndefined();
  });

  it('moves the kept rows to a new page when the page would split them', () => {
    // Rows of 20 on pages of 100: rows 0–4 fill page 1; keeping rows 3–6 together means a break before 3.
    expect(breakBefore([20, 20, 20, 20, 20, 20, 20], 0, 3, 100)).toBe(3);
  });

  it('counts the header row repeated at the top of later pages', () => {
    // Page 2 starts with the repeated header (30): rows 5–7 take 30 + 60 = 90 ≤ 100.
    expect(breakBefore([10, 30, 20, 20, 20, 20, 20, 20], 1, 6, 100)).toBeUndefined();
    expect(breakBefore([10, 30, 20, 20, 20, 20, 20, 20, 20, 20], 1, 7, 100)).toBe(7);
  });
});

describe('pageHeight', () => {
  it('grows when a wide sheet is shrunk to the page width', () => {
    expect(pageHeight([10])).toBeCloseTo(6.87 * 72, 0);
    expect(pageHeight([200, 200])).toBeGreaterThan(6.87 * 72 * 1.5);
  });
});
