/**
 * Share links: one assessment, as an export document, compressed (CompressionStream
 * 'deflate-raw') and base64url-encoded into the URL fragment of /sjalvskattning/. Browsers
 * never send the fragment to a server. Decoding never throws: a damaged link gives an error
 * and nothing else happens.
 *
 * Link versions (both open):
 *   #dela=<base64url(deflate(json))>                 version 1, no checksum
 *   #dela=2.<base64url(sha256(json)[0..8] + deflate(json))>   version 2, written today
 * Raw deflate has no checksum, so a v1 link damaged by one character can decode to other
 * answers; v2 refuses any link whose content does not match its checksum. '.' is not a
 * base64url character, so a v1 link can never look like v2.
 * Decompression is fed in small slices and stops as soon as the output passes the import
 * size limit, so a "bomb" (a small link that inflates to gigabytes) is stopped early.
 */
import type { Assessment } from './schema';
import { exportDocument, parseImportText, type ImportResult } from './io';
import { SHARE_PREFIX } from './share-link';
import { MAX_IMPORT_BYTES } from './stored-format';

export type ShareError = { code: 'damaged' } | { code: 'link-too-large' } | { code: 'unsupported' };
export type ShareResult = ImportResult | { ok: false; error: ShareError };

class TooLarge extends Error {}

/** Input is fed to the (de)compressor in slices of this size, so output is read as it comes. */
const SLICE = 1024;
/** The v2 marker after the prefix, and the checksum's length in bytes. */
const V2 = '2.';
const CHECK_BYTES = 8;

/**
 * Runs bytes through a compression or decompression stream; throws TooLarge as soon as the
 * output passes `limit` (then stops feeding input), and the stream's error for bad input.
 */
export async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    try {
      for (let i = 0; i < bytes.length && !stopped; i += SLICE)
        await writer.write(bytes.slice(i, i + SLICE) as Uint8Array<ArrayBuffer>);
      if (!stopped) await writer.close();
    } catch {
      /* the reading side reports what went wrong */
    }
  })();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) throw new TooLarge();
      chunks.push(value);
    }
  } catch (err) {
    stopped = true;
    await Promise.allSettled([reader.cancel(), writer.abort()]);
    throw err;
  }
  await feeding;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function checksum(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)).slice(0, CHECK_BYTES);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The fragment payload (without '#') for one assessment: 'dela=2.<base64url>'. */
export async function encodeShare(a: Assessment, now = new Date()): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(exportDocument([a], now)));
  const packed = await through(json, new CompressionStream('deflate-raw'), Infinity);
  const body = new Uint8Array(CHECK_BYTES + packed.length);
  body.set(await checksum(json), 0);
  body.set(packed, CHECK_BYTES);
  return SHARE_PREFIX + V2 + toBase64Url(body);
}

/** Decodes a location hash ('#dela=…' or 'dela=…'). Never throws. */
export async function decodeShare(hash: string): Promise<ShareResult> {
  try {
    const body = hash.replace(/^#/, '');
    if (!body.startsWith(SHARE_PREFIX)) return { ok: false, error: { code: 'damaged' } };
    if (typeof DecompressionStream === 'undefined') return { ok: false, error: { code: 'unsupported' } };
    const payload = body.slice(SHARE_PREFIX.length);
    const v2 = payload.startsWith(V2);
    const bytes = fromBase64Url(v2 ? payload.slice(V2.length) : payload);
    if (!bytes || (v2 && bytes.length <= CHECK_BYTES)) return { ok: false, error: { code: 'damaged' } };
    let raw: Uint8Array;
    try {
      raw = await through(v2 ? bytes.subarray(CHECK_BYTES) : bytes, new DecompressionStream('deflate-raw'), MAX_IMPORT_BYTES);
    } catch (e) {
      return { ok: false, error: { code: e instanceof TooLarge ? 'link-too-large' : 'damaged' } };
    }
    if (v2 && !sameBytes(await checksum(raw), bytes.subarray(0, CHECK_BYTES))) return { ok: false, error: { code: 'damaged' } };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return { ok: false, error: { code: 'damaged' } };
    }
    const result = parseImportText(text);
    if (!result.ok && (result.error.code === 'not-json' || result.error.code === 'empty'))
      return { ok: false, error: { code: 'damaged' } };
    if (result.ok && result.assessments.length !== 1) return { ok: false, error: { code: 'damaged' } };
    return result;
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
}
