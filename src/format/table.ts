// A bordered text table. cli-table3 measures every line with string-width's emoji regex and
// truncates character by character: ~1.8 s for the Hồng An task list. Cells here arrive already
// wrapped (wrap.ts), and NFC Vietnamese is one column per code point, so padding is exact.

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string): number => [...s.replace(ANSI, '')].length;

export function renderTable(head: string[], rows: string[][], widths: number[]): string {
  const line = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w)).join(m)}${r}`;
  const row = (cells: string[]) => {
    const lines = cells.map((c) => c.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        `│${lines
          .map((l, i) => {
            const s = l[k] ?? '';
            return ` ${s}${' '.repeat(Math.max(0, widths[i]! - 2 - visible(s)))} `;
          })
          .join('│')}│`,
      );
    }
    return out;
  };
  return [
    line('┌', '┬', '┐'),
    ...row(head),
    line('├', '┼', '┤'),
    ...rows.flatMap((r, i) => [...(i > 0 ? [line('├', '┼', '┤')] : []), ...row(r)]),
    line('└', '┴', '┘'),
  ].join('\n');
}
