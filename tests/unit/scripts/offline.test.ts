/**
 * Offline pieces that run without a browser: the service-worker build step (what it precaches,
 * under which prefix, and that it neither skips waiting nor caches anything at run time), the
 * sizes in Swedish, and reading what is stored.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildServiceWorker } from '../../../scripts/lib/service-worker.mjs';
import { formatBytes } from '../../../src/i18n/sv/offline';
import { storedAssessmentCount, storedSizes, storedWorkshopCount } from '../../../src/scripts/persist';

describe('service worker build step', () => {
  let dir = '';
  let sw = '';
  let result: Awaited<ReturnType<typeof buildServiceWorker>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsi-sw-unit-'));
    const files = [
      'index.html',
      'om-tsi/index.html',
      'sok/index.html',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/icon-192.png',
      '_astro/app.abc123.js',
      '_astro/BaseLayout.abc.css',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.sv.pagefind',
      'pagefind/pagefind.sv_1.pf_meta',
      'pagefind/index/sv_1.pf_index',
      'pagefind/fragment/sv_1.pf_fragment',
      // Not used by the site: left out.
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/wasm.unknown.pagefind',
      '_astro/app.abc123.js.map',
    ];
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), `content of ${f}`);
    }
    result = await buildServiceWorker({ dir, base: '/tsi/' });
    sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const urls = () => [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();

  it('precaches every page, script, stylesheet, icon, the manifest and the search index under BASE', () => {
    expect(urls()).toEqual(
      [
        '/tsi/index.html',
        '/tsi/om-tsi/index.html',
        '/tsi/sok/index.html',
        '/tsi/favicon.svg',
        '/tsi/manifest.webmanifest',
        '/tsi/icons/icon-192.png',
        '/tsi/_astro/app.abc123.js',
        '/tsi/_astro/BaseLayout.abc.css',
        '/tsi/pagefind/pagefind.js',
        '/tsi/pagefind/pagefind-worker.js',
        '/tsi/pagefind/pagefind-entry.json',
        '/tsi/pagefind/wasm.sv.pagefind',
        '/tsi/pagefind/pagefind.sv_1.pf_meta',
        '/tsi/pagefind/index/sv_1.pf_index',
        '/tsi/pagefind/fragment/sv_1.pf_fragment',
      ].sort(),
    );
    expect(result.count).toBe(15);
    expect(result.warnings).toEqual([]);
  });

  it('leaves the waiting to the page and fetches from no other host', () => {
    // skipWaiting() only when the page sends SKIP_WAITING (the update line's button).
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw).not.toMatch(/clients\.claim\(\)/);
    // The only address in the worker is a link inside one of Workbox's warning texts.
    expect([...sw.matchAll(/https?:\/\/[^\s"`\\]+/g)].map((m) => m[0])).toEqual(['https://bit.ly/wb-precache']);
    // Query strings are ignored when matching (/sok/?q=…, pagefind-entry.json?ts=…).
    expect(sw).toMatch(/ignoreURLParametersMatching:\[\/\.\*\/\]/);
    // Hashed files in _astro/ need no revision; pages do.
    expect(sw).toMatch(/\{url:"\/tsi\/_astro\/app\.abc123\.js",revision:null\}/);
    expect(sw).toMatch(/\{url:"\/tsi\/index\.html",revision:"[0-9a-f]+"\}/);
  });
});

describe('sizes and stored data', () => {
  it('formats sizes in Swedish', () => {
    expect(formatBytes(0)).toBe('0 byte');
    expect(formatBytes(999)).toBe('999 byte');
    expect(formatBytes(12_345)).toBe('12 kB');
    expect(formatBytes(1_290_000)).toBe('1,3 MB');
  });

  afterEach(() => vi.unstubAllGlobals());

  function fakeStorage(entries: Record<string, string>): Storage {
    const map = new Map(Object.entries(entries));
    return {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
    };
  }

  it('counts stored assessments and sums the tools’ keys only', () => {
    vi.stubGlobal(
      'localStorage',
      fakeStorage({
        'tsi-boken:assessments': JSON.stringify({
          format: 'tsi-sjalvskattning',
          schemaVersion: 1,
          assessments: [{ id: 'a' }, { id: 'b' }],
        }),
        'tsi-boken:active': 'a',
        'tsi-boken:workshops': JSON.stringify({ format: 'tsi-sjalvskattning', schemaVersion: 2, workshops: [{ id: 'w' }] }),
        'tsi-boken-offline:persist-asked': '1',
        'någon-annan': 'x'.repeat(1000),
      }),
    );
    expect(storedAssessmentCount()).toBe(2);
    expect(storedWorkshopCount()).toBe(1);
    const size = storedSizes()!.bytes;
    expect(size).toBeGreaterThan(150);
    expect(size).toBeLessThan(300);
  });

  it('reads unreadable or missing data as none', () => {
    vi.stubGlobal('localStorage', fakeStorage({ 'tsi-boken:assessments': '{inte json' }));
    expect(storedAssessmentCount()).toBe(0);
    vi.stubGlobal('localStorage', fakeStorage({}));
    expect(storedAssessmentCount()).toBe(0);
    expect(storedSizes()).toEqual({ bytes: 0 });
  });
});
