// The headless Chromium used by tests and bench: CHROME_PATH if set, else the browser that
// the npm package @sparticuz/chromium ships inside itself (nothing is downloaded).
//
// That package unpacks its browser into the shared $TMPDIR on first use, with no lock and no
// write-then-rename, and reuses whatever `$TMPDIR/chromium` it finds without a version check.
// Two test workers unpacking at once made one of them start a half-written file (ETXTBSY).
// So we unpack it ourselves, once, before any worker starts (vitest globalSetup, bench):
// into node_modules/.cache/tsi-chromium/<version>/, written under a temporary name and
// renamed into place, and reused only when the version in the folder name matches.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
  '--font-render-hinting=none',
];

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where unpacked browsers live: one folder per @sparticuz/chromium version. */
export const CACHE_DIR = join(projectRoot, 'node_modules', '.cache', 'tsi-chromium');
const DONE = '.complete';

function packageVersion() {
  const require = createRequire(import.meta.url);
  const pkgJson = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  return JSON.parse(readFileSync(pkgJson, 'utf8')).version;
}

/**
 * Returns the path of a ready-to-run Chromium, unpacking it first if needed. Safe to call
 * from several processes at once: each unpacks into its own temporary folder and the first
 * rename wins; the others discard their copy and use the winner's.
 */
export async function prepareChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const version = packageVersion();
  const target = join(CACHE_DIR, version);
  const executable = join(target, 'chromium');
  if (existsSync(join(target, DONE))) return executable;

  mkdirSync(CACHE_DIR, { recursive: true });
  // A half-finished folder of this version (a run killed mid-rename cannot leave one, but a
  // hand-made copy could) is replaced.
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  const staging = mkdtempSync(join(CACHE_DIR, `.tmp-${version}-`));
  const savedTmp = process.env.TMPDIR;
  try {
    // The package unpacks into os.tmpdir(); point that at our private staging folder for
    // the duration of the call, so nothing lands in the shared temporary folder.
    process.env.TMPDIR = staging;
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const unpacked = await sparticuz.executablePath();
    if (resolve(unpacked) !== resolve(staging, 'chromium'))
      throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected ${staging}/chromium`);
    writeFileSync(join(staging, DONE), `${version}\n`);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    renameSync(staging, target);
  } catch (err) {
    // Another process renamed its copy into place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, DONE))) throw err;
  }
  // Older versions' folders are left for `npm ci` (which empties node_modules) to clear.
  return executable;
}

/** Chromium's own scratch files (it leaves `.org.chromium.Chromium.*` folders behind). */
const SCRATCH_DIR = join(CACHE_DIR, 'scratch');

/** Launches the prepared Chromium. `executablePath` defaults to prepareChromium()'s answer. */
export async function launchChromium(executablePath) {
  mkdirSync(SCRATCH_DIR, { recursive: true });
  return chromium.launch({
    executablePath: executablePath ?? (await prepareChromium()),
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TMPDIR: SCRATCH_DIR },
  });
}
