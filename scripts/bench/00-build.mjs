// Per route: the bytes a browser actually loads, measured in Chromium (every response of the
// page, summed by type: HTML, CSS, JS, other), raw and gzip (gzip level 6 of each body, as a
// web server would send it). The page is scrolled to the end so that islands which hydrate
// when visible are counted. Inline scripts are part of the HTML bytes (shown apart). Plus the bytes of one search for one word on /sok/.
// Targets (from issue 2): a chapter's JS is only its own island; HTML + CSS of a chapter
// ≤ 30 KB gzip.
import { gzipSync } from 'node:zlib';
import { routesOf } from '../lib/routes.mjs';

const KB = (n) => (n / 1024).toFixed(1);

function kind(response) {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/** Loads a URL in a fresh context and sums every response body by kind. */
async function measure(browser, url, after) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sums = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], inlineJs: [0, 0] };
  const pending = [];
  const files = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => {
          const k = kind(r);
          const gz = gzipSync(body, { level: 6 }).length;
          if (k === 'html') {
            // Inline <script> bodies travel inside the HTML; shown apart, not added twice.
            const inline = [...body.toString('utf8').matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
              .map((m) => m[1])
              .join('');
            sums.inlineJs[0] += Buffer.byteLength(inline);
            sums.inlineJs[1] += inline ? gzipSync(inline, { level: 6 }).length : 0;
          }
          sums[k][0] += body.length;
          sums[k][1] += gz;
          files.push({ url: r.url(), kind: k, raw: body.length, gzip: gz });
        },
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // JS fetched before the reader scrolls (islands that hydrate when visible come later).
  const jsAtLoad = [...sums.js];
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  if (after) await after(page);
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await context.close();
  return { sums, files, jsAtLoad };
}

export default async function ({ dist, baseUrl, browser, report, table }) {
  const b = await browser();
  const rows = [];
  let worstChapter = { route: '', htmlCss: 0 };
  for (const route of routesOf(dist)) {
    const { sums, jsAtLoad } = await measure(b, baseUrl + route);
    const htmlCssGz = sums.html[1] + sums.css[1];
    const isChapter = route.startsWith('framgangsfaktorer/') && route !== 'framgangsfaktorer/';
    if (isChapter && htmlCssGz > worstChapter.htmlCss) worstChapter = { route, htmlCss: htmlCssGz };
    rows.push([
      `/${route}`,
      KB(sums.html[0]),
      KB(sums.html[1]),
      KB(sums.css[0]),
      KB(sums.css[1]),
      KB(sums.js[0]),
      KB(sums.js[1]),
      KB(jsAtLoad[1]),
      KB(sums.inlineJs[0]),
      KB(sums.other[0]),
      KB(htmlCssGz),
    ]);
  }
  table(
    'Bytes per route, KB, measured in Chromium (all responses; page scrolled to the end)',
    [
      'route',
      'HTML',
      'HTML gz',
      'CSS',
      'CSS gz',
      'JS',
      'JS gz',
      'JS gz before scrolling',
      'inline JS (in HTML)',
      'other',
      'HTML+CSS gz',
    ],
    rows,
  );

  // One search for one word, from an empty cache: the /sok/ page and everything Pagefind fetches.
  const word = 'tvärprofessionellt';
  const { sums, files } = await measure(b, `${baseUrl}sok/?q=${encodeURIComponent(word)}`, (page) =>
    page.locator('#search-results > li').first().waitFor({ timeout: 15_000 }),
  );
  const { inlineJs: _inline, ...loaded } = sums;
  const all = Object.values(loaded).reduce((a, [raw, gz]) => [a[0] + raw, a[1] + gz], [0, 0]);
  const pf = files.filter((f) => f.url.includes('/pagefind/'));
  const pfRaw = pf.reduce((a, f) => a + f.raw, 0);
  const pfGz = pf.reduce((a, f) => a + f.gzip, 0);
  table(
    `Search for "${word}" on /sok/: Pagefind's requests`,
    ['file', 'raw KB', 'gzip KB'],
    pf.map((f) => [f.url.replace(/^.*\/pagefind\//, 'pagefind/'), KB(f.raw), KB(f.gzip)]),
  );
  report(`Search "${word}": everything (page + search), raw`, KB(all[0]), 'KB');
  report(`Search "${word}": everything (page + search), gzip`, KB(all[1]), 'KB');
  report(`Search "${word}": Pagefind only (${pf.length} requests), raw`, KB(pfRaw), 'KB');
  report(`Search "${word}": Pagefind only, gzip`, KB(pfGz), 'KB');
  if (worstChapter.route)
    report(`Largest chapter HTML+CSS gzip (/${worstChapter.route}; target ≤ 30)`, KB(worstChapter.htmlCss), 'KB');
}
