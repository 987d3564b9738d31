#!/usr/bin/env node
// Works around npm/cli#8320 as it shows on this project's registry mirror: when a native
// package's binaries for OTHER platforms are missing from the registry at the locked version,
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock
// ("Missing: @pagefind/darwin-arm64@ from lock file"). This adds an entry for each missing
// platform package with its os/cpu, so npm ci sees the lock as complete and skips them on
// this platform, exactly as it would with a complete lock. Run after `npm install <pkg>`.
//
// Each such entry gets the `resolved` address and `integrity` hash that the registry publishes
// for it (`npm view`), so every platform installs verified bytes. Where the registry reached
// from here does not have that version, the entry is left without them and listed; run the
// script again where the registry has it (it fills in every entry still missing a hash).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openbsd', 'sunos', 'aix', 'netbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];
const alias = { windows: 'win32' };

function platformOf(name) {
  const parts = name
    .split('/')
    .pop()
    .split('-')
    .map((p) => alias[p] ?? p);
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

/** The registry's tarball address and integrity for name@version, or null when it has none. */
function published(name, version) {
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'dist', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const dist = JSON.parse(out || 'null');
    return dist && dist.tarball && dist.integrity ? { resolved: dist.tarball, integrity: dist.integrity } : null;
  } catch {
    return null;
  }
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform binary: leave it to npm
    lock.packages[key] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
let verified = 0;
const unverified = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key || entry.integrity || entry.link || !entry.optional) continue;
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const dist = published(name, entry.version);
  if (dist) {
    Object.assign(entry, dist);
    verified++;
  } else unverified.push(`${name}@${entry.version}`);
}

lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform entr${added === 1 ? 'y' : 'ies'}, recorded address and hash for ${verified}`);
if (unverified.length)
  console.log(
    `complete-lock: the registry has no ${unverified.length} of them at the locked version, so they stay without a hash:\n  ${unverified.join('\n  ')}`,
  );
