// Dates as people type them, in forms and on the command line.
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src/time/date-text.js';
import { inspectZip, MAX_UNZIPPED_BYTES } from '../../src/excel/zip-limits.js';
import JSZip from 'jszip';

describe('parseDateText', () => {
  it.each([
    ['03/06/2026', '2026-06-03'],
    ['3/6/2026', '2026-06-03'],
    ['03-06-2026', '2026-06-03'],
    ['03.06.2026', '2026-06-03'],
    ['ngày 03/6/2026', '2026-06-03'],
    ['Ngày 3 tháng 6 năm 2026', '2026-06-03'],
    ['2026-06-03', '2026-06-03'],
    [' 03/06/2026 ', '2026-06-03'],
  ])('%s → %s', (input, iso) => {
    expect(parseDateText(input)).toEqual({ ok: true, iso, shortYear: false });
  });

  it('reads a two-digit year as 20yy and says it did', () => {
    expect(parseDateText('03/06/26')).toEqual({ ok: true, iso: '2026-06-03', shortYear: true });
  });

  it('never guesses: impossible days, out-of-range years and other text are refused', () => {
    expect(parseDateText('31/02/2026')).toEqual({ ok: false, error: 'impossible' });
    expect(parseDateText('01/01/0050')).toEqual({ ok: false, error: 'impossible' });
    expect(parseDateText('2026-1-1')).toEqual({ ok: true, iso: '2026-01-01', shortYear: false });
    expect(parseDateText('tuần sau')).toEqual({ ok: false, error: 'unrecognised' });
    expect(parseDateText('06/03')).toEqual({ ok: false, error: 'unrecognised' });
  });
});

describe('inspectZip', () => {
  it('passes a small zip and refuses one that inflates past the limit, before inflating it', async () => {
    const small = new JSZip();
    small.file('a.xml', '<a/>');
    expect(inspectZip(await small.generateAsync({ type: 'uint8array' }))).toEqual({ ok: true, unzipped: 4 });
    const bomb = new JSZip();
    bomb.file('a.xml', new Uint8Array(MAX_UNZIPPED_BYTES + 1), { compression: 'DEFLATE' });
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(1048576);
    expect(inspectZip(bytes)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(inspectZip(new Uint8Array([0x50, 0x4b, 3, 4]))).toEqual({ ok: false, reason: 'damaged' });
  });
});
