import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  exportDocument,
  exportFileName,
  exportJson,
  parseImportText,
  parseImportBytes,
  readImportFile,
  type ImportError,
} from '../../../src/lib/io';
import { describeImportError, readablePath } from '../../../src/i18n/sv/import';
import { createStore } from '../../../src/lib/store-core';
import { parseStored } from '../../../src/lib/storage';
import { serializeEnvelope, STORAGE_KEY } from '../../../src/lib/stored-format';
import { documentSchema, type Assessment } from '../../../src/lib/schema';
import { FakeStorage, assessmentsArb } from '../../support/unit';
import { envelope, envelopeDoc, sample } from '../../support/data';

const titles: Record<string, string> = { 'tvarprofessionella-team': 'Inrätta tvärprofessionella team' };
const titleOf = (id: string) => titles[id];
const fixture = readFileSync('tests/fixtures/v1-export.json', 'utf8');

function errorOf(text: string): ImportError {
  const r = parseImportText(text);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}
const message = (text: string) => describeImportError(errorOf(text), titleOf).join(' ');

describe('import: dates in a sane range', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it('refuses a far-future or ancient date, naming the field, and accepts a clock a little ahead', () => {
    const far = { ...sample('f1'), updatedAt: '9999-12-31T23:59:59.999Z' };
    const r = parseImportText(envelope([far]), now);
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', issues: [{ path: ['assessments', 0, 'updatedAt'], kind: 'wrongDate' }] },
    });
    if (!r.ok) expect(describeImportError(r.error, () => undefined).join(' ')).toContain('är inte ett giltigt datum');
    const old = { ...sample('f2'), createdAt: '1970-01-01T00:00:00.000Z' };
    expect(parseImportText(envelope([old]), now)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const ahead = { ...sample('f3'), updatedAt: '2026-11-24T06:00:00.000Z' };
    expect(parseImportText(envelope([ahead]), now)).toMatchObject({ ok: true });
  });
});

describe('import: each error has its own plain Swedish message', () => {
  it('not JSON', () => {
    expect(errorOf('hej')).toEqual({ code: 'not-json' });
    expect(message('{"format":')).toMatch(/inte en JSON-fil/);
  });
  it('empty', () => {
    expect(message('   ')).toBe('Filen är tom.');
  });
  it('JSON but not an object', () => {
    expect(message('[1,2]')).toMatch(/inte en självskattning/);
    expect(message('42')).toMatch(/inte en självskattning/);
  });
  it('another kind of file (no or other format)', () => {
    expect(errorOf('{"name":"x"}')).toEqual({ code: 'format' });
    expect(message(JSON.stringify({ format: 'annat', schemaVersion: 1 }))).toMatch(/en annan sorts fil/);
  });
  it('missing, unknown and newer schemaVersion', () => {
    expect(message(JSON.stringify({ format: 'tsi-sjalvskattning', assessments: [] }))).toMatch(/saknar uppgift om version/);
    expect(message(JSON.stringify({ format: 'tsi-sjalvskattning', schemaVersion: 'ett' }))).toMatch(/okänd version \("ett"\)/);
    expect(message(JSON.stringify({ format: 'tsi-sjalvskattning', schemaVersion: 7, assessments: [] }))).toMatch(
      /nyare version .*version 7/,
    );
  });
  it('no assessments', () => {
    expect(message(envelope([]))).toBe('Filen innehåller inga självskattningar.');
  });
  it('a field invalid, with a readable path (assessment number, factor title, field)', () => {
    const bad = { ...sample('b'), answers: { 'tvarprofessionella-team': { level: 9 } } };
    const text = envelope([sample('a'), bad]);
    expect(message(text)).toBe(
      'Fel i filen: självskattning 2, faktor ’Inrätta tvärprofessionella team’, nivå: har ett ogiltigt värde.',
    );
  });
  it('missing field, too long text, empty organisation, bad date', () => {
    const { organisation: _o, ...noOrg } = sample('a');
    expect(message(envelope([noOrg]))).toBe('Fel i filen: självskattning 1, kommun eller organisation: saknas.');
    expect(
      message(envelope([{ ...sample('a'), answers: { 'tvarprofessionella-team': { evidence: 'x'.repeat(4001) } } }])),
    ).toMatch(/faktor ’Inrätta tvärprofessionella team’, ”Hur vet vi det\?”: är för lång/);
    expect(message(envelope([{ ...sample('a'), organisation: '' }]))).toMatch(/kommun eller organisation: är tom/);
    expect(message(envelope([{ ...sample('a'), createdAt: 'igår' }]))).toMatch(/skapad: är inte ett giltigt datum/);
    expect(message(envelope([{ ...sample('a'), participant: { name: 'A', role: 'kock' } }]))).toMatch(
      /deltagare, roll: har ett ogiltigt värde/,
    );
  });
  it('lists at most five field errors and says how many more', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...sample(`a${i}`), kind: 'x' }));
    const lines = describeImportError(errorOf(envelope(many)), titleOf);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('Och 2 fel till.');
  });
  it('file too large: refused before reading', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(2));
    const r = await readImportFile({ size: 5 * 1024 * 1024 + 1, arrayBuffer });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(r).toEqual({ ok: false, error: { code: 'too-large', size: 5 * 1024 * 1024 + 1 } });
    if (!r.ok)
      expect(describeImportError(r.error, titleOf)[0]).toBe('Filen är för stor (5,0 MB). Största tillåtna storlek är 5 MB.');
  });
  it('read failure and empty file', async () => {
    const r = await readImportFile({ size: 10, arrayBuffer: () => Promise.reject(new Error('io')) });
    expect(r).toEqual({ ok: false, error: { code: 'read-failed' } });
    expect(await readImportFile({ size: 0, arrayBuffer: async () => new ArrayBuffer(0) })).toEqual({
      ok: false,
      error: { code: 'empty' },
    });
    expect(await readImportFile(new Blob([fixture]))).toMatchObject({ ok: true });
  });
  it('readable paths for workshop fields', () => {
    expect(readablePath(['assessments', 0, 'workshop', 'participants', 2, 'role'], titleOf)).toBe(
      'självskattning 1, workshopuppgifter, deltagare 3, roll',
    );
  });
});

describe('import: __proto__ / constructor / prototype keys are ignored', () => {
  it('drops them and never pollutes prototypes', () => {
    const text = envelope([{ ...sample('a'), answers: {} }])
      .replace('"answers":{}', '"answers":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')
      .replace('"id":"a"', '"__proto__":{"admin":true},"id":"a"');
    const r = parseImportText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.assessments[0]!.answers)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.getPrototypeOf(r.assessments[0])).toBe(Object.prototype);
  });
});

describe('export', () => {
  it('file names are ASCII and name the organisation', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(exportFileName([{ ...sample(), organisation: 'Älvkommun Ö' }], now)).toBe(
      'sjalvskattning-alvkommun-o-2026-03-01.json',
    );
    expect(exportFileName([sample('a'), sample('b')], now)).toBe('sjalvskattning-alla-2026-03-01.json');
  });
});

describe('import, property-based', () => {
  /** A store over fake storage holding valid data; import must never change it. */
  function seeded() {
    const s = new FakeStorage();
    s.setItem(STORAGE_KEY, serializeEnvelope([sample('keep')], '2026-01-01T00:00:00.000Z'));
    const store = createStore<Assessment>({ backend: () => s, parse: parseStored, serialize: serializeEnvelope });
    store.list();
    return { s, before: s.snapshot() };
  }

  it('arbitrary strings never throw and never change stored data', () => {
    const { s, before } = seeded();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = parseImportText(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(describeImportError(r.error, titleOf).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    expect(s.snapshot()).toEqual(before);
  });

  it('arbitrary JSON values (also inside our envelope) never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
        const text = JSON.stringify(wrap ? envelopeDoc(value as unknown[]) : value) ?? 'null';
        const r = parseImportText(text);
        if (!r.ok) expect(describeImportError(r.error, titleOf).every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
        else {
          // Accepted only inside our envelope, and then only what the schema accepts.
          expect(wrap).toBe(true);
          expect(documentSchema.safeParse(envelopeDoc(r.assessments)).success).toBe(true);
          expect(r.assessments.length).toBeGreaterThan(0);
          expect(r.assessments).toHaveLength(Array.isArray(value) ? value.length : -1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('JSON that is not our envelope is refused; our envelope with an empty list is refused as empty', () => {
    for (const value of [null, 0, 'text', [], {}, { assessments: [] }, { format: 'annat', schemaVersion: 1, assessments: [] }])
      expect(parseImportText(JSON.stringify(value)).ok).toBe(false);
    expect(parseImportText(envelope([]))).toEqual({
      ok: false,
      error: { code: 'no-assessments' },
    });
  });

  it('mutated valid documents never throw; when accepted they are schema-valid', () => {
    const base = JSON.parse(fixture);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), fc.boolean(), (path, value, del) => {
        const doc = structuredClone(base);
        let parent = doc;
        for (const k of path.slice(0, -1)) parent = parent[k];
        const last = path[path.length - 1]!;
        if (del) delete parent[last];
        else parent[last] = value;
        const { s, before } = seeded();
        const r = parseImportText(JSON.stringify(doc));
        expect(s.snapshot()).toEqual(before);
        if (!r.ok) expect(describeImportError(r.error, titleOf).length).toBeGreaterThan(0);
        else expect(documentSchema.safeParse(exportDocument(r.assessments)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('export → import is the identity', () => {
    fc.assert(
      fc.property(assessmentsArb, (list) => {
        const r = parseImportText(exportJson(list));
        expect(r).toEqual({ ok: true, assessments: list });
      }),
      { numRuns: 150 },
    );
  });
});

describe('issue 10, case 10: every file is decoded the same way', () => {
  const org = 'Åre kommun';
  const doc = envelope([{ ...sample('enc'), organisation: org }]);
  function utf16le(text: string): Uint8Array {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  it('reads UTF-8 with a BOM and UTF-16 with a BOM like plain UTF-8', async () => {
    for (const bytes of [
      new TextEncoder().encode(doc),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(doc)]),
      utf16le(doc),
    ]) {
      const r = await readImportFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      expect(r.ok && r.assessments[0]!.organisation).toBe(org);
    }
  });
  it('refuses a Latin-1 file ("Åre kommun" as 0xC5 …) with a message that says how to save as UTF-8', async () => {
    const latin1 = Uint8Array.from(doc, (c) => c.charCodeAt(0)); // every character fits one byte here
    const r = await readImportFile(new Blob([latin1]));
    expect(r).toEqual({ ok: false, error: { code: 'encoding' } });
    expect(parseImportBytes(latin1)).toEqual(r);
    if (!r.ok) expect(describeImportError(r.error, titleOf)[0]).toMatch(/inte sparad som UTF-8.*Spara som.*UTF-8/);
  });
});

describe('issue 10, case 11: messages that say what is wrong', () => {
  it('valid but deeply nested JSON is called too deep, not "not a JSON file"', () => {
    const depth = 20000;
    const deep = `{"format":"tsi-sjalvskattning","schemaVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(() => JSON.parse(deep)).not.toThrow(); // it is valid JSON
    expect(errorOf(deep)).toEqual({ code: 'too-deep' });
    expect(message(deep)).toContain('är en JSON-fil');
    expect(message(deep)).not.toContain('inte en JSON-fil');
    expect(errorOf('{"format": ')).toEqual({ code: 'not-json' });
  });

  it('names an unknown factor id', () => {
    const a = { ...sample('u'), answers: { 'okand-faktor': { level: 2 } } };
    expect(message(envelope([a]))).toBe('Fel i filen: självskattning 1, svar: okänd faktor ’okand-faktor’.');
  });

  it('reports schemaVersion 1e400 (Infinity once parsed) as an absurd version, not "version (null)"', () => {
    const text = '{"format":"tsi-sjalvskattning","schemaVersion":1e400,"exportedAt":"2026-01-01T00:00:00.000Z","assessments":[]}';
    expect(message(text)).toBe(
      'Filen anger ett orimligt stort versionsnummer och kan inte läsas. En export från självskattningen har version 1.',
    );
    expect(message(text)).not.toContain('null');
  });

  it('says how many assessments a file over the limit holds, instead of dropping the rest', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ id: `m${i}` }));
    expect(errorOf(envelope(many))).toEqual({ code: 'too-many', count: 5001, max: 5000 });
    expect(message(envelope(many))).toBe(
      'Filen innehåller 5\u00a0001 självskattningar, men högst 5\u00a0000 går att läsa in från en fil. Inget har lästs in. Dela upp dem på flera filer.',
    );
  });
});
