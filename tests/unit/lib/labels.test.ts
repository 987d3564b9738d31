import { describe, expect, it } from 'vitest';
import { assessmentLabel, formatDate } from '../../../src/lib/labels';

const at = '2026-11-23T10:00:00.000Z';

describe('assessmentLabel: names that never say the same words twice', () => {
  it('leaves out a title that is the organisation', () => {
    expect(assessmentLabel({ organisation: 'Ale kommun', title: 'Ale kommun', createdAt: at })).toBe('Ale kommun (2026-11-23)');
    expect(assessmentLabel({ organisation: 'Ale kommun', title: ' ale  KOMMUN ', createdAt: at })).toBe(
      'Ale kommun (2026-11-23)',
    );
    expect(assessmentLabel({ organisation: 'Ale kommun', title: 'Ale', createdAt: at })).toBe('Ale kommun (2026-11-23)');
  });

  it('leaves out the date when the title already has it', () => {
    expect(assessmentLabel({ organisation: 'Ale kommun', title: 'Workshop 2026-11-23', createdAt: at })).toBe(
      'Ale kommun – Workshop 2026-11-23',
    );
  });

  it('leaves out the organisation when the title already has it', () => {
    expect(assessmentLabel({ organisation: 'Ale kommun', title: 'Ale kommun, styrgruppen', createdAt: at })).toBe(
      'Ale kommun, styrgruppen (2026-11-23)',
    );
  });

  it('says organisation, title and date once each otherwise, or without the organisation when asked', () => {
    const a = { organisation: 'Ale kommun', title: 'Styrgruppen', createdAt: at };
    expect(assessmentLabel(a)).toBe('Ale kommun – Styrgruppen (2026-11-23)');
    expect(assessmentLabel(a, { organisation: false })).toBe('Styrgruppen (2026-11-23)');
    expect(assessmentLabel({ ...a, title: '' }, { organisation: false })).toBe('Ale kommun (2026-11-23)');
    expect(assessmentLabel({ ...a, title: '' })).toBe('Ale kommun (2026-11-23)');
  });

  it('leaves out the date when asked (the names on /sjalvskattning/), still without repeats', () => {
    const a = { organisation: 'Nordkommun', title: 'Styrgruppen', createdAt: at };
    expect(assessmentLabel(a, { date: false })).toBe('Nordkommun – Styrgruppen');
    expect(assessmentLabel({ ...a, title: '' }, { date: false })).toBe('Nordkommun');
    expect(assessmentLabel({ ...a, organisation: 'Ale kommun', title: 'Ale kommun' }, { date: false })).toBe('Ale kommun');
  });

  it('never repeats a word sequence for any organisation and title taken from one another', () => {
    for (const [organisation, title] of [
      ['Ale kommun', 'Ale kommun'],
      ['Ale kommun', 'Workshop 2026-11-23'],
      ['Region Test', 'Region Test 2026-11-23'],
    ] as const) {
      const label = assessmentLabel({ organisation, title, createdAt: at });
      const twice = (needle: string) => label.split(needle).length - 1;
      expect(twice(organisation), label).toBeLessThanOrEqual(1);
      expect(twice(formatDate(at)), label).toBe(1);
    }
  });
});
