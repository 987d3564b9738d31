import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/i18n/sv';
import { chapterIsland, factorForm } from '../../../../src/i18n/sv/assessment-chapter';
import { fieldNames, fields, importErrors } from '../../../../src/i18n/sv/import';
import { storage } from '../../../../src/i18n/sv/stored-data';
import { MAX_SHORT_TEXT } from '../../../../src/lib/schema';

const s = t.assessment;

describe('assessment strings: counts pick their form', () => {
  it('imported', () => {
    expect(s.io.imported(1)).toBe('En självskattning är importerad.');
    expect(s.io.imported(2)).toBe('2 självskattningar är importerade.');
  });
  it('missing factors', () => {
    expect(s.summary.missing(1)).toBe('En faktor är inte besvarad.');
    expect(s.summary.missing(3)).toBe('3 faktorer är inte besvarade.');
  });
  it('more import errors', () => {
    expect(importErrors.more(1)).toBe('Och ett fel till.');
    expect(importErrors.more(4)).toBe('Och 4 fel till.');
  });
  it('unreadable stored data', () => {
    expect(storage.unreadable(1)).toMatch(/^Det fanns sparade uppgifter som inte gick att läsa\./);
    expect(storage.unreadable(2)).toMatch(/^Det fanns 2 omgångar sparade uppgifter som inte gick att läsa\./);
  });
});

describe('assessment strings: values are typed arguments', () => {
  it('the chapter island and the guided flow say progress the same way', () => {
    expect(chapterIsland.progress(1, 10)).toBe('1 av 10 besvarade');
    expect(s.flow.progress(1, 10)).toBe(chapterIsland.progress(1, 10));
    expect(s.chapterIsland).toBe(chapterIsland);
  });
  it('names and levels', () => {
    expect(chapterIsland.activeIn('Nordkommun – Styrgruppen')).toBe('Du skattar i: Nordkommun – Styrgruppen');
    expect(factorForm.level(3)).toBe('Nivå 3');
  });
  it("the length limit in the message is the schema's", () => {
    expect(s.start.organisationTooLong).toContain(`högst ${MAX_SHORT_TEXT} tecken`);
  });
  it('no string is left with a {placeholder}', () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(s);
    expect(strings.filter((x) => /\{\w+\}/.test(x))).toEqual([]);
  });
  it('field names of import error paths are plain strings', () => {
    expect(fieldNames.level).toBe('nivå');
    expect(fields.assessment(2)).toBe('självskattning 2');
    expect(fields.factor('Team')).toBe('faktor ’Team’');
  });
});
