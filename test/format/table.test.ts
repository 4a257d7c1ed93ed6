import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/format/table.js';
import { wrapStyled, wrapText } from '../../src/format/wrap.js';

describe('wrapText', () => {
  it('breaks at spaces within the width, and cuts words longer than a line', () => {
    expect(wrapText('Phòng Văn hóa - Xã hội', 10)).toBe('Phòng Văn\nhóa - Xã\nhội');
    expect(wrapText('abcdefghijkl mn', 5)).toBe('abcde\nfghij\nkl mn');
    expect(wrapText('a\n\nb', 5)).toBe('a\n\nb');
  });
  it('styles each line separately', () => {
    expect(wrapStyled('một hai ba', 4, (s) => `<${s}>`)).toBe('<một>\n<hai>\n<ba>');
  });
});

describe('renderTable', () => {
  it('pads by visible width, ignoring colour codes', () => {
    const red = '\u001b[31mđỏ\u001b[39m';
    const out = renderTable(['A', 'Bé'], [[red, 'x\ny']], [5, 4]);
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(
      ['┌─────┬────┐', '│ A   │ Bé │', '├─────┼────┤', '│ đỏ  │ x  │', '│     │ y  │', '└─────┴────┘'].join(
        '\n',
      ),
    );
  });
});
