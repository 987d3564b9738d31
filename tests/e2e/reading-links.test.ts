/**
 * Every link and asset of the built site resolves (files under the base, fragments to ids)
 * and nothing is loaded from another host. Checks the build the e2e run serves (TSI_OUT or
 * dist/, built for BASE); reading-subpath.test.ts checks a sub-path build the same way.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { crawl, htmlFiles, references } from './crawl';

describe('links in the built site', () => {
  it('all resolve, fragments included, and nothing loads from another host', () => {
    const result = crawl(process.env.TSI_OUT ?? 'dist', process.env.BASE ?? '/');
    expect(result.pages.length).toBeGreaterThanOrEqual(15);
    expect(result.checked).toBeGreaterThan(result.pages.length * 10);
    expect(result.problems).toEqual([]);
  });

  it('every page carries the CSP: no unsafe-inline or eval for scripts, wasm allowed for search; no inline handlers or style attributes', () => {
    const dir = process.env.TSI_OUT ?? 'dist';
    const problems: string[] = [];
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(`${dir}/${file}`, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
      if (!csp) {
        problems.push(`${file}: no CSP meta tag`);
        continue;
      }
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${file}: script-src allows ${scriptSrc}`);
      if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push(`${file}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);
      if (!/connect-src 'self'/.test(csp)) problems.push(`${file}: connect-src is not 'self'`);
      for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+|style)\s*=/gi)) problems.push(`${file}: ${m[1]}="…" attribute`);
    }
    expect(problems).toEqual([]);
  });

  it('the crawler finds broken links, missing fragments, pages outside the base and foreign scripts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsi-crawl-'));
    try {
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'sjalvskattning'));
      writeFileSync(join(dir, 'sjalvskattning', 'index.html'), '<h1>x</h1>');
      writeFileSync(
        join(dir, 'index.html'),
        '<a href="/tsi/sjalvskattning/#faktor-3">ok</a><a href="/tsi/sjalvskattning/#faktor-11">x</a><a href="/tsi/a/#finns">ok</a><a href="/tsi/a/#saknas">x</a><a href="/tsi/b/">x</a><a href="/a/">x</a><a href="https://www.skolverket.se/">ok</a><script src="https://cdn.example/x.js"></script><img srcset="/tsi/a/ 1x, /tsi/c.png 2x">',
      );
      writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="finns">x</h2><a href="../">ok</a>');
      const r = crawl(dir, '/tsi/');
      expect(r.pages).toEqual(['/tsi/a/', '/tsi/', '/tsi/sjalvskattning/']);
      expect(r.problems).toHaveLength(6);
      expect(r.problems.join('\n')).toMatch(/no id="faktor-11"/); // the flow's route is factor 1–10
      expect(r.problems.join('\n')).toMatch(/no id="saknas"/);
      expect(r.problems.join('\n')).toMatch(/\/tsi\/b\/ is not in the build/);
      expect(r.problems.join('\n')).toMatch(/not under the base/);
      expect(r.problems.join('\n')).toMatch(/cdn\.example.*another host/);
      expect(r.problems.join('\n')).toMatch(/\/tsi\/c\.png is not in the build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads href, src, srcset and action attributes, quoted or not', () => {
    expect(
      references('<a href="/x/?a=1&amp;b=2">x</a><img src=/y.png srcset="/a.png 1x, /b.png 2x"><form action=\'/sok/\'>').map(
        (r) => r.value,
      ),
    ).toEqual(['/x/?a=1&b=2', '/y.png', '/a.png', '/b.png', '/sok/']);
  });
});
