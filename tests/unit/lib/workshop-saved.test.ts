import { describe, expect, it } from 'vitest';
import { emptyAgreed } from '../../../src/lib/consensus';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { workshopSessionSchema } from '../../../src/lib/schema';
import { fromLegacy, fromSession, tabSession, toSession, worthSaving } from '../../../src/lib/workshop-saved';
import { entry } from '../../support/workshop';

const F1 = FACTOR_IDS[0]!;
const NOW = new Date('2026-11-23T15:00:00.000Z');

const part = () => ({
  entries: [entry('a', 'Anna', 'Ale')],
  agreed: { [F1]: { ...emptyAgreed(), level: 2 as const, evidence: 'Protokoll' } },
  meta: { organisation: ' Ale ', title: 'Dag 1', date: '2026-11-23' },
  hideNames: true,
  roleFilter: '' as const,
  groupId: null,
  factor: F1,
});

describe('saved workshop ⇄ state', () => {
  it('makes a valid session (schema v2) and reads it back unchanged', () => {
    const p = part();
    const w = toSession(p, 'workshop-1', '2026.1', NOW);
    expect(workshopSessionSchema.parse(w)).toEqual(w);
    expect(w).toMatchObject({ organisation: 'Ale', createdAt: '2026-11-23T12:00:00.000Z', updatedAt: NOW.toISOString() });
    expect(fromSession(w)).toEqual({ ...p, meta: { ...p.meta, organisation: 'Ale' } });
  });
  it('saves only when there is a participant or a decision', () => {
    expect(worthSaving({ entries: [], agreed: {} })).toBe(false);
    expect(worthSaving({ entries: [], agreed: { [F1]: emptyAgreed() } })).toBe(true);
  });
});

describe('the tab session', () => {
  it("tells the open id from an older page's session and from nonsense", () => {
    expect(tabSession({ open: 'workshop-1' })).toEqual({ kind: 'open', id: 'workshop-1' });
    expect(tabSession({ agreed: { [F1]: null } })).toEqual({ kind: 'legacy', small: { agreed: { [F1]: null } } });
    expect(tabSession({ chosen: 5 })).toEqual({ kind: 'none' });
    expect(tabSession(null)).toEqual({ kind: 'none' });
  });
  it('carries an older session over, dropping what cannot be read ({"agreed":{"<factor>":null}}, {"chosen":5})', () => {
    const e = entry('a', 'Anna');
    const r = fromLegacy(
      { agreed: { [F1]: null }, meta: { organisation: 'Ale', title: 'T', date: '2026-11-20' }, hideNames: true, chosen: 5 },
      { entries: [{ key: e.key, file: e.file, a: e.a }, { chosen: 5 }] },
      'workshop-1',
      '2026.1',
      NOW,
    )!;
    expect(r.dropped).toBe(2);
    expect(r.session).toMatchObject({ id: 'workshop-1', organisation: 'Ale', decisions: {}, settings: { hideNames: true } });
    expect(r.session.entries).toEqual([{ key: e.key, file: e.file, assessment: e.a }]);
  });
  it('survives a session with nothing readable at all', () => {
    const r = fromLegacy({ agreed: 'x', meta: 5 }, 'nonsense', 'workshop-1', '2026.1', NOW)!;
    expect(r.session.entries).toEqual([]);
    expect(r.dropped).toBe(1);
  });
});
