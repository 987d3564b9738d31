import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/decode';

const ARE = 'Åre kommun';
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeText (case 10: one decoder for files)', () => {
  it('reads UTF-8 without and with a byte order mark alike', () => {
    expect(decodeText(utf8(ARE))).toEqual({ ok: true, text: ARE });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARE)]))).toEqual({ ok: true, text: ARE });
  });

  it('reads UTF-16 little and big endian with a byte order mark', () => {
    expect([...utf16(ARE, false).slice(0, 4)]).toEqual([0xff, 0xfe, 0xc5, 0x00]);
    expect(decodeText(utf16(ARE, false))).toEqual({ ok: true, text: ARE });
    expect(decodeText(utf16(ARE, true))).toEqual({ ok: true, text: ARE });
    const json = '{"organisation":"Åre kommun 😀"}';
    expect(decodeText(utf16(json, false))).toEqual({ ok: true, text: json });
  });

  it('refuses Latin-1 (Windows-1252) bytes instead of reading "�re kommun"', () => {
    // "Åre kommun" saved as Latin-1: Å is the single byte 0xC5.
    const latin1 = new Uint8Array([0xc5, ...utf8('re kommun')]);
    expect(decodeText(latin1)).toEqual({ ok: false, code: 'encoding' });
    expect(decodeText(new Uint8Array([0x7b, 0xe4, 0x7d]))).toEqual({ ok: false, code: 'encoding' }); // {ä}
  });

  it('refuses UTF-16 with a broken surrogate pair, and reads empty input as empty text', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8]))).toEqual({ ok: false, code: 'encoding' });
    expect(decodeText(new Uint8Array([]))).toEqual({ ok: true, text: '' });
  });
});
