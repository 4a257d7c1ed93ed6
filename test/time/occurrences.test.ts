import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/time/occurrences.js';
import { parsePhrase } from '../../src/time/phrase.js';
import {
  addDays,
  daysBetween,
  formatDateLine,
  formatDeadline,
  isRealDate,
  weekday,
} from '../../src/time/calendar.js';

const occ = (phrase: string, from: string, to: string, inclusive = false, start = from) => {
  const r = parsePhrase(phrase);
  if (!r.ok) throw new Error(phrase);
  return occurrences(r.meaning, { from, to, inclusive, start });
};
const days = (phrase: string, from: string, to: string, inclusive = false) =>
  occ(phrase, from, to, inclusive).map((o) => o.deadline);

describe('calendar', () => {
  it('counts days across year ends, leap days and DST-free', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-05-22', '2026-06-04')).toBe(13);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // a US DST weekend
    expect(daysBetween('2025-11-09', '2026-06-20')).toBe(223);
    expect(isRealDate(2027, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2100, 2, 29)).toBe(false);
  });

  it('names weekdays and writes dates as Vietnamese documents do', () => {
    expect(weekday('2026-06-04')).toBe(4);
    expect(formatDeadline('2026-06-04', 'vi')).toBe('Thứ Năm, 04/06/2026');
    expect(formatDeadline('2027-06-05', 'en')).toBe('Saturday, 05/06/2027');
    expect(formatDateLine('2026-06-05')).toBe('ngày 05 tháng 6 năm 2026');
    expect(formatDateLine('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
  });
});

describe('occurrences', () => {
  it('yearly, before a day: the day before, every year', () => {
    expect(occ('Trước ngày 05/6 hằng năm', '2026-01-01', '2027-12-31')).toEqual([
      { key: '2026', start: '2026-01-01', end: '2026-12-31', deadline: '2026-06-04' },
      { key: '2027', start: '2027-01-01', end: '2027-12-31', deadline: '2027-06-04' },
    ]);
    expect(days('Trước ngày 05/6 hằng năm', '2026-01-01', '2026-12-31', true)).toEqual(['2026-06-05']);
  });

  it('a year end, a day before 1 January, and 29 February in other years', () => {
    expect(days('Hằng năm', '2026-01-01', '2027-12-31')).toEqual(['2026-12-31', '2027-12-31']);
    expect(days('Trước ngày 01/01 hằng năm', '2026-01-01', '2027-12-31')).toEqual([
      '2026-12-31',
      '2027-12-31',
    ]);
    expect(days('Chậm nhất ngày 29/02 hằng năm', '2027-01-01', '2028-12-31')).toEqual([
      '2027-02-28',
      '2028-02-29',
    ]);
    expect(days('Trước ngày 01/3 hằng năm', '2027-01-01', '2028-12-31')).toEqual([
      '2027-02-28',
      '2028-02-29',
    ]);
    expect(days('Tháng 2 hằng năm', '2027-01-01', '2028-12-31')).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('monthly and quarterly, by the end or before a day, in 30-day months', () => {
    expect(days('Hằng tháng', '2026-04-01', '2026-06-30')).toEqual([
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    expect(days('Chậm nhất ngày 31 hằng tháng', '2026-02-01', '2026-04-30')).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(days('Trước ngày 25 hằng tháng', '2026-01-01', '2026-02-28')).toEqual([
      '2026-01-24',
      '2026-02-24',
    ]);
    expect(days('Trước ngày 01 hằng tháng', '2026-01-01', '2026-03-31')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    expect(
      occ('Hằng quý', '2026-01-01', '2026-12-31').map((o) => `${o.key} ${o.start}..${o.deadline}`),
    ).toEqual([
      '2026-Q1 2026-01-01..2026-03-31',
      '2026-Q2 2026-04-01..2026-06-30',
      '2026-Q3 2026-07-01..2026-09-30',
      '2026-Q4 2026-10-01..2026-12-31',
    ]);
  });

  it('twice a year, once, and ranges', () => {
    expect(days('Định kỳ 6 tháng, hằng năm', '2026-01-01', '2026-12-31')).toEqual([
      '2026-06-30',
      '2026-12-31',
    ]);
    expect(occ('Trước ngày 30/6/2026', '2025-01-01', '2030-12-31', false, '2025-01-01')).toEqual([
      { key: 'once', start: '2025-01-01', end: '2026-06-29', deadline: '2026-06-29' },
    ]);
    expect(days('Quý II, III/2026', '2026-01-01', '2026-12-31')).toEqual(['2026-09-30']);
    expect(days('Trước ngày 30/6/2026', '2026-07-01', '2026-12-31')).toEqual([]);
    expect(days('Giai đoạn 2026-2028', '2025-01-01', '2030-12-31')).toEqual([
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
    ]);
    expect(days('Năm 2029 và các năm tiếp theo', '2025-01-01', '2030-12-31')).toEqual([
      '2029-12-31',
      '2030-12-31',
    ]);
  });

  it('none for ongoing and on-request; both schedules for a combination', () => {
    expect(days('Thường xuyên', '2026-01-01', '2030-12-31')).toEqual([]);
    expect(days('Theo yêu cầu', '2026-01-01', '2030-12-31')).toEqual([]);
    expect(days('Định kỳ hằng năm và theo yêu cầu đột xuất', '2026-01-01', '2026-12-31')).toEqual([
      '2026-12-31',
    ]);
    expect(days('Quý I/2026; Trước ngày 10/11 hằng năm', '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-31',
      '2026-11-09',
    ]);
  });

  it('is the same in any time zone (the suite also runs under America/Los_Angeles)', () => {
    expect(new Date('2026-06-04').getTimezoneOffset() === 0 || process.env.TZ !== undefined).toBe(true);
    expect(days('Trước ngày 05/6 hằng năm', '2026-01-01', '2026-12-31')).toEqual(['2026-06-04']);
  });
});
