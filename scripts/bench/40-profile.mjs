// Profile and report (issue 4): JS bytes (gzip) on /profil/ and /rapport/ with a seeded
// assessment (Chart.js included, as the browser loads it: in the chart worker), on a chapter
// page (must not carry Chart.js), and the time from navigation start to a drawn chart on /profil/.
//
// "Drawn" = the chart figure's data-chart-state leaves "loading": the screen chart is drawn
// (charts are never animated). "Print-ready" = data-chart-state="ready": the print image is in
// the <img> that prints. Times are performance.now() (ms since navigation start), median of 7
// cold loads (fresh context each time, so nothing is cached).
import { gzipSync } from 'node:zlib';

const KB = (n) => (n / 1024).toFixed(1);
const RUNS = 7;

function seedDoc(schema, factorIds, version) {
  const levels = [2, 1, 1, 3, 'vet-ej', 4, 0, 2, null, 3];
  const answers = Object.fromEntries(factorIds.map((id, i) => [id, { level: levels[i], evidence: 'Underlag', nextStep: '' }]));
  const a = schema.assessmentSchema.parse({
    id: 'bench-1',
    kind: 'individual',
    organisation: 'Benchkommunen',
    title: 'Bench',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    modelVersion: '2026.1',
    answers,
  });
  return schema.documentSchema.parse({
    format: 'tsi-sjalvskattning',
    schemaVersion: version,
    exportedAt: '2026-11-21T10:00:00.000Z',
    assessments: [a],
  });
}

async function newSeededPage(b, json, options = {}) {
  const context = await b.newContext(options);
  await context.addInitScript((j) => {
    localStorage.setItem('tsi-boken:assessments', j);
    localStorage.setItem('tsi-boken:active', 'bench-1');
    // Record when the first chart is drawn and when its print image is ready.
    window.__chart = {};
    new MutationObserver(() => {
      const fig = document.querySelector('[data-chart-state]');
      const st = fig?.getAttribute('data-chart-state');
      if (st && st !== 'loading' && window.__chart.drawn === undefined) window.__chart.drawn = performance.now();
      if (st === 'ready' && window.__chart.ready === undefined) window.__chart.ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state'] });
  }, json);
  return { context, page: await context.newPage() };
}

async function jsBytes(b, json, url, waitFor) {
  const { context, page } = await newSeededPage(b, json);
  const files = [];
  const pending = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    pending.push(
      r.body().then(
        (body) =>
          files.push({
            url: r.url(),
            raw: body.length,
            gzip: gzipSync(body, { level: 6 }).length,
            chart: body.includes('radialLinear'),
          }),
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scroll to the end so that islands that hydrate when visible are counted too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  const sum = (k, f = () => true) => files.filter(f).reduce((s, x) => s + x[k], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), chartGzip: sum('gzip', (x) => x.chart), count: files.length };
}

export default async function (ctx) {
  const schema = await ctx.load('/src/lib/schema.ts');
  const { FACTOR_IDS } = await ctx.load('/src/lib/factors.ts');
  const { model } = await ctx.load('/src/lib/model-data.ts');
  const { CURRENT_VERSION } = await ctx.load('/src/lib/stored-format.ts');
  const json = JSON.stringify(seedDoc(schema, FACTOR_IDS, CURRENT_VERSION));
  const b = await ctx.browser();
  const u = (p) => new URL(p, ctx.baseUrl).href;

  const profile = await jsBytes(b, json, u('profil/'), '[data-chart-state="ready"]');
  const reportPage = await jsBytes(b, json, u('rapport/'), '[data-chart-state="ready"]');
  const chapter = await jsBytes(b, json, u(`framgangsfaktorer/${model.factors[0].chapter}/`));
  ctx.report(`/profil/ JS, all scripts (${profile.count} files)`, KB(profile.gzip), 'KB gzip');
  ctx.report('/profil/ JS, of which the Chart.js chunk', KB(profile.chartGzip), 'KB gzip');
  ctx.report(`/rapport/ JS, all scripts (${reportPage.count} files)`, KB(reportPage.gzip), 'KB gzip');
  ctx.report(
    `Chapter page JS (${chapter.count} files; Chart.js ${chapter.chartGzip ? 'LOADED' : 'not loaded'})`,
    KB(chapter.gzip),
    'KB gzip',
  );

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const drawn = [];
  const ready = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newSeededPage(b, json);
    await page.goto(u('profil/'));
    await page.waitForSelector('[data-chart-state="ready"]', { timeout: 15000 });
    const t = await page.evaluate(() => window.__chart);
    drawn.push(t.drawn);
    ready.push(t.ready);
    await context.close();
  }
  ctx.report(`/profil/ navigation start → chart drawn (median of ${RUNS})`, median(drawn).toFixed(0), 'ms');
  ctx.report(`/profil/ navigation start → chart print image ready (median of ${RUNS})`, median(ready).toFixed(0), 'ms');
}
