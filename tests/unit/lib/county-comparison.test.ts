import { describe, expect, it } from 'vitest';
import { countsInStats, countyMatrix, rowLabels, sortRows } from '../../../src/lib/county-comparison';
import { FACTOR_IDS } from '../../../src/lib/factors';
import type { Assessment } from '../../../src/lib/schema';
import { assessment } from '../../support/data';

const [F1, F2] = FACTOR_IDS;

function kommun(id: string, organisation: string, l1: unknown, l2: unknown, title = 'Gruppskattning'): Assessment {
  return assessment({ id, kind: 'consensus', organisation, title, createdAt: '2026-04-02T09:00:00.000Z', levels: [l1, l2] });
}

const list = [
  kommun('a', 'Östra', 2, 4),
  kommun('b', 'Ale', 'vet-ej', 1),
  kommun('c', 'Bjuv', 4, undefined),
  kommun('d', 'Åsele', 0, 1),
  kommun('e', 'Arboga', null, 3),
];

describe('countyMatrix', () => {
  it('has one row per municipality with every factor, missing factors as null', () => {
    const m = countyMatrix(list);
    expect(m.rows.map((r) => r.organisation)).toEqual(['Östra', 'Ale', 'Bjuv', 'Åsele', 'Arboga']);
    expect(m.rows[2]!.levels[F2]).toBeNull();
    expect(m.rows[1]!.levels[F1]).toBe('vet-ej');
    expect(m.rows[0]!.date).toBe('2026-04-02');
    expect(Object.keys(m.rows[0]!.levels)).toEqual([...FACTOR_IDS]);
  });
  it('gives median and spread per factor across the län, "vet ej" and missing counted apart', () => {
    const m = countyMatrix(list);
    expect(m.factors[F1]).toMatchObject({ median: 2, min: 0, max: 4, spread: 4, unknown: 1, unanswered: 1, answered: 3 });
    expect(m.factors[F2]).toMatchObject({ median: 2, min: 1, max: 4, spread: 3, answered: 4, unanswered: 1 });
  });
});

describe("individuals in the län's figures", () => {
  const person = (id: string, l1: unknown) =>
    assessment({ id, kind: 'individual', organisation: 'Ale', createdAt: '2026-04-02T09:00:00.000Z', levels: [l1] });
  const withPeople = [kommun('g1', 'Bjuv', 1, 1), kommun('g2', 'Ale', 2, 2), person('p1', 4), person('p2', 4)];

  it('leaves an individual out of median and spread, but keeps the row', () => {
    const m = countyMatrix(withPeople);
    expect(m.rows).toHaveLength(4);
    expect(m.excluded).toEqual(['p1', 'p2']);
    expect(m.factors[F1]).toMatchObject({ median: 1.5, min: 1, max: 2, answered: 2 });
  });
  it('counts an individual the coordinator includes', () => {
    const m = countyMatrix(withPeople, ['p1']);
    expect(m.excluded).toEqual(['p2']);
    expect(m.factors[F1]).toMatchObject({ median: 2, min: 1, max: 4, answered: 3 });
    expect(countyMatrix(withPeople, ['p1', 'p2']).factors[F1]).toMatchObject({ median: 3, answered: 4 });
  });
  it('always counts a group assessment', () => {
    expect(countsInStats({ id: 'g', kind: 'consensus' }, [])).toBe(true);
    expect(countsInStats({ id: 'p', kind: 'individual' }, [])).toBe(false);
    expect(countsInStats({ id: 'p', kind: 'individual' }, ['p'])).toBe(true);
  });
});

describe('sortRows', () => {
  it('sorts by a factor, highest first by default, with ties in name order and no-level rows last', () => {
    const rows = countyMatrix([...list, kommun('f', 'Alingsås', 2, 2)]).rows;
    expect(sortRows(rows, F1).map((r) => r.organisation)).toEqual(['Bjuv', 'Alingsås', 'Östra', 'Åsele', 'Ale', 'Arboga']);
  });
  it('sorts ascending and still keeps "vet ej" then missing last', () => {
    const rows = countyMatrix(list).rows;
    expect(sortRows(rows, F1, 'ascending').map((r) => r.organisation)).toEqual(['Åsele', 'Östra', 'Bjuv', 'Ale', 'Arboga']);
  });
  it('sorts by name in Swedish alphabetical order (å, ä, ö last)', () => {
    const rows = countyMatrix(list).rows;
    expect(sortRows(rows, 'organisation', 'ascending').map((r) => r.organisation)).toEqual([
      'Ale',
      'Arboga',
      'Bjuv',
      'Åsele',
      'Östra',
    ]);
    expect(sortRows(rows, 'organisation', 'descending')[0]!.organisation).toBe('Östra');
  });
  it('does not change the input', () => {
    const rows = countyMatrix(list).rows;
    const before = rows.map((r) => r.id);
    sortRows(rows, F2);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('rowLabels', () => {
  it('adds title and date only where a municipality appears twice', () => {
    const rows = countyMatrix([
      kommun('x', 'Ale', 1, 1, 'Våren'),
      kommun('y', 'Ale', 2, 2, 'Hösten'),
      kommun('z', 'Bjuv', 1, 1),
    ]).rows;
    const labels = rowLabels(rows);
    expect(labels.get('x')).toBe('Ale (Våren, 2026-04-02)');
    expect(labels.get('y')).toBe('Ale (Hösten, 2026-04-02)');
    expect(labels.get('z')).toBe('Bjuv');
  });
  it("names an individual's participant", () => {
    const anna = assessment({
      id: 'p',
      kind: 'individual',
      organisation: 'Bjuv',
      participant: { name: ' Anna ', role: 'skola' },
    });
    const noName = assessment({ id: 'q', kind: 'individual', organisation: 'Kil', participant: { name: '', role: 'polis' } });
    const labels = rowLabels(countyMatrix([anna, noName, kommun('g', 'Ale', 1, 1)]).rows);
    expect(labels.get('p')).toBe('Bjuv (Anna)');
    expect(labels.get('q')).toBe('Kil');
    expect(labels.get('g')).toBe('Ale');
  });
});

describe('tableCells (CSV content)', () => {
  it('has a header, rows in the given order with levels, "vet ej" as a word, missing empty, then median, min, max', async () => {
    const { tableCells } = await import('../../../src/lib/county-comparison');
    const { toCsv } = await import('../../../src/lib/csv');
    const m = countyMatrix(list);
    const labels = Object.fromEntries(FACTOR_IDS.map((f, i) => [f, `${i + 1}. Faktor`])) as Record<
      (typeof FACTOR_IDS)[number],
      string
    >;
    const words = {
      name: 'Kommun',
      title: 'Rubrik',
      date: 'Datum',
      kind: 'Typ',
      group: 'Grupp',
      individualCounted: 'Enskild, med',
      individualLeftOut: 'Enskild, utan',
      unknown: 'Vet ej',
      median: 'Median i länet',
      min: 'Lägst',
      max: 'Högst',
    };
    const cells = tableCells(sortRows(m.rows, F1), m.factors, labels, words);
    expect(cells[0]!.slice(0, 6)).toEqual(['Kommun', 'Rubrik', 'Datum', 'Typ', '1. Faktor', '2. Faktor']);
    expect(cells[1]!.slice(0, 6)).toEqual(['Bjuv', 'Gruppskattning', '2026-04-02', 'Grupp', 4, null]);
    expect(cells[4]!.slice(0, 6)).toEqual(['Ale', 'Gruppskattning', '2026-04-02', 'Grupp', 'Vet ej', 1]);
    expect(cells[5]![4]).toBeNull();
    expect(cells[6]!.slice(0, 6)).toEqual(['Median i länet', null, null, null, 2, 2]);
    expect(cells[7]![4]).toBe(0);
    expect(cells[8]![4]).toBe(4);
    const csv = toCsv(cells);
    expect(csv.split('\r\n')[2]).toBe('Östra;Gruppskattning;2026-04-02;Grupp;2;4;;;;;;;;');
    // An individual's row says whether it counts in the median below.
    const people = [
      kommun('g', 'Ale', 1, 1),
      assessment({ id: 'p', kind: 'individual', organisation: 'Bjuv', levels: [4] }),
      assessment({ id: 'q', kind: 'individual', organisation: 'Kil', levels: [3] }),
    ];
    const m2 = countyMatrix(people, ['q']);
    const c2 = tableCells(m2.rows, m2.factors, labels, words, ['q']);
    expect(c2.slice(1, 4).map((r) => r[3])).toEqual(['Grupp', 'Enskild, utan', 'Enskild, med']);
    expect(c2[4]!.slice(0, 5)).toEqual(['Median i länet', null, null, null, 2]);
  });
});
