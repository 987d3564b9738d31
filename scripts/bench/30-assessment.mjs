// Self-assessment figures: JS (gzip) a factor chapter loads for its island (apart from the
// page's own scripts), and the time to
// import a file of 100 assessments through the real import function.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

async function chapterJs(ctx) {
  const browser = await ctx.browser();
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map();
  let phase = 'page';
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(r.url())) {
      const when = phase;
      try {
        scripts.set(r.url(), { when, body: await r.body() });
      } catch {
        /* redirect or aborted */
      }
    }
  });
  await page.goto(new URL('framgangsfaktorer/tvarprofessionella-team/', ctx.baseUrl).href, { waitUntil: 'networkidle' });
  // The assessment's script loads when its section nears the viewport (ChapterAssessment.astro):
  // what loads from here on is the island's (the page's own scripts, such as the offline
  // support and that small loader, have loaded already).
  phase = 'island';
  await page.locator('.assess-chapter').scrollIntoViewIfNeeded();
  await page.locator('.assess-chapter form, .assess-chapter fieldset').first().waitFor({ timeout: 15000 });
  await page.waitForLoadState('networkidle');
  // Inline scripts (if any: Astro's island runtime, when a page has an island) count too.
  const inline = await page.$$eval('script:not([src])', (els) => els.map((e) => e.textContent ?? '').join('\n'));
  await context.close();
  const sums = { page: [0, 0], island: [0, 0] };
  const rows = [];
  for (const [url, { when, body }] of scripts) {
    const g = gzipSync(body, { level: 9 }).length;
    sums[when][0] += body.length;
    sums[when][1] += g;
    rows.push([new URL(url).pathname.split('/').pop(), when, body.length, g]);
  }
  const inlineGz = inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0;
  rows.push(['(inline scripts, in the HTML)', 'page', Buffer.byteLength(inline), inlineGz]);
  ctx.table('Chapter page JS (framgangsfaktorer/tvarprofessionella-team/)', ['file', 'loaded by', 'bytes', 'gzip'], rows);
  ctx.report(
    'Chapter island JS incl. any framework (gzip, files it loads; target ≤ 10)',
    (sums.island[1] / 1024).toFixed(2),
    'KB',
  );
  ctx.report('Chapter island JS incl. any framework (raw)', (sums.island[0] / 1024).toFixed(1), 'KB');
  ctx.report(
    'Chapter page, its own scripts (gzip; offline support, + inline)',
    ((sums.page[1] + inlineGz) / 1024).toFixed(1),
    'KB',
  );
}

function syntheticFile(assessment, n) {
  const { FACTOR_IDS } = assessment.factorsModule;
  const list = [];
  for (let i = 0; i < n; i++) {
    const answers = {};
    FACTOR_IDS.forEach((f, j) => {
      answers[f] = {
        level: (i + j) % 6 === 5 ? 'vet-ej' : (i + j) % 5,
        evidence: `Underlag ${i}-${j}: `.padEnd(300, 'x'),
        nextStep: `Nästa steg ${i}-${j}`.padEnd(200, 'y'),
        notes: '',
        owner: '',
        due: '',
      };
    });
    list.push({
      id: `bench-${i}`,
      kind: i % 2 ? 'consensus' : 'individual',
      organisation: `Organisation ${i}`,
      title: `Bedömning ${i}`,
      participant: { name: `Deltagare ${i}`, role: 'skola' },
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-02T10:00:00.000Z',
      modelVersion: '2026.1',
      answers,
    });
  }
  return JSON.stringify({
    format: 'tsi-sjalvskattning',
    schemaVersion: 1,
    exportedAt: '2026-01-03T10:00:00.000Z',
    assessments: list,
  });
}

async function importTime(ctx) {
  const io = await ctx.load('/src/lib/io.ts');
  const factorsModule = await ctx.load('/src/lib/factors.ts');
  const text = syntheticFile({ factorsModule }, 100);
  const times = [];
  for (let run = 0; run < 9; run++) {
    const t0 = performance.now();
    const r = io.parseImportText(text);
    times.push(performance.now() - t0);
    if (!r.ok || r.assessments.length !== 100) throw new Error('bench import failed');
  }
  times.sort((a, b) => a - b);
  ctx.report(
    `Import 100 assessments (${(text.length / 1024).toFixed(0)} KB file): parse+migrate+validate, median of 9`,
    times[4].toFixed(1),
    'ms',
  );
}

export default async function (ctx) {
  await chapterJs(ctx);
  await importTime(ctx);
}
