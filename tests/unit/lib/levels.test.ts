import { describe, expect, it } from 'vitest';
import { levelName, levelOptions, levelWords, levelShort } from '../../../src/lib/levels';
import { model } from '../../../src/lib/model-data';

const scale = {
  levels: [
    { level: 0, name: 'Inte påbörjat' },
    { level: 1, name: 'Påbörjat' },
    { level: 2, name: 'Under utveckling' },
    { level: 3, name: 'Etablerat' },
    { level: 4, name: 'Hållbart' },
  ],
  unknown: { name: 'Vet ej' },
};

describe('levelWords', () => {
  it('a level is its number and its name', () => {
    expect(levelWords(0, scale, '–')).toBe('0 Inte påbörjat');
    expect(levelWords(2, scale, '–')).toBe('2 Under utveckling');
    expect(levelWords(4, scale, '–')).toBe('4 Hållbart');
  });
  it('"vet ej" is the scale\'s word, never a number', () => {
    expect(levelWords('vet-ej', scale, '–')).toBe('Vet ej');
  });
  it('no answer gives the words the caller chose', () => {
    expect(levelWords(null, scale, 'Inte besvarad')).toBe('Inte besvarad');
    expect(levelWords(undefined, scale, '–')).toBe('–');
  });
  it('a level the scale lacks keeps its number and no trailing space', () => {
    expect(levelWords(3, { levels: [], unknown: { name: 'Vet ej' } }, '–')).toBe('3');
  });
  it('the real model names every level', () => {
    for (const l of model.scale.levels) expect(levelWords(l.level, model.scale, '–')).toBe(`${l.level} ${l.name}`);
    expect(levelWords('vet-ej', model.scale, '–')).toBe(model.scale.unknown.name);
  });
});

describe('levelName', () => {
  it('the name alone, or empty for an unknown level', () => {
    expect(levelName(3, scale)).toBe('Etablerat');
    expect(levelName(9, scale)).toBe('');
  });
});

describe('levelOptions', () => {
  it('the five levels in order, then "Vet ej" last', () => {
    const options = levelOptions(scale);
    expect(options.map((o) => o.value)).toEqual(['0', '1', '2', '3', '4', 'vet-ej']);
    expect(options.map((o) => o.level)).toEqual([0, 1, 2, 3, 4, 'vet-ej']);
    expect(options[5]!.name).toBe('Vet ej');
    expect(options[2]!.name).toBe('Under utveckling');
  });

  it('gives the short form for tables: the number, the scale\'s "Vet ej", or the caller\'s word', () => {
    const scale = { unknown: { name: 'Vet ej' } };
    expect(levelShort(2, scale, '–')).toBe('2');
    expect(levelShort(0, scale, '–')).toBe('0');
    expect(levelShort('vet-ej', scale, '–')).toBe('Vet ej');
    expect(levelShort(null, scale, '–')).toBe('–');
    expect(levelShort(undefined, scale, 'Inte satt')).toBe('Inte satt');
  });
});
