// Today in a time zone: the quick way (the zone's offset through process.env.TZ) must give the very
// date Intl gives, for every zone, at any instant, and must leave the environment as it found it.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model/plan.js';
import { todayByIntl, todayIn } from '../../src/time/today.js';

const ZONES = [
  ...Intl.supportedValuesOf('timeZone'),
  // aliases Intl accepts but does not list, and spellings the quick way must hand back to Intl
  'Asia/Ho_Chi_Minh',
  'Asia/Saigon',
  'UTC',
  'Etc/GMT-7',
  'EST5EDT',
  'asia/ho_chi_minh',
];
const BAD = [
  'Bogus/Zone',
  'Asia/Ha_Noi',
  'ICT-7',
  '+07:00',
  'Asia/Ho_Chi_Minh ',
  '',
  'Việt Nam',
  'Asia/../UTC',
];
const savedTZ = process.env.TZ;

afterEach(() => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

describe('todayIn', () => {
  it('gives the date Intl gives, for every zone it knows, around the clock and across DST changes', () => {
    const instants = [
      '2026-11-29T16:59:59.999Z', // 23:59:59 in Hải Phòng
      '2026-11-29T17:00:00Z', // midnight there
      '2026-03-08T09:59:00Z', // US spring forward
      '2026-10-25T00:30:00Z', // EU fall back
      '1975-06-13T00:00:00Z', // the day Sài Gòn's clocks moved to +07:00
      '2000-01-01T00:00:00Z',
      '1907-10-14T22:23:33.762Z', // Riga's local mean time, +1:36:34: V8 rounds it to minutes
    ].map((s) => new Date(s));
    for (const zone of ZONES)
      for (const now of instants) expect([zone, todayIn(zone, now)]).toEqual([zone, todayByIntl(zone, now)]);
  });

  it('agrees with Intl at any instant from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        (zone, ms) => todayIn(zone, new Date(ms)) === todayByIntl(zone, new Date(ms)),
      ),
      { numRuns: 20000 },
    );
  });

  it('refuses a zone Intl does not know, whatever the machine’s own zone is', () => {
    for (const tz of [undefined, 'Asia/Tokyo', 'America/Los_Angeles']) {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
      for (const zone of BAD)
        expect(() => todayIn(zone, new Date('2026-11-29T20:00:00Z')), zone).toThrow(RangeError);
    }
  });

  it('puts process.env.TZ back as it was, set or not', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(new Date('2026-11-29T20:00:00Z').getTimezoneOffset()).toBe(480);
    delete process.env.TZ;
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
    expect('TZ' in process.env).toBe(false);
  });

  it('the default zone is one Intl knows (the unknown-timezone rule takes it on trust)', () => {
    expect(todayByIntl(DEFAULT_SETTINGS.timezone, new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
  });

  it('throws for an invalid instant as Intl does', () => {
    expect(() => todayIn('Asia/Ho_Chi_Minh', new Date(NaN))).toThrow(RangeError);
  });
});
