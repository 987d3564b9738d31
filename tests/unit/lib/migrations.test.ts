import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { migrate, migrateWith, STEPS } from '../../../src/lib/migrations';
import { parseImportText } from '../../../src/lib/io';
import { parseStored } from '../../../src/lib/storage';
import { CURRENT_VERSION } from '../../../src/lib/stored-format';
import { documentSchema } from '../../../src/lib/schema';

const dir = 'tests/fixtures';
const fixtures = readdirSync(dir).filter((f) => /^v\d+-.*\.json$/.test(f));

describe('migration chain', () => {
  it('has a step for every released version below the current one', () => {
    // This fails as soon as the version is bumped without a step (migrate would then refuse
    // every older document).
    const missing = Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1).filter((v) => typeof STEPS[v] !== 'function');
    expect(missing).toEqual([]);
    expect(migrate({ format: 'tsi-sjalvskattning', schemaVersion: 1, assessments: [] })).toMatchObject({ ok: true, from: 1 });
  });

  it('upgrades a v1 document to v2: it gains an empty list of saved workshops, its assessments stay as they are', () => {
    const v1doc = JSON.parse(readFileSync(`${dir}/v1-export.json`, 'utf8'));
    const r = migrate(v1doc);
    expect(r).toMatchObject({ ok: true, from: 1 });
    if (!r.ok) return;
    expect(r.doc).toEqual({ ...v1doc, schemaVersion: 2, workshops: [] });
    const parsed = documentSchema.safeParse(r.doc);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.assessments).toEqual(v1doc.assessments);
  });

  it('keeps a v2 saved workshop (participants, decisions, settings) exactly', () => {
    const doc = JSON.parse(readFileSync(`${dir}/v2-workshop.json`, 'utf8'));
    const r = documentSchema.safeParse(doc);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.workshops).toEqual(doc.workshops);
    expect(r.data.workshops[0]!.entries.length).toBeGreaterThan(0);
    // An envelope with neither an assessment nor a workshop is not an export file.
    expect(documentSchema.safeParse({ ...doc, workshops: [] }).success).toBe(false);
  });

  // A synthetic chain of three versions with real older shapes: v1 had `org`, v2 renamed it to
  // `organisation`, v3 added `participants`. It proves the chain runs each step in order,
  // stamps each version, and refuses what it cannot upgrade.
  const synthetic = {
    1: (d: Record<string, unknown>) => {
      const { org, ...rest } = d;
      return { ...rest, organisation: org };
    },
    2: (d: Record<string, unknown>) => ({ ...d, participants: [] }),
  };
  const v1 = { format: 'tsi-sjalvskattning', schemaVersion: 1, org: 'Ale kommun', assessments: [{ id: 'a' }] };

  it('upgrades an old document step by step to the current version', () => {
    expect(migrateWith(v1, synthetic, 3)).toEqual({
      ok: true,
      from: 1,
      doc: {
        format: 'tsi-sjalvskattning',
        schemaVersion: 3,
        organisation: 'Ale kommun',
        participants: [],
        assessments: [{ id: 'a' }],
      },
    });
    expect(migrateWith({ ...v1, schemaVersion: 2, organisation: 'Ale kommun', org: undefined }, synthetic, 3)).toMatchObject({
      ok: true,
      from: 2,
      doc: { schemaVersion: 3, participants: [] },
    });
    expect(v1).toHaveProperty('org', 'Ale kommun'); // the input is not changed
  });

  it('refuses a version whose step is missing, and one from the future', () => {
    expect(migrateWith(v1, { 2: synthetic[2] }, 3)).toEqual({ ok: false, code: 'version-unknown', version: 1 });
    expect(migrateWith({ ...v1, schemaVersion: 4 }, synthetic, 3)).toEqual({ ok: false, code: 'version-newer', version: 4 });
  });

  it('has a fixture of every released version (export and stored form)', () => {
    for (let v = 1; v <= CURRENT_VERSION; v++) {
      expect(fixtures).toContain(`v${v}-export.json`);
      expect(fixtures).toContain(`v${v}-stored.json`);
    }
  });

  it('rejects documents of an unknown newer version, without guessing', () => {
    expect(migrate({ format: 'tsi-sjalvskattning', schemaVersion: CURRENT_VERSION + 1, assessments: [] })).toEqual({
      ok: false,
      code: 'version-newer',
      version: CURRENT_VERSION + 1,
    });
  });

  it('rejects a missing, non-integer or below-1 version, and another format', () => {
    expect(migrate({ format: 'tsi-sjalvskattning' })).toMatchObject({ ok: false, code: 'version-missing' });
    expect(migrate({ format: 'tsi-sjalvskattning', schemaVersion: '1' })).toMatchObject({ ok: false, code: 'version-unknown' });
    expect(migrate({ format: 'tsi-sjalvskattning', schemaVersion: 0 })).toMatchObject({ ok: false, code: 'version-unknown' });
    expect(migrate({ format: 'tsi-sjalvskattning', schemaVersion: 1.5 })).toMatchObject({ ok: false, code: 'version-unknown' });
    expect(migrate({ format: 'other', schemaVersion: 1 })).toMatchObject({ ok: false, code: 'format' });
    expect(migrate(null)).toMatchObject({ ok: false, code: 'not-object' });
    expect(migrate([1])).toMatchObject({ ok: false, code: 'not-object' });
  });

  it('passes the current version through unchanged', () => {
    const doc = JSON.parse(readFileSync(`${dir}/v${CURRENT_VERSION}-export.json`, 'utf8'));
    expect(migrate(doc)).toEqual({ ok: true, doc, from: CURRENT_VERSION });
  });
});

describe.each(fixtures.filter((f) => f.includes('-export')))('export fixture %s', (file) => {
  it('imports forever: migrates and validates, nothing lost', () => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const r = parseImportText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const raw = JSON.parse(text);
    expect(r.assessments.map((a) => a.id)).toEqual(raw.assessments.map((a: { id: string }) => a.id));
    expect(documentSchema.safeParse({ ...raw, schemaVersion: CURRENT_VERSION, assessments: r.assessments }).success).toBe(true);
    // Typed text (including markup-like text) survives exactly.
    for (const [i, a] of r.assessments.entries()) expect(a.answers).toEqual(raw.assessments[i].answers);
  });
});

describe.each(fixtures.filter((f) => f.includes('-stored')))('stored fixture %s', (file) => {
  it('is read by storage without anything kept aside', () => {
    const seeded = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, string>;
    const r = parseStored(seeded['tsi-boken:assessments']!);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const raw = JSON.parse(seeded['tsi-boken:assessments']!);
    expect(r.assessments).toEqual(raw.assessments);
    if (seeded['tsi-boken:active']) expect(r.assessments.map((a) => a.id)).toContain(seeded['tsi-boken:active']);
  });
});
