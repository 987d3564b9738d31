import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import type { LevelValue } from '../../../src/lib/schema';
import { model } from '../../../src/lib/model-data';
import { buildReport } from '../../../src/lib/report';
import { summarize } from '../../../src/lib/summary';
import { summarySentences } from '../../../src/i18n/sv/summary';
import { assessment } from '../../support/data';

const report = (levels: LevelValue[]) =>
  buildReport(assessment({ levels: FACTOR_IDS.map((_, i) => levels[i] ?? null) }), model, { gapStep: '' });
const label = (n: number) => `${n}. ${model.factors[n - 1]!.shortLabel}`;
const name = (l: number) => `${l} ${model.scale.levels[l]!.name}`;

describe('summarize and summarySentences (the report’s summary in words)', () => {
  it('all answered: says where the group has come furthest and where the need is greatest, and that nothing is unknown', () => {
    const s = summarize(report([2, 4, 1, 3, 2, 4, 0, 2, 3, 1]));
    expect(s).toMatchObject({ total: 10, answered: 10, unknown: 0, unanswered: 0, allEqual: false });
    expect(s.highest).toMatchObject({ level: 4, factors: [{ number: 2 }, { number: 6 }] });
    expect(s.lowest).toMatchObject({ level: 0, factors: [{ number: 7 }] });
    expect(summarySentences(s)).toEqual([
      'Ni har gett en nivå till 10 av 10 faktorer.',
      `Längst har ni kommit i ${label(2)} och ${label(6)} (${name(4)}).`,
      `Störst är behovet i ${label(7)} (${name(0)}).`,
      'Ni har inga kunskapsluckor: alla besvarade faktorer har en nivå.',
    ]);
  });

  it('half "Vet ej": counts them and names them as knowledge gaps, never as zeros', () => {
    const s = summarize(report(['vet-ej', 3, 'vet-ej', 1, 'vet-ej', 2, 'vet-ej', 1, 'vet-ej', 3]));
    expect(s).toMatchObject({ answered: 5, unknown: 5, unanswered: 0 });
    const lines = summarySentences(s);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Ni har gett en nivå till 5 av 10 faktorer. 5 ”Vet ej”.');
    expect(lines[1]).toBe(`Längst har ni kommit i ${label(2)} och ${label(10)} (${name(3)}).`);
    expect(lines[2]).toBe(`Störst är behovet i ${label(4)} och ${label(8)} (${name(1)}).`);
    expect(lines[3]).toBe(
      `Ni vet ännu inte hur det ser ut i ${label(1)}, ${label(3)}, ${label(5)}, ${label(7)} och ${label(9)}. Det är kunskapsluckor att ta reda på, inte en nolla.`,
    );
  });

  it('one answered: does not call one factor both the furthest and the greatest need', () => {
    const s = summarize(report([null, null, 2]));
    expect(s).toMatchObject({ answered: 1, unanswered: 9, highest: null });
    expect(summarySentences(s)).toEqual([
      'Ni har gett en nivå till 1 av 10 faktorer. 9 obesvarade.',
      `Bara ${label(3)} har en nivå (${name(2)}), så det går ännu inte att jämföra faktorerna med varandra.`,
      'Ni har inga kunskapsluckor: alla besvarade faktorer har en nivå.',
    ]);
  });

  it('equal levels, and nothing answered, each have their own sentence; 3–5 sentences always', () => {
    const equal = summarySentences(summarize(report([2, 2, 2, 'vet-ej'])));
    expect(equal[1]).toBe(`Alla besvarade faktorer ligger på samma nivå: ${name(2)}.`);
    const none = summarySentences(summarize(report([])));
    expect(none[1]).toBe('Därför går det ännu inte att säga var ni har kommit längst eller var behovet är störst.');
    expect(none[2]).toBe('Börja med att skatta faktorerna i självskattningen.');
    const allUnknown = summarySentences(summarize(report(Array(10).fill('vet-ej'))));
    for (const lines of [equal, none, allUnknown]) {
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.length).toBeLessThanOrEqual(5);
    }
  });
});
