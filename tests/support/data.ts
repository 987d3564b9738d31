/**
 * The one test-data builder (unit and e2e tests) and the one place the stored envelope is
 * written. The envelope is spelled out literally here on purpose: it is the stored-format
 * contract (src/lib/stored-format.ts) that other areas' tests seed, so a change to it in src
 * must break these tests rather than follow silently.
 */
import { FACTOR_IDS, type FactorId, type Role } from '../../src/lib/factors';
import { assessmentSchema, type Assessment, type FactorAnswer, type LevelValue } from '../../src/lib/schema';

export const FIRST_OF_2026 = '2026-01-01T00:00:00.000Z';

export interface AssessmentInput {
  id?: string;
  kind?: Assessment['kind'];
  organisation?: string;
  title?: string;
  participant?: { name: string; role: Role | string } | null;
  createdAt?: string;
  /** Defaults to createdAt. */
  updatedAt?: string;
  modelVersion?: string;
  /** Levels in factor order (index 0 is factor 1); `undefined` leaves the factor out of answers. */
  levels?: readonly unknown[];
  /** Answer fields by factor (merged over `levels`). */
  answers?: Partial<Record<FactorId, Partial<Record<keyof FactorAnswer, unknown>>>>;
  workshop?: unknown;
}

/** The assessment as plain data, not validated (for invalid input and fast property tests). */
export function rawAssessment(input: AssessmentInput = {}): Record<string, unknown> {
  const answers: Record<string, Record<string, unknown>> = {};
  input.levels?.forEach((level, i) => {
    if (level !== undefined) answers[FACTOR_IDS[i]!] = { level };
  });
  for (const [id, patch] of Object.entries(input.answers ?? {})) answers[id] = { ...answers[id], ...patch };
  const createdAt = input.createdAt ?? FIRST_OF_2026;
  return {
    id: input.id ?? 'a1',
    kind: input.kind ?? 'individual',
    organisation: input.organisation ?? 'Testkommun',
    title: input.title ?? '',
    participant: input.participant ?? null,
    createdAt,
    updatedAt: input.updatedAt ?? createdAt,
    modelVersion: input.modelVersion ?? '2026.1',
    answers,
    ...(input.workshop === undefined ? {} : { workshop: input.workshop }),
  };
}

/** A valid assessment, parsed with the real schema (so tests break when the schema changes). */
export function assessment(input: AssessmentInput = {}): Assessment {
  return assessmentSchema.parse(rawAssessment(input));
}

/** Shorthand: an empty individual assessment with the given id and updatedAt. */
export function sample(id = 'a1', updatedAt = FIRST_OF_2026): Assessment {
  return assessment({ id, updatedAt });
}

/** Shorthand: one workshop participant's individual assessment, levels by factor. */
export function person(id: string, role: Role, levels: Partial<Record<FactorId, LevelValue>>, name = ''): Assessment {
  const answers: AssessmentInput['answers'] = {};
  for (const f of FACTOR_IDS) if (f in levels) answers[f] = { level: levels[f] ?? null };
  return assessment({ id, participant: { name, role }, createdAt: '2026-03-01T10:00:00.000Z', answers });
}

/** The stored and exported envelope as an object. */
export function envelopeDoc(assessments: readonly unknown[], exportedAt = FIRST_OF_2026) {
  return { format: 'tsi-sjalvskattning', schemaVersion: 2, exportedAt, assessments };
}

/** The envelope as stored in localStorage['tsi-boken:assessments'] (and as an export file's text). */
export function envelope(assessments: readonly unknown[], exportedAt = FIRST_OF_2026): string {
  return JSON.stringify(envelopeDoc(assessments, exportedAt));
}
