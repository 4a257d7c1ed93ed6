// Word wrapping for table cells. cli-table3's own wrapping measures every word with string-width's
// emoji regex and costs ~1 s on the Hồng An plan; Vietnamese in NFC is one column per code point,
// so counting code points is exact here and instant.

const width = (s: string): number => [...s].length;

/** Wraps plain text to `max` columns, breaking at spaces, and words longer than a line anywhere. */
export function wrapText(text: string, max: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word;
      while (width(w) > max) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push([...w].slice(0, max).join(''));
        w = [...w].slice(max).join('');
      }
      if (!line) line = w;
      else if (width(line) + 1 + width(w) <= max) line = `${line} ${w}`;
      else {
        out.push(line);
        line = w;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Wraps, then styles each line (so colours never straddle the table's borders). */
export function wrapStyled(text: string, max: number, style: (s: string) => string = (s) => s): string {
  return wrapText(text, max)
    .split('\n')
    .map((line) => style(line))
    .join('\n');
}
