import { describe, expect, it } from 'vitest';
import { createAssessment, withAnswer } from '../../../src/lib/assessment';
import { clampStep, cleanTitle, openView, startInput, startProblems, stepFromHash } from '../../../src/lib/assessment-view';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { assessmentSchema, MAX_SHORT_TEXT, MAX_TEXT, type Assessment } from '../../../src/lib/schema';

const at = new Date('2026-03-01T10:00:00.000Z');
const empty = () => createAssessment({ organisation: 'Nordkommun' }, '1.0', at, 'a1');
function answered(n: number): Assessment {
  let a = empty();
  for (const f of FACTOR_IDS.slice(0, n)) a = withAnswer(a, f, { level: 2 });
  return a;
}

describe('openView', () => {
  it('opens at the first unanswered factor', () => {
    expect(openView(empty())).toEqual({ kind: 'flow', step: 0 });
    expect(openView(answered(3))).toEqual({ kind: 'flow', step: 3 });
  });
  it('all answered: the summary', () => {
    expect(openView(answered(10))).toEqual({ kind: 'summary' });
  });
  it('an explicit step wins, kept within the ten factors', () => {
    expect(openView(answered(10), 4)).toEqual({ kind: 'flow', step: 4 });
    expect(openView(empty(), 42)).toEqual({ kind: 'flow', step: 9 });
  });
});

describe('clampStep', () => {
  it('keeps the step between the first and the last factor', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(5)).toBe(5);
    expect(clampStep(10)).toBe(9);
    expect(clampStep(Number.NaN)).toBe(0);
  });
});

describe('stepFromHash', () => {
  it('#faktor-n opens factor n when an assessment is active', () => {
    expect(stepFromHash('#faktor-6', true)).toBe(5);
    expect(stepFromHash('#faktor-1', true)).toBe(0);
    expect(stepFromHash('#faktor-10', true)).toBe(9);
  });
  it('nothing without an active assessment, out of range or another hash', () => {
    expect(stepFromHash('#faktor-6', false)).toBeNull();
    expect(stepFromHash('#faktor-0', true)).toBeNull();
    expect(stepFromHash('#faktor-11', true)).toBeNull();
    expect(stepFromHash('#dela=abc', true)).toBeNull();
    expect(stepFromHash('', true)).toBeNull();
  });
});

describe('start form', () => {
  it('the organisation is required and limited to the schema length', () => {
    expect(startProblems({ organisation: '  ' })).toEqual(['organisation-missing']);
    expect(startProblems({ organisation: 'x'.repeat(MAX_SHORT_TEXT + 1) })).toEqual(['organisation-too-long']);
    expect(startProblems({ organisation: ` ${'x'.repeat(MAX_SHORT_TEXT)} ` })).toEqual([]);
  });
  it('a participant only when a name or a role is given; a name alone gets the role "annan"', () => {
    const base = { organisation: 'Nordkommun', title: '', kind: 'individual' as const };
    expect(startInput({ ...base, name: ' ', role: '' }).participant).toBeNull();
    expect(startInput({ ...base, name: 'Ada', role: '' }).participant).toEqual({ name: 'Ada', role: 'annan' });
    expect(startInput({ ...base, name: '', role: 'skola' }).participant).toEqual({ name: '', role: 'skola' });
  });
  it('cleanTitle trims and cuts to what the schema accepts', () => {
    expect(cleanTitle('  Ny titel ')).toBe('Ny titel');
    expect(cleanTitle('y'.repeat(500))).toHaveLength(MAX_SHORT_TEXT);
  });
});

describe("length limits are the schema's", () => {
  it('short texts and long texts accept exactly the limit, not one more', () => {
    const a = { ...empty(), title: 't'.repeat(MAX_SHORT_TEXT) };
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(assessmentSchema.safeParse({ ...a, title: 't'.repeat(MAX_SHORT_TEXT + 1) }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, organisation: 'o'.repeat(MAX_SHORT_TEXT + 1) }).success).toBe(false);
    const long = withAnswer(a, 'tvarprofessionella-team', { evidence: 'e'.repeat(MAX_TEXT) });
    expect(assessmentSchema.safeParse(long).success).toBe(true);
    expect(
      assessmentSchema.safeParse(withAnswer(a, 'tvarprofessionella-team', { nextStep: 'e'.repeat(MAX_TEXT + 1) })).success,
    ).toBe(false);
  });
});
