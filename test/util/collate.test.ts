// The orderings: the shortcut of compareEn must order exactly as the English collator does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, compareEn, compareVi } from '../../src/util/collate.js';

const sign = (n: number) => Math.sign(n);

describe('compareEn', () => {
  const en = new Intl.Collator('en');
  it('orders names of lower-case letters, digits, "-", "." and "/" exactly as the collator', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abcxyz0129-./'), maxLength: 12 });
    fc.assert(
      fc.property(plain, plain, (a, b) => sign(compareEn(a, b)) === sign(en.compare(a, b))),
      { numRuns: 5000 },
    );
  });

  it('uses the collator for everything else', () => {
    const any = fc.string({ unit: fc.constantFrom(...'aAbB_- .1/áàâ~(đĐ'), maxLength: 8 });
    fc.assert(fc.property(any, any, (a, b) => sign(compareEn(a, b)) === sign(en.compare(a, b))));
    expect(compareEn('Báo cáo.yaml', 'bao-cao.yaml')).toBe(sign(en.compare('Báo cáo.yaml', 'bao-cao.yaml')));
  });
});

describe('compareVi and compareCodeUnits', () => {
  it('sort unit ids the Vietnamese way, numbers by value', () => {
    expect(['tdp-10', 'tdp-2', 'đoàn', 'dân'].sort(compareVi)).toEqual(['dân', 'đoàn', 'tdp-2', 'tdp-10']);
  });
  it('sort ISO dates by code units', () => {
    expect(['2026-12-01', '2026-06-05', '2025-12-31'].sort(compareCodeUnits)).toEqual([
      '2025-12-31',
      '2026-06-05',
      '2026-12-01',
    ]);
  });
});
