// Orderings, each with its collator built once. `a.localeCompare(b, 'vi', { numeric: true })` builds
// an ICU collator on every call (5 µs each on Node 20; V8 keeps one only for calls without options),
// which a sort of a few thousand items turns into tens of milliseconds.

let vi: Intl.Collator | undefined;
let en: Intl.Collator | undefined;

/** Vietnamese order, numbers by value ("tdp2" before "tdp10"): what people read. */
export function compareVi(a: string, b: string): number {
  return a === b ? 0 : (vi ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
}

/** Lower-case ASCII letters, digits, "-", "." and "/": in this alphabet English collation is code-unit
 * order (test/util/collate.test.ts), so most file names and every code compare without building a
 * collator (5 ms on first use). */
const PLAIN = /^[a-z0-9./-]*$/;

/** English order, for file names, sheet names and codes in diagnostics. */
export function compareEn(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : 1;
  return (en ??= new Intl.Collator('en')).compare(a, b);
}

/** Code-unit order, for ISO dates and keys made of ASCII digits, letters and dashes. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
