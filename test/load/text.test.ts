import { describe, expect, it } from 'vitest';
import { decodeText, MAX_TEXT_BYTES } from '../../src/load/text.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(bytes('tên: Hồng An\n'), 'a.yaml')).toEqual({
      text: 'tên: Hồng An\n',
      diagnostics: [],
    });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'), 'a.yaml').text).toBe('a: 1\n');
  });

  it('reports text that is not UTF-8 at the line and column of the first bad byte', () => {
    // "Phòng" in Windows-1258/Latin-1 style: ò as a single byte 0xF2.
    const r = decodeText(bytes('id: x\nname: Ph', [0xf2], 'ng\n'), 'units.yaml');
    expect(r.text).toBeNull();
    expect(r.diagnostics).toMatchObject([
      { code: 'not-utf8', severity: 'error', file: 'units.yaml', line: 2, col: 9 },
    ]);
  });

  it('names UTF-16 when the file starts with its byte-order mark', () => {
    const r = decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), 'a.yaml');
    expect(r.diagnostics[0]).toMatchObject({ code: 'not-utf8', params: { encoding: 'UTF-16 LE' }, line: 1 });
  });

  it('normalises NFD text to NFC with a warning at the first decomposed line', () => {
    const nfd = 'id: x\nname: Phòng Văn hóa\n'.normalize('NFD');
    const r = decodeText(bytes(nfd), 'a.yaml');
    expect(r.text).toBe('id: x\nname: Phòng Văn hóa\n');
    expect(r.text).toBe(r.text!.normalize('NFC'));
    expect(r.diagnostics).toMatchObject([{ code: 'not-nfc', severity: 'warning', line: 2 }]);
  });

  it('refuses a file larger than any plan could be', () => {
    const r = decodeText(new Uint8Array(MAX_TEXT_BYTES + 1), 'big.yaml');
    expect(r.text).toBeNull();
    expect(r.diagnostics[0]!.code).toBe('file-too-large');
  });
});
