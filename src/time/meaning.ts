// What a time phrase means (docs/design.md §3), independent of how it was written.

/** A deadline inside a recurring period: a day and month ("10/11"), a day ("25"), a month ("tháng 12"),
 * or nothing (the period's last day). `before` is "trước ngày D": strictly before, unless the plan
 * sets `before_is_inclusive`. */
export interface Due {
  day?: number;
  month?: number;
  before: boolean;
}

/** Years a recurring schedule is limited to ("Giai đoạn 2026-2030", "Năm 2026 và các năm tiếp theo"). */
export interface YearRange {
  from?: number;
  to?: number;
}

/** What a one-off deadline was written as, for the explanation only. */
export type Span =
  | { unit: 'quarter'; quarters: number[]; year: number }
  | { unit: 'month'; month: number; year: number }
  | { unit: 'half'; half: 1 | 2; year: number }
  | { unit: 'year'; year: number };

export type Meaning =
  | { kind: 'ongoing' }
  | { kind: 'on-request' }
  | { kind: 'once'; date: string; before: boolean; span?: Span }
  | ({ kind: 'yearly'; due: Due } & YearRange)
  | ({ kind: 'half-yearly' } & YearRange)
  | ({ kind: 'quarterly'; due: Due } & YearRange)
  | ({ kind: 'monthly'; due: Due } & YearRange)
  | { kind: 'all'; parts: Meaning[] };

export type ParseResult =
  | { ok: true; meaning: Meaning }
  | { ok: false; error: 'impossible-date'; value: string }
  | { ok: false; error: 'unknown'; part: string; suggestion: string };
