// Lighthouse on every route (issue 15): mobile, simulated throttling, the built site served
// gzip-compressed, every route empty and the tool routes also "with data" (an assessment and
// a group assessment stored, a workshop with three participants loaded, three municipalities
// on /jamfor/). Prints the four scores, CLS, TBT and the transferred bytes, then the byte
// budgets. Figures only: nothing fails on a number.
//
// BENCH_LH_ROUTES=sjalvskattning/,profil/ limits the routes (comma-separated, as printed).
import { gzipSync } from 'node:zlib';
import { gzipProxy } from '../lib/gzip-proxy.mjs';
import { lighthouseBrowser, runLighthouse } from '../lib/lighthouse.mjs';
import { routesOf } from '../lib/routes.mjs';

const KB = (n) => (n / 1024).toFixed(1);
const TOOLS = ['sjalvskattning/', 'profil/', 'rapport/', 'workshop/', 'jamfor/'];

export default async function ({ dist, baseUrl, load, report, table }) {
  const only = process.env.BENCH_LH_ROUTES?.split(',').map((r) => r.trim());
  const routes = routesOf(dist).filter((r) => !only || only.includes(r) || only.includes(`/${r}`));
  const { server, origin } = await gzipProxy(new URL(baseUrl).origin);
  const base = new URL(new URL(baseUrl).pathname, origin).href;
  // The storage of a returning user, built with the tests' data builders (real schema).
  const seed = (await load('/tests/support/returning-user.ts')).returningUser();
  const browser = await lighthouseBrowser();
  const runs = [];
  try {
    for (const route of routes) {
      const states = TOOLS.includes(route) ? ['empty', 'with data'] : ['empty'];
      for (const state of states) {
        const r = await runLighthouse(browser, base + route, state === 'empty' ? undefined : seed);
        runs.push({ route, state, ...r });
        if (r.runtimeError) console.warn(`Lighthouse /${route} (${state}): ${r.runtimeError}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const gzipOf = new Map();
  const bodyGzip = async (u) => {
    if (!gzipOf.has(u)) {
      const res = await fetch(new URL(new URL(u).pathname, baseUrl));
      gzipOf.set(u, gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length);
    }
    return gzipOf.get(u);
  };
  // Lighthouse records a worker's script (the chart worker: Chart.js) with its headers only: its
  // body arrives in the worker. Such a script counts with its gzip body, so every byte of JS
  // the page makes the browser fetch is in the budget, whichever thread runs it.
  const jsSent = async (r) => {
    let n = 0;
    for (const sc of r.scripts) n += Math.max(sc.bytes, await bodyGzip(sc.url));
    return n;
  };
  // Lighthouse's own byte total misses the worker's script body as well: add it.
  for (const r of runs) {
    let extra = 0;
    for (const sc of r.scripts) extra += Math.max(0, (await bodyGzip(sc.url)) - sc.bytes);
    r.bytesAll = r.bytes + extra;
  }
  table(
    'Lighthouse (mobile, simulated throttling, gzip-served build)',
    ['route', 'state', 'perf', 'a11y', 'best-practices', 'SEO', 'CLS', 'TBT ms', 'transferred KB', 'below 100 / not passed'],
    runs.map((r) => [
      `/${r.route}`,
      r.state,
      r.performance,
      r.accessibility,
      r.bestPractices,
      r.seo,
      r.cls.toFixed(3),
      r.tbt.toFixed(0),
      KB(r.bytesAll),
      r.failing.join(' ') || '-',
    ]),
  );
  const indexes = runs.map((r) => r.benchmarkIndex).filter(Number.isFinite);
  if (indexes.length)
    report(
      'Lighthouse benchmarkIndex of this machine (min–max over the runs; lower = slower CPU, more TBT)',
      `${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}`,
    );
  const external = runs.flatMap((r) => r.externalRequests);
  report('Lighthouse runs: requests to other hosts', external.length ? external.join(' ') : 0);

  // Byte budgets, as sent (gzip), from the same runs.
  const run = (route, state) => runs.find((r) => r.route === route && r.state === state);
  const rows = [];
  for (const route of TOOLS) {
    const empty = run(route, 'empty');
    if (empty) rows.push([`/${route} JS before a chart is drawn (empty)`, KB(await jsSent(empty)), '≤ 45']);
  }
  const profile = run('profil/', 'with data');
  if (profile) {
    rows.push(['/profil/ JS with a drawn chart (with data)', KB(await jsSent(profile)), '≤ 70']);
    const worker = profile.scripts.filter((sc) => sc.url.includes('chart-worker'));
    for (const sc of worker)
      rows.push(['  of which the chart worker (Chart.js, off the main thread)', KB(await bodyGzip(sc.url)), '']);
  }
  for (const route of ['profil/', 'rapport/']) {
    const empty = run(route, 'empty');
    if (!empty) continue;
    // The bodies gzip-compressed (level 6), as the other byte figures of the bench count them.
    // A stylesheet linked with media="print" does not block rendering (the browser fetches it
    // at the lowest priority, after the page): it is left out of the first round trip and
    // shown on its own row.
    const gz = async (u) => {
      const res = await fetch(new URL(new URL(u).pathname, baseUrl));
      return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length;
    };
    const print = printOnly(await (await fetch(new URL(route, baseUrl))).text());
    let bodies = 0;
    let printBodies = 0;
    for (const u of empty.htmlCss) {
      if (print.has(new URL(u).pathname)) printBodies += await gz(u);
      else bodies += await gz(u);
    }
    const sentPrint = empty.stylesheets.filter((r) => print.has(new URL(r.url).pathname)).reduce((n, r) => n + r.bytes, 0);
    rows.push([`/${route} HTML+CSS, render-blocking (gzip bodies)`, KB(bodies), '≤ 14.6']);
    rows.push([
      `/${route} HTML+CSS, render-blocking (as sent, with HTTP headers)`,
      KB(empty.byType.html + empty.byType.css - sentPrint),
      '',
    ]);
    if (printBodies) rows.push([`/${route} print-only CSS, media="print" (gzip bodies)`, KB(printBodies), '']);
  }
  if (rows.length) table('Byte budgets, KB (gzip; JS as sent, with HTTP headers)', ['what', 'KB', 'target'], rows);
}

/** Paths of the stylesheets a page links with media="print" (not render-blocking on screen). */
function printOnly(html) {
  const paths = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="stylesheet"/.test(tag) || !/\bmedia="print"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) paths.add(new URL(href, 'http://x/').pathname);
  }
  return paths;
}
