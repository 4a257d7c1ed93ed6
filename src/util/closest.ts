// "Did you mean": the candidate nearest to a mistyped word, when it is near enough to help.

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** Folds case and Vietnamese diacritics (đ → d) so "Hoa" and "Hóa" are near. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

const MAX_WORD = 100;

/** The nearest candidate, if within `limit` edits (by default, about a third of the word). */
export function closest(word: string, candidates: Iterable<string>, limit?: number): string | undefined {
  // No one mistypes a hundred characters: past that, no suggestion (and no quadratic work).
  if (word.length > MAX_WORD) return undefined;
  const w = fold(word);
  const max = limit ?? Math.max(2, Math.floor(Math.max(w.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.length > MAX_WORD || c === '') continue;
    const f = fold(c);
    // Lengths further apart than the limit cannot be within it, unless one begins the other.
    if (Math.abs(f.length - w.length) > max && !(f.startsWith(w) || w.startsWith(f))) continue;
    const d = f.startsWith(w) || w.startsWith(f) ? Math.min(levenshtein(w, f), 1) : levenshtein(w, f);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= max ? best : undefined;
}
