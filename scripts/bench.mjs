#!/usr/bin/env node
// `npm run bench`: prints the project's figures (sizes, times). Not a test: nothing fails on
// a number. Builds the site first unless BENCH_SKIP_BUILD=1.
//
// Each area of the site adds a module in scripts/bench/*.mjs (run in name order):
//   export default async function (ctx) { ... ctx.report('label', value, 'unit') ... }
// ctx = { dist, baseUrl, load, browser, report, table }
//   load(path)  loads a TypeScript module of src/ (through Vite, so import.meta.glob works)
//   browser()   a shared headless Chromium (playwright-core), launched on first use
//   baseUrl     the built site served on localhost
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { serve } from './serve.mjs';
import { launchChromium } from './lib/chromium.mjs';

const dist = process.env.TSI_OUT ?? 'dist';
const figures = [];
const failed = [];
const only = process.env.BENCH_ONLY?.split(',').map((p) => p.trim());

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const t0 = performance.now();
  execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  figures.push(['Build (astro + pagefind)', ((performance.now() - t0) / 1000).toFixed(1), 's']);
}

const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
  configFile: false,
});
const { server, url: baseUrl } = await serve({ dir: dist, port: 0 });
let browserPromise;
const ctx = {
  dist,
  baseUrl,
  load: (path) => vite.ssrLoadModule(path),
  browser: () => (browserPromise ??= launchChromium()),
  report: (label, value, unit = '') => figures.push([label, String(value), unit]),
  table: (title, header, rows) => {
    console.log(`\n${title}`);
    const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
    const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log(line(header));
    for (const r of rows) console.log(line(r));
  },
};

try {
  for (const name of readdirSync('scripts/bench')
    .filter((n) => n.endsWith('.mjs') && (!only || only.some((p) => n.startsWith(p))))
    .sort()) {
    // One area's broken module must not hide the others' figures: say so, go on, fail at the end.
    try {
      const mod = await import(pathToFileURL(`scripts/bench/${name}`).href);
      await mod.default(ctx);
    } catch (err) {
      failed.push(name);
      console.error(`\nscripts/bench/${name} failed:`, err);
    }
  }
  ctx.table('Figures', ['what', 'value', 'unit'], figures);
  if (failed.length) {
    console.error(`\nBench modules that failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  if (browserPromise) await (await browserPromise).close();
  await vite.close();
  server.close();
}
