import { describe, expect, it } from 'vitest';
import { activeView, shortNotices, startOrganisation } from '../../../src/lib/chapter-view';
import { MAX_SHORT_TEXT } from '../../../src/lib/text-limits';
import { assessment } from '../../support/data';

const local = { mode: 'local' as const, memoryReason: null, unreadable: [] as string[] };

describe('shortNotices: which storage notices the chapter shows', () => {
  it('none while answers are saved and nothing is kept aside', () => {
    expect(shortNotices(local)).toEqual([]);
  });
  it('answers only in memory: "newer" when a newer version wrote the data, "memory" for any other reason', () => {
    expect(shortNotices({ ...local, mode: 'memory', memoryReason: 'newer' })).toEqual(['newer']);
    for (const reason of ['unavailable', 'full', 'unreadable-not-kept'] as const)
      expect(shortNotices({ ...local, mode: 'memory', memoryReason: reason })).toEqual(['memory']);
  });
  it('unreadable data kept aside, after the memory notice', () => {
    expect(shortNotices({ ...local, unreadable: ['tsi-boken:unreadable:1'] })).toEqual(['unreadable']);
    expect(shortNotices({ mode: 'memory', memoryReason: 'full', unreadable: ['k'] })).toEqual(['memory', 'unreadable']);
  });
});

describe('activeView: the active assessment as the chapter shows it', () => {
  it('no active assessment: null (the start form)', () => {
    expect(activeView(null, 'tvarprofessionella-team')).toBeNull();
    expect(activeView(undefined, 'tvarprofessionella-team')).toBeNull();
  });
  it('the line names the assessment without its date and counts the answered factors', () => {
    const a = assessment({ id: 'x', organisation: 'Ale kommun', title: 'Styrgruppen', levels: [2, 'vet-ej', null, 1] });
    expect(activeView(a, 'tvarprofessionella-team')?.line).toBe('Du skattar i: Ale kommun – Styrgruppen · 3 av 10 besvarade · ');
  });
  it("gives this factor's answer, with the empty answer's fields where nothing is stored", () => {
    const a = assessment({ id: 'x', answers: { 'tvarprofessionella-team': { level: 3, evidence: 'Protokoll' } } });
    expect(activeView(a, 'tvarprofessionella-team')).toMatchObject({
      id: 'x',
      answer: { level: 3, evidence: 'Protokoll', nextStep: '' },
    });
    expect(activeView(a, 'kartlagg-problembilden')?.answer).toMatchObject({ level: null, evidence: '', nextStep: '' });
  });
});

describe('startOrganisation: what the short start form starts with', () => {
  it('empty or only spaces: null (the form says what is missing)', () => {
    expect(startOrganisation('')).toBeNull();
    expect(startOrganisation('  \n ')).toBeNull();
  });
  it('the text as typed, cut at the short-text limit', () => {
    expect(startOrganisation(' Ale kommun ')).toBe(' Ale kommun ');
    expect(startOrganisation('x'.repeat(MAX_SHORT_TEXT + 5))).toHaveLength(MAX_SHORT_TEXT);
  });
});
