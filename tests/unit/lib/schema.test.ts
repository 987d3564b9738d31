import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessmentSchema, documentSchema, storedDocumentSchema, factorAnswerSchema } from '../../../src/lib/schema';
import { assessmentArb } from '../../support/unit';
import { envelopeDoc, sample } from '../../support/data';
import { CURRENT_VERSION } from '../../../src/lib/stored-format';

const env = (assessments: unknown[]) => envelopeDoc(assessments);

describe('assessment schema', () => {
  it('accepts every generated valid assessment unchanged (the arbitraries follow the schema)', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = assessmentSchema.safeParse(a);
        expect(r.success).toBe(true);
        expect(r.data).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a level outside 0–4, unknown factor ids, bad ids, empty organisation, bad dates', () => {
    const a = sample();
    expect(assessmentSchema.safeParse({ ...a, answers: { 'forankra-politiskt': { level: 5 } } }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, answers: { 'forankra-politiskt': { level: 1.5 } } }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, answers: { 'okand-faktor': { level: 1 } } }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, id: 'has space' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, organisation: '   ' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, createdAt: '2026-13-01' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...a, kind: 'group' }).success).toBe(false);
  });

  it('fills defaults for missing answer fields', () => {
    expect(factorAnswerSchema.parse({})).toEqual({ level: null, evidence: '', nextStep: '', notes: '', owner: '', due: '' });
  });

  it('export documents need at least one assessment; the stored envelope allows zero', () => {
    expect(documentSchema.safeParse(env([])).success).toBe(false);
    expect(storedDocumentSchema.safeParse(env([])).success).toBe(true);
    expect(documentSchema.safeParse(env([sample()])).success).toBe(true);
    expect(storedDocumentSchema.safeParse({ ...env([]), schemaVersion: CURRENT_VERSION + 1 }).success).toBe(false);
  });
});
