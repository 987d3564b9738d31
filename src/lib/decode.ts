/**
 * The one decoder for text files the site reads (import on /sjalvskattning/, /workshop/ and
 * /jamfor/): UTF-8 with or without a byte order mark, and UTF-16 (little or big endian) with
 * one. Anything else that is not valid UTF-8 (a file saved as Latin-1 or Windows-1252, say) is
 * refused rather than read with replacement characters, so "Åre kommun" never becomes
 * "�re kommun".
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'encoding' };

function decode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodeResult {
  try {
    // fatal: invalid bytes throw instead of becoming U+FFFD; the BOM is removed by the decoder.
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'encoding' };
  }
}

/** The text of a file's bytes, by its byte order mark (UTF-8 when it has none). */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes);
  return decode('utf-8', bytes);
}
