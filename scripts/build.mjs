#!/usr/bin/env node
// Builds the site (Astro), indexes it for search (Pagefind) and writes the service worker that
// makes it work offline (Workbox, scripts/lib/service-worker.mjs). Honours BASE and TSI_OUT.
// With --strict (used by `npm test`), any warning printed by Astro or Pagefind fails the build:
// the build is meant to be quiet, so a new warning is a change to look at, not to scroll past.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ASTRO_ENV } from './astro.mjs';
import { buildServiceWorker } from './lib/service-worker.mjs';

const outDir = process.env.TSI_OUT ?? 'dist';
const strict = process.argv.includes('--strict');
const warnings = [];

/** Runs a command, echoing its output as it comes and collecting lines that are warnings. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { shell: false, env: ASTRO_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    const scan = (chunk, out) => {
      out.write(chunk);
      for (const line of chunk.toString().split('\n')) if (/\bWARN(ING)?\b/i.test(line)) warnings.push(line.trim());
    };
    child.stdout.on('data', (c) => scan(c, process.stdout));
    child.stderr.on('data', (c) => scan(c, process.stderr));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

const t0 = performance.now();
await run('astro', ['build']);
const t1 = performance.now();
await run('pagefind', ['--site', outDir, '--force-language', 'sv']);
const t2 = performance.now();
const sw = await buildServiceWorker({ dir: outDir, base: process.env.BASE ?? '/' });
for (const w of sw.warnings) warnings.push(`service worker: ${w}`);
const t3 = performance.now();
console.log(`Service worker: ${sw.count} files precached, ${(sw.size / 1e6).toFixed(2)} MB`);
console.log(
  `Build: astro ${((t1 - t0) / 1000).toFixed(1)} s, pagefind ${((t2 - t1) / 1000).toFixed(1)} s, service worker ${((t3 - t2) / 1000).toFixed(1)} s`,
);
if (warnings.length) {
  console.error(`\nThe build printed ${warnings.length} warning(s):\n${warnings.map((w) => `  ${w}`).join('\n')}`);
  if (strict) process.exit(1);
}
