#!/usr/bin/env node
// Builds the site (Astro) and indexes it for search (Pagefind). Honours BASE and TSI_OUT.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const outDir = process.env.TSI_OUT ?? 'dist';
const t0 = performance.now();
execFileSync('astro', ['build'], { stdio: 'inherit' });
const t1 = performance.now();
execFileSync('pagefind', ['--site', outDir, '--force-language', 'sv'], { stdio: 'inherit' });
const t2 = performance.now();
console.log(`Build: astro ${((t1 - t0) / 1000).toFixed(1)} s, pagefind ${((t2 - t1) / 1000).toFixed(1)} s`);
