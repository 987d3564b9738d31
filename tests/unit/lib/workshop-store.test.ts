import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { workshopSessionSchema } from '../../../src/lib/schema';
import { createWorkshopStore, parseWorkshops, salvageSession } from '../../../src/lib/workshop-store';
import { FakeStorage } from '../../support/unit';

const F1 = FACTOR_IDS[0]!;
const F2 = FACTOR_IDS[1]!;
const fixture = () => JSON.parse(readFileSync('tests/fixtures/v2-workshop.json', 'utf8'));
const session = () => fixture().workshops[0];

describe('salvageSession', () => {
  it('keeps a valid session as it is', () => {
    expect(salvageSession(session())).toEqual({ session: workshopSessionSchema.parse(session()), dropped: 0 });
  });
  it('drops a null decision ({"agreed":{"<factor>":null}}) and keeps the rest', () => {
    const raw = { ...session(), decisions: { [F1]: null, [F2]: { level: 1 } } };
    const r = salvageSession(raw)!;
    expect(r.dropped).toBe(1);
    expect(r.session.decisions).toEqual({ [F2]: { level: 1, evidence: '', nextStep: '', resolution: '' } });
    expect(r.session.entries).toEqual(workshopSessionSchema.parse(session()).entries);
  });
  it('drops an unreadable participant and an unknown factor, keeps the readable ones', () => {
    const s = session();
    const raw = { ...s, entries: [...s.entries, { chosen: 5 }], decisions: { ...s.decisions, 'ingen-faktor': { level: 1 } } };
    const r = salvageSession(raw)!;
    expect(r.dropped).toBe(2);
    expect(r.session.entries).toHaveLength(s.entries.length);
  });
  it('falls back to the default settings and no group when those are broken', () => {
    const r = salvageSession({ ...session(), settings: { chosen: 5, roleFilter: 7 }, groupId: 'ogiltigt id!' })!;
    expect(r.dropped).toBe(2);
    expect(r.session.settings).toEqual({ hideNames: false, roleFilter: '', factor: null });
    expect(r.session.groupId).toBeNull();
  });
  it('gives up only when the header is unreadable', () => {
    expect(salvageSession({ ...session(), id: '' })).toBeNull();
    expect(salvageSession({ chosen: 5 })).toBeNull();
    expect(salvageSession(null)).toBeNull();
  });
});

describe('parseWorkshops', () => {
  it('reads the v2 workshop fixture whole', () => {
    const r = parseWorkshops(readFileSync('tests/fixtures/v2-workshop.json', 'utf8'));
    expect(r.kind).toBe('ok');
    expect(r.kind === 'ok' && r.assessments[0]!.id).toBe('w-2026-11-23-ale');
  });
  it('is partial when parts were dropped, and unreadable when it is not our document', () => {
    const doc = fixture();
    doc.workshops[0].decisions[F1] = null;
    expect(parseWorkshops(JSON.stringify(doc)).kind).toBe('partial');
    expect(parseWorkshops('{"chosen":5}').kind).toBe('unreadable');
    expect(parseWorkshops('not json').kind).toBe('unreadable');
  });
  it('reads a v1 assessments document as no workshops (the migration adds an empty list)', () => {
    const r = parseWorkshops(readFileSync('tests/fixtures/v1-export.json', 'utf8'));
    expect(r).toEqual({ kind: 'ok', assessments: [] });
  });
});

describe('workshop store', () => {
  it('keeps sessions under their own key, apart from the assessments', () => {
    const storage = new FakeStorage();
    const store = createWorkshopStore(() => storage);
    store.save(workshopSessionSchema.parse(session()));
    expect(storage.getItem('tsi-boken:assessments')).toBeNull();
    const doc = JSON.parse(storage.getItem('tsi-boken:workshops')!);
    expect(doc).toMatchObject({ format: 'tsi-sjalvskattning', schemaVersion: 2, assessments: [] });
    expect(doc.workshops[0].id).toBe('w-2026-11-23-ale');
    expect(createWorkshopStore(() => storage).list()).toHaveLength(1);
  });
  it('keeps unreadable stored data aside before writing, and opens what is readable', () => {
    const storage = new FakeStorage();
    const doc = fixture();
    doc.workshops[0].decisions[F1] = null;
    const raw = JSON.stringify(doc);
    storage.setItem('tsi-boken:workshops', raw);
    const store = createWorkshopStore(() => storage);
    expect(store.list()[0]!.decisions[F1]).toBeUndefined();
    expect(store.status().unreadable).toHaveLength(1);
    expect(storage.getItem(store.status().unreadable[0]!)).toBe(raw);
  });
});
