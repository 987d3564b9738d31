import { describe, expect, it } from 'vitest';
import { assessmentFileName, localDate, MAX_SLUG, slug } from '../../../src/lib/file-names';
import { assessment } from '../../support/data';

const now = new Date(2026, 10, 23, 12, 0); // 23 November 2026, local noon

describe('slug', () => {
  it('writes Swedish letters without marks, lower case, other characters as one dash', () => {
    expect(slug('Ale kommun')).toBe('ale-kommun');
    expect(slug('Åre – Älvdalen/Öckerö')).toBe('are-alvdalen-ockero');
    expect(slug('  Hälso- och sjukvård!! ')).toBe('halso-och-sjukvard');
    expect(slug('Crème brûlée & Ærø')).toBe('creme-brulee-aero');
  });
  it('is empty when nothing readable is left', () => {
    expect(slug('—?!')).toBe('');
    expect(slug('北京')).toBe('');
  });
  it('is bounded and cut between words when it can be', () => {
    const long = slug('Stadsdelsförvaltningen Norra Innerstaden i Storstadens kommun');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(long).toBe('stadsdelsforvaltningen-norra-innerstaden');
    expect(slug('a'.repeat(100))).toBe('a'.repeat(MAX_SLUG));
    expect(slug('abc def', 5)).toBe('abc');
  });
});

describe('localDate', () => {
  it('is the local calendar day, padded', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('assessmentFileName', () => {
  it('names organisation, participant and date', () => {
    const a = assessment({ organisation: 'Ale kommun', participant: { name: 'Anna Rektor', role: 'skola' } });
    expect(assessmentFileName([a], now)).toBe('sjalvskattning-ale-kommun-anna-rektor-2026-11-23.json');
  });
  it('names the role when the participant has no name', () => {
    const a = assessment({ organisation: 'Ale kommun', participant: { name: '', role: 'halso-och-sjukvard' } });
    expect(assessmentFileName([a], now)).toBe('sjalvskattning-ale-kommun-halso-och-sjukvard-2026-11-23.json');
  });
  it('gives five participants of one organisation five different names', () => {
    const roles = ['skola', 'socialtjanst', 'elevhalsa', 'halso-och-sjukvard', 'polis'] as const;
    const names = roles.map((role) =>
      assessmentFileName([assessment({ organisation: 'Ale kommun', participant: { name: '', role } })], now),
    );
    expect(new Set(names).size).toBe(5);
  });
  it('names only the organisation without a participant, "alla" for several, "export" when nothing is left', () => {
    expect(assessmentFileName([assessment({ organisation: 'Älvkommun Ö' })], now)).toBe(
      'sjalvskattning-alvkommun-o-2026-11-23.json',
    );
    expect(assessmentFileName([assessment({ id: 'a' }), assessment({ id: 'b' })], now)).toBe(
      'sjalvskattning-alla-2026-11-23.json',
    );
    expect(assessmentFileName([assessment({ organisation: '???' })], now)).toBe('sjalvskattning-export-2026-11-23.json');
  });
  it('takes another extension and stays ASCII within a sane length', () => {
    const a = assessment({ organisation: 'Ö'.repeat(200), participant: { name: 'Å'.repeat(200), role: 'polis' } });
    const name = assessmentFileName([a], now, 'csv');
    expect(name).toMatch(/^[a-z0-9.-]+\.csv$/);
    expect(name.length).toBeLessThanOrEqual(120);
  });
});
