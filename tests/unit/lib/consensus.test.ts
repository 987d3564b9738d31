import { describe, expect, it } from 'vitest';
import { appendText, newGroupId as newId, participantLabel } from '../../../src/lib/consensus';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { assessmentSchema } from '../../../src/lib/schema';
import { findDuplicate } from '../../../src/lib/workshop-load';
import { person } from '../../support/data';

const [F1, F2] = FACTOR_IDS;
const people = [
  person('p1', 'skola', { [F1]: 1, [F2]: 2 }, 'Testperson Ett'),
  person('p2', 'socialtjanst', { [F1]: 3, [F2]: 'vet-ej' }, 'Testperson Två'),
  person('p3', 'polis', { [F1]: 2 }),
];

describe('participantLabel', () => {
  it('hides names when asked, and always shows the role', () => {
    expect(participantLabel(0, { name: 'Testperson Ett', role: 'skola' }, true, 'Skola')).toBe('Deltagare 1 (Skola)');
    expect(participantLabel(0, { name: 'Testperson Ett', role: 'skola' }, false, 'Skola')).toBe('Testperson Ett (Skola)');
    expect(participantLabel(4, { name: '  ', role: 'polis' }, false, 'Polis')).toBe('Deltagare 5 (Polis)');
  });
  it('makes ids the schema accepts', () => {
    expect(assessmentSchema.shape.id.safeParse(newId()).success).toBe(true);
  });
});

describe('participant files', () => {
  it('notices a participant loaded twice by id or by name and role', () => {
    expect(findDuplicate(people, { ...people[2]! })).toBe(2);
    expect(findDuplicate(people, { ...people[0]!, id: 'other' })).toBe(0);
    expect(findDuplicate(people, { ...people[0]!, id: 'other', participant: { name: 'testperson ett ', role: 'skola' } })).toBe(
      0,
    );
    expect(findDuplicate(people, { ...people[0]!, id: 'other', participant: { name: 'Testperson Ett', role: 'polis' } })).toBe(
      -1,
    );
    expect(findDuplicate(people, { ...people[2]!, id: 'other' })).toBe(-1);
  });
});

describe('appendText', () => {
  it('adds after a blank line, or fills an empty field', () => {
    expect(appendText('', ' Protokoll ')).toBe('Protokoll');
    expect(appendText('Vårt underlag\n', 'Protokoll')).toBe('Vårt underlag\n\nProtokoll');
  });
  it('does not add the same text twice, nor an empty one', () => {
    expect(appendText('A\n\nProtokoll', 'Protokoll')).toBe('A\n\nProtokoll');
    expect(appendText('A', '  ')).toBe('A');
  });
  it('refuses (null) rather than cut off when the field would be too long', () => {
    expect(appendText('abc', 'def', 7)).toBeNull();
    expect(appendText('abc', 'de', 7)).toBe('abc\n\nde');
  });
});
