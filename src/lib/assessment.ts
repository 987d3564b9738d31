/**
 * Pure helpers for assessments (no zod, no DOM): create, duplicate as a follow-up, answer,
 * progress. Used by the islands and by storage.ts.
 */
import { FACTOR_IDS, type FactorId, type Role } from './factors';
import type { Assessment, FactorAnswer, LevelValue } from './schema';

/** A random id that fits the schema ([A-Za-z0-9_-], at most 100), e.g. 'grupp-…' with a prefix. */
export function newId(prefix?: string): string {
  const c = globalThis.crypto;
  let rnd: string;
  if (c?.randomUUID) rnd = c.randomUUID();
  else {
    const bytes = new Uint8Array(16);
    c.getRandomValues(bytes);
    rnd = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return prefix ? `${prefix}-${rnd}`.slice(0, 100) : rnd;
}

export interface NewAssessment {
  organisation: string;
  title?: string;
  kind?: 'individual' | 'consensus';
  participant?: { name: string; role: Role } | null;
}

export function createAssessment(input: NewAssessment, modelVersion: string, now = new Date(), id = newId()): Assessment {
  const at = now.toISOString();
  return {
    id,
    kind: input.kind ?? 'individual',
    organisation: input.organisation.trim(),
    title: (input.title ?? '').trim(),
    participant: input.participant ? { name: input.participant.name.trim(), role: input.participant.role } : null,
    createdAt: at,
    updatedAt: at,
    modelVersion,
    answers: {},
  };
}

/** The answer of a factor nobody has answered yet (the schema's defaults). */
export function emptyAnswer(): FactorAnswer {
  return { level: null, evidence: '', nextStep: '', notes: '', owner: '', due: '' };
}

/**
 * A repeat assessment (e.g. a year later): same organisation, kind and participant, new id and
 * dates, the current model version. With copyAnswers the levels and texts are copied as a
 * starting point; otherwise it starts empty. Workshop data is never copied.
 */
export function duplicateAsFollowUp(
  source: Assessment,
  opts: { copyAnswers: boolean; title: string; modelVersion: string },
  now = new Date(),
  id = newId(),
): Assessment {
  const at = now.toISOString();
  const answers: Assessment['answers'] = {};
  if (opts.copyAnswers) for (const [k, v] of Object.entries(source.answers)) answers[k as FactorId] = { ...v };
  return {
    id,
    kind: source.kind,
    organisation: source.organisation,
    title: opts.title,
    participant: source.participant ? { ...source.participant } : null,
    createdAt: at,
    updatedAt: at,
    modelVersion: opts.modelVersion,
    answers,
  };
}

export function answerOf(a: Assessment, factor: FactorId): FactorAnswer {
  return { ...emptyAnswer(), ...a.answers[factor] };
}

/** A copy of the assessment with one factor's answer changed. */
export function withAnswer(a: Assessment, factor: FactorId, patch: Partial<FactorAnswer>): Assessment {
  return { ...a, answers: { ...a.answers, [factor]: { ...answerOf(a, factor), ...patch } } };
}

/** Answered = a level 0–4 or "vet ej". */
export function isAnswered(level: LevelValue | undefined): boolean {
  return level !== null && level !== undefined;
}

export function progress(a: Assessment): { answered: number; total: number } {
  return { answered: FACTOR_IDS.filter((f) => isAnswered(a.answers[f]?.level)).length, total: FACTOR_IDS.length };
}

/** Index of the first unanswered factor, or -1 when all are answered. */
export function firstUnanswered(a: Assessment): number {
  return FACTOR_IDS.findIndex((f) => !isAnswered(a.answers[f]?.level));
}

/** A value for radio inputs and back. */
export function levelToValue(level: LevelValue): string {
  return level === null ? '' : String(level);
}
export function valueToLevel(value: string): LevelValue {
  if (value === 'vet-ej') return 'vet-ej';
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= 0 && n <= 4 ? n : null;
}
