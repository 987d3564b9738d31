#!/usr/bin/env node
// Synthetic, clearly fictional assessment files for benchmarks and tests (deterministic seed).
//   node scripts/synthetic.mjs [--participants N] [--municipalities M] [--seed S] [--out DIR]
// writes DIR/deltagare-0001.json … (one individual assessment each) and
// DIR/kommun-001.json … (one group assessment each). Names are "Deltagare 12" and
// "Kommun 012": no real people or municipalities. Also importable:
//   import { participantDocs, municipalityDocs } from './synthetic.mjs'
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The ids and roles come from the app itself (Node 24 reads the TypeScript module directly).
export { FACTOR_IDS, ROLES } from '../src/lib/factors.ts';
import { FACTOR_IDS, ROLES } from '../src/lib/factors.ts';
const MODEL_VERSION = '2026.1';

/** mulberry32: a small deterministic PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A level around `centre` (±1, sometimes 2 away), now and then "vet ej" or unanswered. */
function level(r, centre) {
  const x = r();
  if (x < 0.06) return 'vet-ej';
  if (x < 0.09) return null;
  const d = r() < 0.15 ? (r() < 0.5 ? -2 : 2) : Math.round(r() * 2 - 1);
  return Math.max(0, Math.min(4, centre + d));
}

function answers(r, centres, words) {
  const out = {};
  FACTOR_IDS.forEach((f, i) => {
    out[f] = {
      level: level(r, centres[i]),
      evidence: words ? `Underlag ${i + 1}` : '',
      nextStep: '',
      notes: '',
      owner: '',
      due: '',
    };
  });
  return out;
}

function envelope(assessments, at) {
  return { format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt: at, assessments };
}

/** N participant documents of one fictional municipality (one individual assessment each). */
export function participantDocs(n, seed = 1) {
  const r = rng(seed);
  const centres = FACTOR_IDS.map(() => Math.floor(r() * 5));
  const docs = [];
  for (let i = 1; i <= n; i++) {
    const at = new Date(Date.UTC(2026, 2, 1, 8, 0, i)).toISOString();
    docs.push(
      envelope(
        [
          {
            id: `syn-deltagare-${seed}-${i}`,
            kind: 'individual',
            organisation: 'Syntetisk kommun',
            title: 'Inför workshopen',
            participant: { name: `Deltagare ${i}`, role: ROLES[Math.floor(r() * ROLES.length)] },
            createdAt: at,
            updatedAt: at,
            modelVersion: MODEL_VERSION,
            answers: answers(r, centres, true),
          },
        ],
        at,
      ),
    );
  }
  return docs;
}

/** M municipality documents (one group assessment each). */
export function municipalityDocs(m, seed = 2) {
  const r = rng(seed);
  const docs = [];
  for (let i = 1; i <= m; i++) {
    const at = new Date(Date.UTC(2026, 3, 1, 9, 0, i)).toISOString();
    const centres = FACTOR_IDS.map(() => Math.floor(r() * 5));
    docs.push(
      envelope(
        [
          {
            id: `syn-kommun-${seed}-${i}`,
            kind: 'consensus',
            organisation: `Kommun ${String(i).padStart(3, '0')}`,
            title: 'Gruppskattning',
            participant: null,
            createdAt: at,
            updatedAt: at,
            modelVersion: MODEL_VERSION,
            answers: answers(r, centres, false),
          },
        ],
        at,
      ),
    );
  }
  return docs;
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = arg('out', 'tmp/synthetic');
  const seed = Number(arg('seed', '1'));
  const n = Number(arg('participants', '300'));
  const m = Number(arg('municipalities', '290'));
  mkdirSync(out, { recursive: true });
  participantDocs(n, seed).forEach((d, i) =>
    writeFileSync(join(out, `deltagare-${String(i + 1).padStart(4, '0')}.json`), JSON.stringify(d)),
  );
  municipalityDocs(m, seed + 1).forEach((d, i) =>
    writeFileSync(join(out, `kommun-${String(i + 1).padStart(3, '0')}.json`), JSON.stringify(d)),
  );
  console.log(`Wrote ${n} participant files and ${m} municipality files to ${out}/`);
}
