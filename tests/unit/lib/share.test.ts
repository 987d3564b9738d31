import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, fromBase64Url, toBase64Url } from '../../../src/lib/share';
import { SHARE_PREFIX } from '../../../src/lib/share-link';
import { createStore } from '../../../src/lib/store-core';
import { parseStored } from '../../../src/lib/storage';
import { serializeEnvelope, STORAGE_KEY } from '../../../src/lib/stored-format';
import type { Assessment } from '../../../src/lib/schema';
import { FakeStorage, assessmentArb } from '../../support/unit';
import { sample } from '../../support/data';

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('share link codec', () => {
  it('encode → decode is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArb, async (a) => {
        const payload = await encodeShare(a);
        expect(payload.startsWith(SHARE_PREFIX)).toBe(true);
        expect(payload).toMatch(/^dela=2\.[A-Za-z0-9_-]+$/);
        expect(await decodeShare(`#${payload}`)).toEqual({ ok: true, assessments: [a] });
      }),
      { numRuns: 60 },
    );
  });

  it('base64url round-trips any non-empty bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('base64url: no bytes encode to an empty text, which is refused as a link (it carries nothing)', () => {
    expect(toBase64Url(new Uint8Array())).toBe('');
    expect(fromBase64Url('')).toBeNull();
  });

  it('damaged links: truncated, bad characters, not compressed, not ours', async () => {
    const good = await encodeShare(sample('x'));
    expect(await decodeShare(good.slice(0, good.length - 12))).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await decodeShare('#dela=%%%')).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await decodeShare('#dela=')).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await decodeShare('#dela=aGVq')).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await decodeShare('#faktor-2')).toEqual({ ok: false, error: { code: 'damaged' } });
    // Valid compression, not JSON.
    expect(await decodeShare(`#dela=${await deflate('hej hej')}`)).toEqual({ ok: false, error: { code: 'damaged' } });
    // Valid compression and JSON, but another kind of document: the import error is kept.
    expect(await decodeShare(`#dela=${await deflate('{"format":"x"}')}`)).toEqual({ ok: false, error: { code: 'format' } });
  });

  it('still opens version 1 links (no checksum)', async () => {
    const a = sample('v1');
    const { exportDocument } = await import('../../../src/lib/io');
    const v1 = `#dela=${await deflate(JSON.stringify(exportDocument([a], new Date('2026-01-02T00:00:00.000Z'))))}`;
    expect(await decodeShare(v1)).toEqual({ ok: true, assessments: [a] });
  });

  it('property: any one-character change of a link is refused or decodes to exactly the original', async () => {
    const a = sample('x');
    const good = await encodeShare(a);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=';
    let refused = 0;
    let same = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.constantFrom(...alphabet), async (i, c) => {
        fc.pre(good[i] !== c);
        const r = await decodeShare(`#${good.slice(0, i)}${c}${good.slice(i + 1)}`);
        if (r.ok) {
          expect(r.assessments).toEqual([a]);
          same++;
        } else refused++;
      }),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(2500);
    // Only the last character's unused bits can change without changing the bytes.
    expect(same).toBeLessThan(refused);
  });

  it('a damaged checksum or body of a version 2 link is refused', async () => {
    const good = await encodeShare(sample('x'));
    const bytes = fromBase64Url(good.slice('dela=2.'.length))!;
    for (const at of [0, 7, 8, bytes.length - 1]) {
      const bad = bytes.slice();
      bad[at] = bad[at]! ^ 0x01;
      expect(await decodeShare(`#dela=2.${toBase64Url(bad)}`), `byte ${at}`).toMatchObject({ ok: false });
    }
    expect(await decodeShare('#dela=2.')).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(await decodeShare(`#dela=2.${toBase64Url(bytes.slice(0, 8))}`)).toEqual({ ok: false, error: { code: 'damaged' } });
  });

  it('refuses a link that would unpack to more than 5 MB (compression bomb)', async () => {
    const big = `#dela=${await deflate(' '.repeat(6 * 1024 * 1024))}`;
    expect(big.length).toBeLessThan(20000);
    expect(await decodeShare(big)).toEqual({ ok: false, error: { code: 'link-too-large' } });
  });

  it('stops unpacking a bomb early: it reads little more than the limit of its output', async () => {
    const { deflateRawSync } = await import('node:zlib');
    // 256 MB of zeros packs into about 250 KB; the decoder must stop after about 5 MB of output.
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(256 * 1024 * 1024)));
    const { through } = await import('../../../src/lib/share');
    let produced = 0;
    const counting = new DecompressionStream('deflate-raw');
    const counted = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        produced += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const piped = {
      writable: counting.writable,
      readable: counting.readable.pipeThrough(counted),
    } as unknown as DecompressionStream;
    await expect(through(bomb, piped, 5 * 1024 * 1024)).rejects.toThrow();
    expect(produced).toBeLessThan(16 * 1024 * 1024);
    expect(await decodeShare(`#dela=${toBase64Url(bomb)}`)).toEqual({ ok: false, error: { code: 'link-too-large' } });
  }, 30_000);

  it('property: arbitrary and mutated links never throw and never change stored data', async () => {
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, serializeEnvelope([sample('keep')], '2026-01-01T00:00:00.000Z'));
    createStore<Assessment>({ backend: () => s, parse: parseStored, serialize: serializeEnvelope }).list();
    const before = s.snapshot();
    const good = await encodeShare(sample('x'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }).map((x) => `#dela=${x}`),
          fc.string({ maxLength: 200 }),
          fc
            .tuple(fc.nat({ max: good.length - 1 }), fc.constantFrom(...alphabet))
            .map(([i, c]) => good.slice(0, i) + c + good.slice(i + 1)),
          fc.nat({ max: good.length }).map((i) => good.slice(0, i)),
        ),
        async (hash) => {
          const r = await decodeShare(hash);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    expect(s.snapshot()).toEqual(before);
  });
});
