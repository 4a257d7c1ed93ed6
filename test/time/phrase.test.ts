import { describe, expect, it } from 'vitest';
import { explain } from '../../src/time/explain.js';
import type { Meaning } from '../../src/time/meaning.js';
import { EXAMPLES, parsePhrase } from '../../src/time/phrase.js';

const meaning = (text: string): Meaning => {
  const r = parsePhrase(text);
  if (!r.ok) throw new Error(`not understood: ${text} (${JSON.stringify(r)})`);
  return r.meaning;
};

describe('parsePhrase: every row of spec §3', () => {
  it.each([
    ['Thường xuyên', { kind: 'ongoing' }],
    ['Theo yêu cầu', { kind: 'on-request' }],
    ['Đột xuất', { kind: 'on-request' }],
    ['Khi có yêu cầu', { kind: 'on-request' }],
    ['Hằng năm', { kind: 'yearly', due: { before: false } }],
    ['Hàng năm', { kind: 'yearly', due: { before: false } }],
    ['Trước ngày 10/11 hằng năm', { kind: 'yearly', due: { day: 10, month: 11, before: true } }],
    ['Hằng năm, trước ngày 10/11', { kind: 'yearly', due: { day: 10, month: 11, before: true } }],
    ['trước 10/9', { kind: 'yearly', due: { day: 10, month: 9, before: true } }],
    ['Trước ngày 05/6', { kind: 'yearly', due: { day: 5, month: 6, before: true } }],
    ['Tháng 12 hằng năm', { kind: 'yearly', due: { month: 12, before: false } }],
    ['Hằng quý', { kind: 'quarterly', due: { before: false } }],
    ['Hằng tháng', { kind: 'monthly', due: { before: false } }],
    ['Trước ngày 25 hằng tháng', { kind: 'monthly', due: { day: 25, before: true } }],
    ['Định kỳ 6 tháng, hằng năm', { kind: 'half-yearly' }],
    ['Trước ngày 30/6/2026', { kind: 'once', date: '2026-06-30', before: true }],
    ['Chậm nhất ngày 30/6/2026', { kind: 'once', date: '2026-06-30', before: false }],
    ['Ngày 30/6/2026', { kind: 'once', date: '2026-06-30', before: false }],
    [
      'Quý I/2026',
      {
        kind: 'once',
        date: '2026-03-31',
        before: false,
        span: { unit: 'quarter', quarters: [1], year: 2026 },
      },
    ],
    [
      'Quý II năm 2026',
      {
        kind: 'once',
        date: '2026-06-30',
        before: false,
        span: { unit: 'quarter', quarters: [2], year: 2026 },
      },
    ],
    [
      'Quý II, III/2026',
      {
        kind: 'once',
        date: '2026-09-30',
        before: false,
        span: { unit: 'quarter', quarters: [2, 3], year: 2026 },
      },
    ],
    [
      'Tháng 6/2026',
      { kind: 'once', date: '2026-06-30', before: false, span: { unit: 'month', month: 6, year: 2026 } },
    ],
    [
      'Tháng 2/2028',
      { kind: 'once', date: '2028-02-29', before: false, span: { unit: 'month', month: 2, year: 2028 } },
    ],
    [
      '6 tháng đầu năm 2026',
      { kind: 'once', date: '2026-06-30', before: false, span: { unit: 'half', half: 1, year: 2026 } },
    ],
    [
      '6 tháng cuối năm 2026',
      { kind: 'once', date: '2026-12-31', before: false, span: { unit: 'half', half: 2, year: 2026 } },
    ],
    ['Năm 2026', { kind: 'once', date: '2026-12-31', before: false, span: { unit: 'year', year: 2026 } }],
    ['Giai đoạn 2026-2030', { kind: 'yearly', due: { before: false }, from: 2026, to: 2030 }],
    ['Giai đoạn 2026 – 2030', { kind: 'yearly', due: { before: false }, from: 2026, to: 2030 }],
    ['Năm 2026 và các năm tiếp theo', { kind: 'yearly', due: { before: false }, from: 2026 }],
  ])('%s', (text, expected) => {
    expect(meaning(text)).toEqual(expected);
  });

  it('combines schedules with "và" or ";"', () => {
    expect(meaning('Định kỳ hằng năm và theo yêu cầu đột xuất')).toEqual({
      kind: 'all',
      parts: [{ kind: 'yearly', due: { before: false } }, { kind: 'on-request' }],
    });
    expect(meaning('Quý I/2026; Trước ngày 10/11 hằng năm')).toMatchObject({
      kind: 'all',
      parts: [{ kind: 'once' }, { kind: 'yearly' }],
    });
  });

  it('is tolerant of case, tone-mark placement, hằng/hàng, "ngày", d/m forms and decomposed text', () => {
    const same = { kind: 'yearly', due: { day: 5, month: 6, before: true } };
    for (const t of [
      'TRƯỚC NGÀY 05/6 HẰNG NĂM',
      'trước 5/6 hàng năm',
      'Trước ngày 05/06 hằng năm',
      'Trước ngày 5 tháng 6 hằng năm',
      '  Trước   ngày 05/6  hằng năm. ',
      'Trước ngày 05/6 hằng năm'.normalize('NFD'),
    ]) {
      expect(meaning(t), t).toEqual(same);
    }
    expect(meaning('Định kỳ hàng năm và theo yêu cầu đột xuất')).toEqual(
      meaning('định kỳ hằng năm và theo yêu cầu đột xuất'),
    );
    expect(meaning('Thường xuyên')).toEqual(meaning('thuờng xuyên'));
  });

  it('rejects impossible dates, naming them', () => {
    for (const [text, value] of [
      ['Trước ngày 31/02/2026', '31/02/2026'],
      ['Trước ngày 30/02 hằng năm', '30/02'],
      ['Ngày 29/02/2027', '29/02/2027'],
      ['Trước ngày 32/13', '32/13'],
      ['Tháng 13/2026', 'thang 13/2026'],
    ]) {
      expect(parsePhrase(text!), text).toEqual({ ok: false, error: 'impossible-date', value });
    }
    expect(meaning('Trước ngày 29/02 hằng năm')).toEqual({
      kind: 'yearly',
      due: { day: 29, month: 2, before: true },
    });
    expect(meaning('Ngày 29/02/2028')).toMatchObject({ date: '2028-02-29' });
  });

  it('rejects what it does not know, with the closest understood form', () => {
    const r = parsePhrase('sớm nhất có thể');
    expect(r).toMatchObject({ ok: false, error: 'unknown' });
    const typo = parsePhrase('Thường xuyen lắm');
    expect(typo).toMatchObject({ ok: false, error: 'unknown', suggestion: 'Thường xuyên' });
    expect(parsePhrase('Quý II/2026 hằng năm')).toMatchObject({ ok: false });
    expect(parsePhrase('Giai đoạn 2030-2026')).toMatchObject({ ok: false });
    expect(parsePhrase('')).toMatchObject({ ok: false });
  });

  it('understands every phrase of the Hồng An plan', () => {
    for (const t of [
      'Thường xuyên',
      'Hằng năm',
      'Hàng năm',
      'Định kỳ hàng năm và theo yêu cầu đột xuất',
      'Trước ngày 05/6 hằng năm',
      'Trước ngày 10/9 hằng năm',
      'Trước ngày 10/11 hằng năm',
    ]) {
      expect(parsePhrase(t).ok, t).toBe(true);
    }
  });

  it('understands every example it gives as a hint', () => {
    for (const t of EXAMPLES) expect(parsePhrase(t).ok, t).toBe(true);
  });
});

describe('explain', () => {
  it.each([
    [
      'Trước ngày 10/11 hằng năm',
      'hằng năm, trước ngày 10/11 (hạn cuối 09/11)',
      'yearly, before 10/11 (last day 09/11)',
    ],
    [
      'Trước ngày 05/6 hằng năm',
      'hằng năm, trước ngày 05/06 (hạn cuối 04/06)',
      'yearly, before 05/06 (last day 04/06)',
    ],
    [
      'Trước ngày 01/01 hằng năm',
      'hằng năm, trước ngày 01/01 (hạn cuối 31/12)',
      'yearly, before 01/01 (last day 31/12)',
    ],
    [
      'Trước ngày 01/3 hằng năm',
      'hằng năm, trước ngày 01/03 (hạn cuối 28/02 hoặc 29/02)',
      'yearly, before 01/03 (last day 28/02 or 29/02)',
    ],
    ['Hằng năm', 'hằng năm (hạn cuối 31/12)', 'yearly, by 31/12'],
    ['Thường xuyên', 'thường xuyên (không có hạn)', 'ongoing (no deadline)'],
    [
      'Quý II, III/2026',
      'một lần, hạn cuối 30/09/2026 (hết quý II, III/2026)',
      'once, by 30/09/2026 (end of Q2, Q3 2026)',
    ],
    [
      'Trước ngày 01/7/2026',
      'một lần, trước ngày 01/07/2026 (hạn cuối 30/06/2026)',
      'once, before 01/07/2026 (last day 30/06/2026)',
    ],
    [
      'Định kỳ hằng năm và theo yêu cầu đột xuất',
      'hằng năm (hạn cuối 31/12); theo yêu cầu (không có hạn cố định)',
      'yearly, by 31/12; on request (no fixed deadline)',
    ],
    ['Giai đoạn 2026-2030', 'hằng năm (hạn cuối 31/12), giai đoạn 2026-2030', 'yearly, by 31/12, 2026–2030'],
  ])('%s', (text, vi, en) => {
    expect(explain(meaning(text), 'vi')).toBe(vi);
    expect(explain(meaning(text), 'en')).toBe(en);
  });

  it('reads "trước ngày" as "by" when the plan says before_is_inclusive', () => {
    expect(explain(meaning('Trước ngày 10/11 hằng năm'), 'vi', true)).toBe('hằng năm, hạn cuối 10/11');
  });
});

describe('parse → explain → parse gives the same meaning', () => {
  const strip = (m: Meaning): unknown =>
    JSON.parse(JSON.stringify(m, (k, v: unknown) => (k === 'span' ? undefined : v)));
  // A small deterministic generator of phrases from the grammar's pieces.
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const dm = () => {
    const m = 1 + rnd(12);
    const d = 1 + rnd([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
    return `${d}/${m}`;
  };
  const dmy = () => {
    const y = 2024 + rnd(8);
    const m = 1 + rnd(12);
    const d = 1 + rnd(28);
    return `${d}/${m}/${y}`;
  };
  const makers = [
    () => 'Thường xuyên',
    () => 'Theo yêu cầu',
    () => 'Hằng năm',
    () => `Trước ngày ${dm()} hằng năm`,
    () => `Chậm nhất ngày ${dm()} hằng năm`,
    () => `Tháng ${1 + rnd(12)} hằng năm`,
    () => 'Hằng quý',
    () => `Trước ngày ${1 + rnd(28)} hằng tháng`,
    () => `Chậm nhất ngày ${1 + rnd(28)} hằng quý`,
    () => 'Định kỳ 6 tháng, hằng năm',
    () => `Trước ngày ${dmy()}`,
    () => `Chậm nhất ngày ${dmy()}`,
    () => `Quý ${['I', 'II', 'III', 'IV'][rnd(4)]}/${2025 + rnd(5)}`,
    () => `Tháng ${1 + rnd(12)}/${2025 + rnd(5)}`,
    () => `6 tháng ${rnd(2) ? 'đầu' : 'cuối'} năm ${2025 + rnd(5)}`,
    () => `Năm ${2025 + rnd(5)}`,
    () => `Giai đoạn ${2025 + rnd(3)}-${2028 + rnd(3)}`,
    () => `Năm ${2025 + rnd(5)} và các năm tiếp theo`,
    () => `Trước ngày ${dm()} hằng năm, giai đoạn 2026-2030`,
  ];
  it('for 500 generated phrases and their combinations', () => {
    for (let i = 0; i < 500; i++) {
      const text =
        rnd(4) === 0
          ? `${makers[rnd(makers.length)]!()}; ${makers[rnd(makers.length)]!()}`
          : makers[rnd(makers.length)]!();
      const first = meaning(text);
      const again = meaning(explain(first, 'vi'));
      expect(strip(again), `${text} → ${explain(first, 'vi')}`).toEqual(strip(first));
    }
  });
});
