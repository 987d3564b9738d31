import { FACTOR_IDS, type FactorId, type Role } from '../../src/lib/factors';
import { assessmentSchema, type Assessment, type LevelValue } from '../../src/lib/schema';

/** A valid individual assessment with the given levels (factors not given are unanswered). */
export function person(id: string, role: Role, levels: Partial<Record<FactorId, LevelValue>>, name = ''): Assessment {
  const answers: Assessment['answers'] = {};
  for (const f of FACTOR_IDS) if (f in levels) answers[f] = { level: levels[f] ?? null, evidence: '', nextStep: '', notes: '', owner: '', due: '' };
  return assessmentSchema.parse({
    id,
    kind: 'individual',
    organisation: 'Testkommun',
    participant: { name, role },
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    modelVersion: '2026.1',
    answers,
  });
}
