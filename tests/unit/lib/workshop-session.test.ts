import { describe, expect, it } from 'vitest';
import {
  dateIso,
  groupName,
  initialState,
  mostCommonOrganisation,
  workshopReducer,
  type WorkshopAction,
  type WorkshopState,
} from '../../../src/lib/workshop-session';
import { emptyAgreed } from '../../../src/lib/consensus';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { person } from '../../support/data';
import { entry, loadWords, loadedFile } from '../../support/workshop';

const F1 = FACTOR_IDS[0]!;
const F2 = FACTOR_IDS[1]!;
const words = loadWords;
const file = loadedFile;
const start = (): WorkshopState => initialState(null, undefined, '2026-05-04', 'Workshop 2026-05-04');
const run = (s: WorkshopState, ...actions: WorkshopAction[]) => actions.reduce(workshopReducer, s);

describe('workshop session: helpers', () => {
  it('picks the most common organisation, empty without participants', () => {
    expect(mostCommonOrganisation([])).toBe('');
    expect(mostCommonOrganisation([entry('a', '', 'Ale'), entry('b', '', 'Bor'), entry('c', '', 'Bor')])).toBe('Bor');
  });
  it('turns the workshop date into noon UTC, and a non-date into now', () => {
    expect(dateIso('2026-05-04')).toBe('2026-05-04T12:00:00.000Z');
    expect(dateIso('', () => new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });
  it('names a group assessment by organisation, title and date', () => {
    expect(groupName({ organisation: 'Ale', title: 'Vår', createdAt: '2026-05-04T12:00:00.000Z' })).toBe(
      'Ale – Vår (2026-05-04)',
    );
    expect(groupName({ organisation: 'Ale', title: '', createdAt: '2026-05-04T12:00:00.000Z' })).toBe('Ale (2026-05-04)');
  });
});

describe('workshop session: loading and duplicates', () => {
  it('merges a load that finishes late into the latest list, not the one it started from', () => {
    const s0 = run(
      start(),
      { type: 'loaded', files: [file('a.json', entry('a'))], words },
      { type: 'loadStarted', reading: true },
    );
    expect(s0.status).toEqual({ code: 'reading' });
    expect(s0.busy).toBe(true);
    // Meanwhile another load lands and a participant is removed.
    const s1 = run(
      s0,
      { type: 'loaded', files: [file('b.json', entry('b'))], words },
      { type: 'removed', key: s0.entries[0]!.key, who: 'Deltagare 1' },
    );
    const s2 = run(s1, { type: 'loaded', files: [file('c.json', entry('c'))], words }, { type: 'loadFinished' });
    expect(s2.entries.map((e) => e.a.id)).toEqual(['b', 'c']);
    expect(s2.status).toEqual({ code: 'added', added: 1, problems: 0 });
    expect(s2.busy).toBe(false);
  });
  it('queues duplicates across loads and resolves them through the reducer', () => {
    const s1 = run(start(), { type: 'loaded', files: [file('a.json', entry('a', 'Anna'), entry('b', 'Bo'))], words });
    const s2 = run(s1, { type: 'loaded', files: [file('again.json', entry('a2', 'Anna'), entry('b2', 'Bo'))], words });
    expect(s2.pending).toHaveLength(2);
    expect(s2.status).toEqual({ code: 'added', added: 0, problems: 0 });
    const s3 = run(s2, { type: 'dupAllSet', on: true }, { type: 'duplicateResolved', choice: 'replace' });
    expect(s3.entries.map((e) => e.a.id)).toEqual(['a2', 'b2']);
    expect(s3.pending).toEqual([]);
    expect(s3.dupAll).toBe(false);
    expect(run(s3, { type: 'duplicateResolved', choice: 'keep' })).toBe(s3);
  });
  it('fills an empty organisation from the participants, but never overwrites one', () => {
    const s1 = run(start(), { type: 'loaded', files: [file('a.json', entry('a', '', 'Ale'))], words });
    expect(s1.meta.organisation).toBe('Ale');
    const s2 = run(
      s1,
      { type: 'metaSet', patch: { organisation: 'Bor' } },
      { type: 'loaded', files: [file('b.json', entry('b', '', 'Ale'))], words },
    );
    expect(s2.meta.organisation).toBe('Bor');
  });
  it('removes everyone and the open questions', () => {
    const s1 = run(
      start(),
      { type: 'loaded', files: [file('a.json', entry('a', 'Anna'))], words },
      { type: 'loaded', files: [file('a2.json', entry('a2', 'Anna'))], words },
    );
    const s2 = run(s1, { type: 'removedAll' });
    expect(s2.entries).toEqual([]);
    expect(s2.pending).toEqual([]);
    expect(s2.status).toEqual({ code: 'removedAll' });
  });
});

describe('workshop session: decisions and saving', () => {
  it('marks changed decisions and clears them with their save time', () => {
    const v = { ...emptyAgreed(), level: 3 as const };
    const s1 = run(
      start(),
      { type: 'agreedSet', factor: F1, value: v },
      { type: 'agreedSet', factor: F1, value: { ...v, evidence: 'x' } },
      { type: 'agreedSet', factor: F2, value: v },
    );
    expect(s1.dirty).toEqual([F1, F2]);
    expect(s1.agreed[F1]!.evidence).toBe('x');
    const s2 = run(s1, { type: 'groupSaved', id: 'grupp-1', created: true, at: 42 });
    expect(s2).toMatchObject({
      groupId: 'grupp-1',
      dirty: [],
      savedAt: { [F1]: 42, [F2]: 42 },
      groupMsg: { kind: 'ok', code: 'created' },
    });
  });
  it('keeps an ok message on later saves and replaces an error with "saved"', () => {
    const created = run(start(), { type: 'groupSaved', id: 'g', created: true, at: 1 });
    expect(run(created, { type: 'groupSaved', id: 'g', created: false, at: 2 }).groupMsg).toEqual({
      kind: 'ok',
      code: 'created',
    });
    const failed = run(created, { type: 'groupSaveFailed', code: 'saveFailed' });
    expect(failed.groupMsg).toEqual({ kind: 'error', code: 'saveFailed' });
    expect(run(failed, { type: 'groupSaved', id: 'g', created: false, at: 2 }).groupMsg).toEqual({ kind: 'ok', code: 'saved' });
    expect(run(start(), { type: 'groupSaved', id: 'g', created: false, at: 2 }).groupMsg).toEqual({ kind: 'ok', code: 'saved' });
  });
  it('continues with a saved group assessment: its meta, names setting and decisions, forms start over', () => {
    const g = {
      ...person('grupp-x', 'skola', { [F1]: 4 }),
      kind: 'consensus' as const,
      organisation: 'Ale',
      title: 'Vår',
      createdAt: '2026-04-01T12:00:00.000Z',
    };
    const s1 = run(
      start(),
      { type: 'agreedSet', factor: F2, value: emptyAgreed() },
      { type: 'groupContinued', group: g, name: 'Ale – Vår' },
    );
    expect(s1).toMatchObject({
      groupId: 'grupp-x',
      meta: { organisation: 'Ale', title: 'Vår', date: '2026-04-01' },
      dirty: [],
      formsKey: 1,
      hideNames: false,
    });
    expect(s1.agreed[F1]?.level).toBe(4);
    expect(s1.groupMsg).toEqual({ kind: 'ok', code: 'continued', name: 'Ale – Vår' });
  });
  it('starts a new group assessment from the participants', () => {
    const s1 = run(
      start(),
      { type: 'loaded', files: [file('a.json', entry('a', '', 'Ale'))], words },
      { type: 'groupSaved', id: 'g', created: true, at: 1 },
    );
    const s2 = run(
      s1,
      { type: 'metaSet', patch: { organisation: 'Annat' } },
      { type: 'groupStartedNew', title: 'Workshop 2026-06-01', date: '2026-06-01' },
    );
    expect(s2).toMatchObject({
      groupId: null,
      agreed: {},
      formsKey: 1,
      meta: { organisation: 'Ale', title: 'Workshop 2026-06-01', date: '2026-06-01' },
      groupMsg: { code: 'startedNew' },
    });
  });
});

describe('workshop session: start and what is kept', () => {
  it('starts empty with today as date and the default title', () => {
    expect(start()).toMatchObject({
      entries: [],
      groupId: null,
      meta: { organisation: '', title: 'Workshop 2026-05-04', date: '2026-05-04' },
      roleFilter: '',
    });
  });
  it('restores the session, and the stored group assessment wins over it', () => {
    const entries = [entry('a', '', 'Ale')];
    const session = {
      entries,
      hideNames: true,
      roleFilter: 'polis' as const,
      meta: { organisation: '', title: 'T', date: '2026-01-01' },
      agreed: { [F1]: emptyAgreed() },
    };
    const s1 = initialState(session, undefined, '2026-05-04', 'x');
    expect(s1).toMatchObject({
      hideNames: true,
      roleFilter: 'polis',
      meta: { organisation: 'Ale', title: 'T', date: '2026-01-01' },
    });
    const g = {
      ...person('grupp-x', 'skola', { [F2]: 1 }),
      kind: 'consensus' as const,
      organisation: 'Bor',
      title: 'G',
      createdAt: '2026-03-03T12:00:00.000Z',
    };
    const s2 = initialState({ ...session, groupId: 'grupp-x' }, g, '2026-05-04', 'x');
    // The group has no workshop record (hideNames), so the session's setting stays.
    expect(s2).toMatchObject({
      groupId: 'grupp-x',
      hideNames: true,
      meta: { organisation: 'Bor', title: 'G', date: '2026-03-03' },
    });
    expect(s2.agreed[F2]?.level).toBe(1);
  });
});

describe('workshop session: undo, saved workshops, the projector factor, copying reasons', () => {
  it('"Ta bort alla" can be undone, keeping those loaded meanwhile after the restored ones', () => {
    const s1 = run(start(), { type: 'loaded', files: [file('a.json', entry('a', 'Anna'), entry('b', 'Bo'))], words });
    const s2 = run(s1, { type: 'removedAll' });
    expect(s2.undo!.map((e) => e.a.id)).toEqual(['a', 'b']);
    const s3 = run(s2, { type: 'loaded', files: [file('c.json', entry('c', 'Cia'))], words }, { type: 'removedAllUndone' });
    expect(s3.entries.map((e) => e.a.id)).toEqual(['a', 'b', 'c']);
    expect(s3.undo).toBeNull();
    expect(s3.status).toEqual({ code: 'restored', n: 2 });
    expect(run(s3, { type: 'removedAllUndone' })).toBe(s3);
  });
  it('opens a saved workshop: its participants, decisions and settings replace the state and the forms start over', () => {
    const s1 = run(start(), { type: 'loaded', files: [file('x.json', entry('x'))], words }, { type: 'factorSet', factor: F1 });
    const saved = {
      entries: [entry('a', 'Anna', 'Ale')],
      agreed: { [F2]: { ...emptyAgreed(), level: 3 as const } },
      meta: { organisation: 'Ale', title: 'Dag 1', date: '2026-11-23' },
      hideNames: true,
      roleFilter: 'polis' as const,
      groupId: 'grupp-1',
      factor: F2,
    };
    const s2 = run(s1, { type: 'sessionOpened', id: 'workshop-1', saved, name: 'Ale', dropped: 1 });
    expect(s2).toMatchObject({ sessionId: 'workshop-1', ...saved, formsKey: s1.formsKey + 1, dirty: [], undo: null });
    expect(s2.status).toEqual({ code: 'opened', name: 'Ale', dropped: 1 });
    // The same workshop as another tab saved it: said so, not as an opening.
    const s3 = run(s2, { type: 'sessionOpened', id: 'workshop-1', saved, name: 'Ale', dropped: 0, refreshed: true });
    expect(s3.status).toEqual({ code: 'refreshed' });
  });
  it('closes the workshop: a new empty one, nothing of the old kept in the state', () => {
    const s1 = run(
      start(),
      { type: 'loaded', files: [file('a.json', entry('a'))], words },
      { type: 'sessionSaved', id: 'workshop-1' },
      { type: 'agreedSet', factor: F1, value: emptyAgreed() },
      { type: 'groupSaved', id: 'g', created: true, at: 1 },
    );
    expect(s1.sessionId).toBe('workshop-1');
    const s2 = run(s1, { type: 'sessionClosed', title: 'Workshop X', date: '2026-11-24' });
    expect(s2).toMatchObject({
      sessionId: null,
      entries: [],
      agreed: {},
      groupId: null,
      factor: null,
      status: { code: 'closed' },
    });
    expect(s2.meta).toEqual({ organisation: '', title: 'Workshop X', date: '2026-11-24' });
  });
  it("adds a participant's text to the group's field, restarting that form only; refuses a text that would not fit", () => {
    const s1 = run(start(), { type: 'agreedSet', factor: F1, value: { ...emptyAgreed(), level: 2, evidence: 'Vårt' } });
    const s2 = run(s1, { type: 'agreedAppended', factor: F1, field: 'evidence', text: 'Protokoll' });
    expect(s2.agreed[F1]).toMatchObject({ level: 2, evidence: 'Vårt\n\nProtokoll' });
    expect(s2.formKeys).toEqual({ [F1]: 1 });
    expect(s2.dirty).toEqual([F1]);
    expect(s2.status).toEqual({ code: 'appended', field: 'evidence' });
    const s3 = run(s2, { type: 'agreedAppended', factor: F2, field: 'nextStep', text: 'Steg' });
    expect(s3.agreed[F2]).toEqual({ ...emptyAgreed(), nextStep: 'Steg' });
    const s4 = run(s3, { type: 'agreedAppended', factor: F1, field: 'evidence', text: 'x'.repeat(4000) });
    expect(s4.agreed).toBe(s3.agreed);
    expect(s4.status).toEqual({ code: 'tooLong' });
  });
});
