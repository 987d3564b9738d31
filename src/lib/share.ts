/**
 * Share links: one assessment, as an export document, compressed (CompressionStream
 * 'deflate-raw') and base64url-encoded into the URL fragment of /sjalvskattning/
 * (#dela=…). Browsers never send the fragment to a server. Decoding never throws: a damaged
 * link gives an error and nothing else happens.
 */
import type { Assessment } from './schema';
import { exportDocument, parseImportText, type ImportResult } from './io';
import { MAX_IMPORT_BYTES } from './stored-format';

export const SHARE_PREFIX = 'dela=';

export type ShareError = { code: 'damaged' } | { code: 'link-too-large' } | { code: 'unsupported' };
export type ShareResult = ImportResult | { ok: false; error: ShareError };

class TooLarge extends Error {}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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

/** The fragment payload (without '#') for one assessment: 'dela=<base64url>'. */
export async function encodeShare(a: Assessment, now = new Date()): Promise<string> {
  const json = JSON.stringify(exportDocument([a], now));
  const packed = await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  return SHARE_PREFIX + toBase64Url(packed);
}

/** True when a location hash is a share link (not e.g. '#faktor-3'). */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/** Decodes a location hash ('#dela=…' or 'dela=…'). Never throws. */
export async function decodeShare(hash: string): Promise<ShareResult> {
  try {
    const body = hash.replace(/^#/, '');
    if (!body.startsWith(SHARE_PREFIX)) return { ok: false, error: { code: 'damaged' } };
    if (typeof DecompressionStream === 'undefined') return { ok: false, error: { code: 'unsupported' } };
    const bytes = fromBase64Url(body.slice(SHARE_PREFIX.length));
    if (!bytes) return { ok: false, error: { code: 'damaged' } };
    let raw: Uint8Array;
    try {
      raw = await through(bytes, new DecompressionStream('deflate-raw'), MAX_IMPORT_BYTES);
    } catch (e) {
      return { ok: false, error: { code: e instanceof TooLarge ? 'link-too-large' : 'damaged' } };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return { ok: false, error: { code: 'damaged' } };
    }
    const result = parseImportText(text);
    if (!result.ok && (result.error.code === 'not-json' || result.error.code === 'empty')) return { ok: false, error: { code: 'damaged' } };
    if (result.ok && result.assessments.length !== 1) return { ok: false, error: { code: 'damaged' } };
    return result;
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
}
