#!/usr/bin/env node
// Runs the Astro CLI with its telemetry off, so no build, dev server or check of this project
// sends anything to Astro's telemetry host (the site promises that nothing leaves the machine;
// that holds for developers too). Every npm script that runs Astro goes through here.
// Usage: node scripts/astro.mjs <astro arguments…>
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin');
/** The environment for Astro and Pagefind: telemetry off, the project's tools first on PATH. */
export const ASTRO_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };

if (import.meta.url === `file://${process.argv[1]}`) {
  const child = spawn(join(bin, 'astro'), process.argv.slice(2), { stdio: 'inherit', env: ASTRO_ENV });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
