import { describe, expect, it } from 'vitest';
import { agreedFrom } from '../../../src/lib/consensus';
import { buildConsensus, type ConsensusMeta } from '../../../src/lib/consensus-build';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { assessmentSchema } from '../../../src/lib/schema';
import { person } from '../../support/data';

const [F1, F2, F3] = FACTOR_IDS;
const meta: ConsensusMeta = {
  id: 'grupp-1',
  organisation: 'Testkommun',
  title: 'Workshop',
  createdAt: '2026-05-01T12:00:00.000Z',
  modelVersion: '2026.1',
  hideNames: true,
};
const people = [
  person('p1', 'skola', { [F1]: 1, [F2]: 2 }, 'Testperson Ett'),
  person('p2', 'socialtjanst', { [F1]: 3, [F2]: 'vet-ej' }, 'Testperson Två'),
  person('p3', 'polis', { [F1]: 2 }),
];

describe('buildConsensus', () => {
  const now = new Date('2026-05-01T15:00:00.000Z');
  const g = buildConsensus(
    meta,
    people,
    { [F1]: { level: 2, evidence: 'Protokoll', nextStep: 'Plan', resolution: 'Vi röstade inte; vi jämförde underlag.' } },
    undefined,
    now,
  );

  it('is a valid consensus assessment with participants and roles', () => {
    expect(assessmentSchema.safeParse(g).success).toBe(true);
    expect(g.kind).toBe('consensus');
    expect(g.organisation).toBe('Testkommun');
    expect(g.updatedAt).toBe(now.toISOString());
    expect(g.workshop!.participants).toEqual([
      { name: 'Testperson Ett', role: 'skola' },
      { name: 'Testperson Två', role: 'socialtjanst' },
      { name: '', role: 'polis' },
    ]);
    expect(g.workshop!.hideNames).toBe(true);
  });
  it("records the agreed level, not a computed one, and each participant's level with the disagreement flag", () => {
    expect(g.answers[F1]).toMatchObject({ level: 2, evidence: 'Protokoll', nextStep: 'Plan' });
    expect(g.workshop!.factors[F1]).toEqual({
      levels: [1, 3, 2],
      disagreement: true,
      resolution: 'Vi röstade inte; vi jämförde underlag.',
    });
    expect(g.workshop!.factors[F2]).toEqual({ levels: [2, 'vet-ej', null], disagreement: false, resolution: '' });
    expect(g.answers[F2]).toBeUndefined();
    expect(Object.keys(g.workshop!.factors)).toEqual([...FACTOR_IDS]);
  });
  it('sets the stored disagreement flag from the graded measure, not from the span alone', () => {
    const five = (levels: number[]) => levels.map((l, i) => person(`q${i}`, 'skola', { [F3!]: l as 0 }));
    // 1,2,2,2,3 spans two steps but agrees (consensus 0.83); one outlier 2,2,2,2,4 (0.73) is flagged.
    expect(buildConsensus(meta, five([1, 2, 2, 2, 3]), {}).workshop!.factors[F3!]!.disagreement).toBe(false);
    expect(buildConsensus(meta, five([2, 2, 2, 2, 4]), {}).workshop!.factors[F3!]!.disagreement).toBe(true);
  });
  it('keeps what other pages added (action plan) and earlier resolutions when updated', () => {
    const edited = { ...g, answers: { ...g.answers, [F1]: { ...g.answers[F1]!, owner: 'Förvaltningschef', due: '2026-12-31' } } };
    const again = buildConsensus(
      meta,
      people,
      {
        [F1]: { level: 3, evidence: 'Nytt', nextStep: 'Plan', resolution: 'Ändrat' },
        [F3]: { level: 'vet-ej', evidence: '', nextStep: '', resolution: '' },
      },
      edited,
      now,
    );
    expect(again.answers[F1]).toMatchObject({ level: 3, evidence: 'Nytt', owner: 'Förvaltningschef', due: '2026-12-31' });
    expect(again.answers[F3]!.level).toBe('vet-ej');
    const kept = buildConsensus(meta, people, {}, again, now);
    expect(kept.answers[F1]!.level).toBe(3);
    expect(kept.workshop!.factors[F1]!.resolution).toBe('Ändrat');
  });
  it('keeps the recorded participants and levels when saved again with no participants loaded', () => {
    const resumed = buildConsensus(
      { ...meta, hideNames: false },
      [],
      { [F1]: { level: 1, evidence: '', nextStep: '', resolution: 'Ny' } },
      g,
      now,
    );
    expect(resumed.workshop!.participants).toEqual(g.workshop!.participants);
    expect(resumed.workshop!.factors[F1]).toEqual({ levels: [1, 3, 2], disagreement: true, resolution: 'Ny' });
    expect(resumed.workshop!.hideNames).toBe(false);
    expect(resumed.answers[F1]!.level).toBe(1);
    // A group that never had participants stays empty.
    expect(buildConsensus(meta, [], {}, undefined, now).workshop!.participants).toEqual([]);
  });
  it('round-trips the agreed answers for resuming the form', () => {
    expect(agreedFrom(g)[F1]).toEqual({
      level: 2,
      evidence: 'Protokoll',
      nextStep: 'Plan',
      resolution: 'Vi röstade inte; vi jämförde underlag.',
    });
    expect(agreedFrom(g)[F2]).toBeUndefined();
    expect(agreedFrom(undefined)).toEqual({});
  });
});
