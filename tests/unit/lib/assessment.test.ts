import { describe, expect, it } from 'vitest';
import {
  answerOf,
  createAssessment,
  duplicateAsFollowUp,
  firstUnanswered,
  progress,
  valueToLevel,
  levelToValue,
  withAnswer,
  newId,
} from '../../../src/lib/assessment';
import { assessmentSchema } from '../../../src/lib/schema';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { sample } from '../../support/data';

describe('assessment helpers', () => {
  it('createAssessment makes a schema-valid assessment with trimmed texts', () => {
    const a = createAssessment(
      { organisation: '  Testkommun ', title: ' Vår ', participant: { name: ' Ana ', role: 'polis' } },
      '2026.1',
      new Date('2026-02-01T00:00:00Z'),
      'id-1',
    );
    expect(assessmentSchema.parse(a)).toEqual(a);
    expect(a).toMatchObject({
      id: 'id-1',
      organisation: 'Testkommun',
      title: 'Vår',
      participant: { name: 'Ana', role: 'polis' },
      kind: 'individual',
      answers: {},
    });
    expect(assessmentSchema.safeParse(createAssessment({ organisation: 'X' }, '1')).success).toBe(true);
  });

  it('newId fits the schema id pattern and differs each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('duplicateAsFollowUp: same organisation/participant, new id and dates, answers copied or empty', () => {
    const src = {
      ...withAnswer(sample('old'), 'forankra-politiskt', { level: 2, evidence: 'protokoll' }),
      participant: { name: 'A', role: 'skola' as const },
      workshop: { participants: [], hideNames: false, factors: {} },
    };
    const at = new Date('2027-03-01T00:00:00Z');
    const copied = duplicateAsFollowUp(src, { copyAnswers: true, title: 'Uppföljning', modelVersion: '2027.1' }, at, 'new');
    expect(copied).toMatchObject({
      id: 'new',
      organisation: src.organisation,
      participant: src.participant,
      title: 'Uppföljning',
      modelVersion: '2027.1',
      createdAt: at.toISOString(),
    });
    expect(copied.answers).toEqual(src.answers);
    expect(copied.answers).not.toBe(src.answers);
    expect(copied.workshop).toBeUndefined();
    const empty = duplicateAsFollowUp(src, { copyAnswers: false, title: '', modelVersion: '2027.1' }, at, 'new2');
    expect(empty.answers).toEqual({});
    expect(assessmentSchema.safeParse(empty).success).toBe(true);
  });

  it('progress counts levels and "vet ej" as answered, not texts alone', () => {
    let a = sample();
    expect(progress(a)).toEqual({ answered: 0, total: 10 });
    expect(firstUnanswered(a)).toBe(0);
    a = withAnswer(a, FACTOR_IDS[0], { level: 0 });
    a = withAnswer(a, FACTOR_IDS[1], { level: 'vet-ej' });
    a = withAnswer(a, FACTOR_IDS[2], { evidence: 'bara text' });
    expect(progress(a)).toEqual({ answered: 2, total: 10 });
    expect(firstUnanswered(a)).toBe(2);
    for (const f of FACTOR_IDS) a = withAnswer(a, f, { level: 4 });
    expect(firstUnanswered(a)).toBe(-1);
  });

  it('withAnswer keeps the other fields of the answer and of the assessment', () => {
    const a = withAnswer(withAnswer(sample(), 'ga-stegvis-fram', { evidence: 'e' }), 'ga-stegvis-fram', { level: 1 });
    expect(answerOf(a, 'ga-stegvis-fram')).toEqual({ level: 1, evidence: 'e', nextStep: '', notes: '', owner: '', due: '' });
  });

  it('radio values map to levels and back', () => {
    for (const l of [0, 1, 2, 3, 4, 'vet-ej', null] as const) expect(valueToLevel(levelToValue(l))).toBe(l);
    expect(valueToLevel('5')).toBeNull();
    expect(valueToLevel('x')).toBeNull();
  });
});
