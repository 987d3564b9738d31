import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import type { Assessment, LevelValue } from '../../../src/lib/schema';
import { model } from '../../../src/lib/model-data';
import { assessment, type AssessmentInput } from '../../support/data';
import { assessmentLabel, buildReport, followUpCandidates, formatDate } from '../../../src/lib/report';
import { radarSeries, sortedBarSeries } from '../../../src/lib/chart-data';
import { scoreAssessment } from '../../../src/lib/scoring';

const words = { gapStep: 'TA REDA PÅ' };
const chartWords = { unknown: 'Vet ej', unanswered: 'Inte besvarad' };

function make(
  levels: LevelValue[],
  extra: AssessmentInput = {},
  answers: Record<number, Record<string, unknown>> = {},
): Assessment {
  return assessment({
    id: 'x1',
    title: 'Hösten',
    createdAt: '2026-03-01T23:30:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    levels: FACTOR_IDS.map((_, i) => levels[i] ?? null),
    answers: Object.fromEntries(Object.entries(answers).map(([n, patch]) => [FACTOR_IDS[Number(n) - 1]!, patch])),
    ...extra,
  });
}

describe('buildReport', () => {
  it("records each assessment's model version, and says when a follow-up crosses versions", () => {
    const now = make([2, 2, 2, 2, 2, 2, 2, 2, 2, 2], { modelVersion: '2026.2' });
    const before = make([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {
      id: 'x0',
      modelVersion: '2026.1',
      createdAt: '2025-03-01T10:00:00.000Z',
    });
    const r = buildReport(now, model, words, before);
    expect(r.modelVersion).toBe('2026.2');
    expect(r.followUp).toMatchObject({ sameModelVersion: false, earlier: { id: 'x0', modelVersion: '2026.1' } });
    expect(buildReport(now, model, words, { ...before, modelVersion: '2026.2' }).followUp).toMatchObject({
      sameModelVersion: true,
    });
  });

  it('uses the group’s own next step, else the model’s step for the level, else the gap step', () => {
    const a = make([2, 'vet-ej', null, 1], {}, { 1: { nextStep: '  Eget steg  ' } });
    const r = buildReport(a, model, words);
    const [f1, f2, f3, f4] = r.factors;
    expect(f1).toMatchObject({ nextStep: 'Eget steg', nextStepSource: 'own' });
    expect(f2).toMatchObject({ nextStep: 'TA REDA PÅ', nextStepSource: 'gap', levelName: null, levelDescription: null });
    expect(f3).toMatchObject({ nextStep: '', nextStepSource: 'none' });
    expect(f4).toMatchObject({
      nextStep: model.factors[3]!.nextSteps[1],
      nextStepSource: 'model',
      levelName: model.scale.levels[1]!.name,
    });
    expect(f4!.levelDescription).toBe(model.factors[3]!.levels[1]);
    expect(r.factors.map((f) => f.title)).toEqual(model.factors.map((f) => f.title));
  });

  it('the plan is the default until the group chooses: factors with a written step, lowest level first', () => {
    const a = make(
      [3, 'vet-ej', 1, 1, null, 0, 4, 2, 'vet-ej', 2],
      {},
      {
        1: { nextStep: 'Ett' },
        2: { nextStep: 'Två' },
        4: { nextStep: 'Fyra', owner: 'Lisa', due: '2027-01-31' },
        6: { nextStep: 'Sex' },
        7: { nextStep: '   ' },
      },
    );
    const r = buildReport(a, model, words);
    expect(r.plan.chosen).toBe(false);
    expect(r.plan.rows.map((x) => [x.position, x.factor.number, x.status])).toEqual([
      [1, 6, 'inte-paborjat'],
      [2, 4, 'inte-paborjat'],
      [3, 1, 'inte-paborjat'],
      [4, 2, 'inte-paborjat'],
    ]);
    expect(r.plan.rows[1]!.factor).toMatchObject({ owner: 'Lisa', due: '2027-01-31', nextStep: 'Fyra' });
    expect(r.unanswered.map((f) => f.number)).toEqual([5]);
  });

  it('the group’s plan keeps its order and statuses, whatever the levels', () => {
    const a: Assessment = {
      ...make([0, 4, 2]),
      plan: [
        { factor: FACTOR_IDS[1], status: 'genomfort', comment: 'Klart.' },
        { factor: FACTOR_IDS[0], status: 'pagar', comment: '' },
      ],
    };
    const r = buildReport(a, model, words);
    expect(r.plan.chosen).toBe(true);
    expect(r.plan.rows.map((x) => [x.position, x.factor.number, x.status, x.comment])).toEqual([
      [1, 2, 'genomfort', 'Klart.'],
      [2, 1, 'pagar', ''],
    ]);
    // An empty chosen plan stays empty (the group took everything out).
    expect(buildReport({ ...a, plan: [] }, model, words).plan).toEqual({ chosen: true, rows: [] });
  });

  it('summarises strengths, priorities and gaps without any composite score', () => {
    const r = buildReport(make([4, 4, 3, 2, 2, 1, 1, 0, 0, 'vet-ej']), model, words);
    expect(r.scores.distribution).toEqual([2, 2, 2, 1, 2]);
    expect(r.priorities.map((f) => f.number)).toEqual([8, 9, 6]);
    expect(r.strengths.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(r.unknowns.map((f) => f.number)).toEqual([10]);
    expect(r.disagreements).toBeNull();
    expect(r.followUp).toBeNull();
    expect(r.loop).toBeNull();
    expect(r.decision).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/"(index|stage|meanLevel)"/);
  });

  it('carries the follow-up of the previous plan and the decision only when filled', () => {
    const followUp: Assessment['followUp'] = {
      previousId: 'x0',
      previousDate: '2025-03-01T10:00:00.000Z',
      items: [
        { factor: FACTOR_IDS[2], step: 'Föredra.', owner: 'KD', due: '2025-09-30', status: 'struket', comment: 'Ej aktuellt.' },
      ],
    };
    const r = buildReport({ ...make([1]), followUp, decision: { by: 'Nämnden', date: '', reference: '' } }, model, words);
    expect(r.loop!.rows.map((x) => [x.factor.number, x.step, x.status, x.comment])).toEqual([
      [3, 'Föredra.', 'struket', 'Ej aktuellt.'],
    ]);
    expect(r.decision).toEqual({ by: 'Nämnden', date: '', reference: '' });
    expect(buildReport({ ...make([1]), decision: { by: ' ', date: '', reference: '' } }, model, words).decision).toBeNull();
  });

  it('lists the individual respondent with the role’s Swedish name', () => {
    const r = buildReport(make([1], { participant: { name: 'Anna', role: 'socialtjanst' } }), model, words);
    const role = model.scale.roles.find((x) => x.id === 'socialtjanst')!.name;
    expect(r.participants).toEqual([{ name: 'Anna', role }]);
  });

  it('takes workshop participants, hiding names when asked, and lists the disagreements', () => {
    const workshop = {
      participants: [
        { name: 'Anna', role: 'skola' },
        { name: 'Bo', role: 'polis' },
        { name: 'Cia', role: 'fritid' },
        { name: 'Dan', role: 'skola' },
      ],
      hideNames: true,
      factors: {
        [FACTOR_IDS[2]]: { levels: [0, 3, 'vet-ej', 3], disagreement: true, resolution: 'Beslutet saknas, så vi landade i 1.' },
        [FACTOR_IDS[0]]: { levels: [2, 2, 3, null], disagreement: false, resolution: '' },
        [FACTOR_IDS[5]]: { levels: [1, 4, 2, 2], disagreement: true },
      },
    };
    const r = buildReport(make([2, 2, 1, 2, 2, 2, 2, 2, 2, 2], { kind: 'consensus', workshop }), model, words);
    expect(r.hideNames).toBe(true);
    expect(r.participants.every((p) => p.name === null)).toBe(true);
    expect(r.participants.map((p) => p.role)).toEqual(
      ['skola', 'polis', 'fritid', 'skola'].map((id) => model.scale.roles.find((x) => x.id === id)!.name),
    );
    expect(r.disagreements!.map((d) => d.number)).toEqual([3, 6]);
    expect(r.disagreements![0]).toMatchObject({
      counts: [1, 0, 0, 2, 0],
      unknown: 1,
      unanswered: 0,
      answered: 3,
      min: 0,
      max: 3,
      resolution: 'Beslutet saknas, så vi landade i 1.',
    });
    expect(r.disagreements![0]!.agreed).toEqual({ kind: 'level', level: 1 });
    expect(r.disagreements![1]).toMatchObject({ min: 1, max: 4, resolution: '' });

    const shown = buildReport(make([2], { kind: 'consensus', workshop: { ...workshop, hideNames: false } }), model, words);
    expect(shown.participants.map((p) => p.name)).toEqual(['Anna', 'Bo', 'Cia', 'Dan']);
  });

  it('a workshop without disagreement gives an empty list (the section says so)', () => {
    const r = buildReport(
      make([2], { kind: 'consensus', workshop: { participants: [{ name: '', role: 'skola' }] } }),
      model,
      words,
    );
    expect(r.disagreements).toEqual([]);
    expect(r.participants).toEqual([{ name: null, role: model.scale.roles[0]!.name }]);
  });

  it('passes user text through unchanged (rendered as text by the islands)', () => {
    const evil = '<img src=x onerror=alert(1)> & "citat"';
    const r = buildReport(make([1], {}, { 1: { evidence: evil, nextStep: evil, owner: evil.slice(0, 50) } }), model, words);
    expect(r.factors[0]!.evidence).toBe(evil);
    expect(r.factors[0]!.nextStep).toBe(evil);
  });

  it('compares with an earlier assessment but never with itself', () => {
    const now = make([3, 3, 3]);
    const before = { ...make([1, 3, 'vet-ej']), id: 'x0', createdAt: '2025-03-01T10:00:00.000Z' };
    const r = buildReport(now, model, words, before);
    expect(r.followUp!.factors.slice(0, 3).map((f) => f.change)).toEqual(['up', 'same', 'not-comparable']);
    expect(r.followUp!.earlier.id).toBe('x0');
    expect(buildReport(now, model, words, now).followUp).toBeNull();
  });
});

describe('helpers', () => {
  it('formats dates in Swedish local time', () => {
    expect(formatDate('2026-03-01T23:30:00.000Z')).toBe('2026-03-02');
    expect(formatDate('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
    expect(assessmentLabel({ title: '', organisation: 'Testkommun', createdAt: '2026-01-10T10:00:00.000Z' })).toBe(
      'Testkommun (2026-01-10)',
    );
  });

  it('offers the same organisation first, newest first, never the assessment itself', () => {
    const a = make([1]);
    const others = [
      { ...a, id: 'o1', organisation: 'Annan', createdAt: '2026-02-01T00:00:00.000Z' },
      { ...a, id: 's1', organisation: 'testkommun', createdAt: '2024-01-01T00:00:00.000Z' },
      { ...a, id: 's2', createdAt: '2025-01-01T00:00:00.000Z' },
      a,
    ];
    expect(followUpCandidates(a, others).map((x) => x.id)).toEqual(['s2', 's1', 'o1']);
  });

  it('agrees with the follow-up on "is this the same municipality?" (case and runs of spaces ignored)', () => {
    const a = make([1], { organisation: 'Norra  Kommun' });
    const same = { ...a, id: 's1', organisation: ' norra kommun', createdAt: '2024-01-01T00:00:00.000Z' };
    const other = { ...a, id: 'o1', organisation: 'Södra kommun', createdAt: '2026-02-01T00:00:00.000Z' };
    expect(followUpCandidates(a, [other, same]).map((x) => x.id)).toEqual(['s1', 'o1']);
    expect(buildReport(a, model, words, same).followUp!.sameOrganisation).toBe(true);
    expect(buildReport(a, model, words, other).followUp!.sameOrganisation).toBe(false);
  });
});

describe('chart data', () => {
  it('radar: ten labels in model order, levels as values, texts for the table', () => {
    const scores = scoreAssessment(make([2, 'vet-ej', null, 4]));
    const c = radarSeries([{ name: 'Nu', scores }], model, chartWords);
    expect(c.labels).toHaveLength(10);
    expect(c.labels[0]).toBe(`1. ${model.factors[0]!.shortLabel}`);
    expect(c.datasets[0]!.values.slice(0, 4)).toEqual([2, null, null, 4]);
    expect(c.datasets[0]!.texts.slice(0, 4)).toEqual([
      `2 ${model.scale.levels[2]!.name}`,
      'Vet ej',
      'Inte besvarad',
      `4 ${model.scale.levels[4]!.name}`,
    ]);
  });

  it('bar: sorted by the first series, highest first, no level last; other series follow that order', () => {
    const now = scoreAssessment(make([1, 3, 'vet-ej', 3, 0, 1, 2, 4, null, 2]));
    const before = scoreAssessment(make([0, 2, 1, 3, 0, 0, 1, 3, 2, 'vet-ej']));
    const c = sortedBarSeries(
      [
        { name: 'Nu', scores: now },
        { name: 'Då', scores: before, dash: 'dashed' },
      ],
      model,
      chartWords,
    );
    expect(c.labels.map((l) => Number(l.split('.')[0]))).toEqual([8, 2, 4, 7, 10, 1, 6, 5, 3, 9]);
    expect(c.datasets[0]!.values).toEqual([4, 3, 3, 2, 2, 1, 1, 0, null, null]);
    expect(c.datasets[1]!.values).toEqual([3, 2, 3, 1, null, 0, 0, 0, 1, 2]);
    expect(c.datasets[1]!.dash).toBe('dashed');
  });
});

describe('participants', () => {
  it('names the source: respondent (individual), facilitator (group without workshop data), workshop', () => {
    const p = { name: 'Eva', role: 'annan' };
    expect(buildReport(make([1], { participant: p }), model, words).participantsSource).toBe('respondent');
    expect(buildReport(make([1], { participant: p, kind: 'consensus' }), model, words).participantsSource).toBe('facilitator');
    expect(buildReport(make([1], { kind: 'consensus', workshop: { participants: [p] } }), model, words).participantsSource).toBe(
      'workshop',
    );
    expect(buildReport(make([1]), model, words)).toMatchObject({ participantsSource: 'none', participants: [] });
  });
});
