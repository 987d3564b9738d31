/**
 * Seeding assessments for the profile and report e2e tests. Every assessment is parsed with
 * the real schema, so these tests break when the schema changes.
 */
import type { BrowserContext } from 'playwright-core';
import { FACTOR_IDS } from '../../src/lib/factors';
import { assessmentSchema, documentSchema, type Assessment, type LevelValue } from '../../src/lib/schema';

export function makeAssessment(input: {
  id: string;
  organisation: string;
  title?: string;
  kind?: 'individual' | 'consensus';
  createdAt?: string;
  levels: LevelValue[];
  extra?: Partial<Record<(typeof FACTOR_IDS)[number], { evidence?: string; nextStep?: string; owner?: string; due?: string }>>;
  workshop?: unknown;
  participant?: { name: string; role: string } | null;
}): Assessment {
  const answers: Record<string, unknown> = {};
  FACTOR_IDS.forEach((id, i) => {
    answers[id] = { level: input.levels[i] ?? null, ...(input.extra?.[id] ?? {}) };
  });
  const createdAt = input.createdAt ?? '2026-11-20T09:00:00.000Z';
  return assessmentSchema.parse({
    id: input.id,
    kind: input.kind ?? 'individual',
    organisation: input.organisation,
    title: input.title ?? '',
    participant: input.participant ?? null,
    createdAt,
    updatedAt: createdAt,
    modelVersion: '2026.1',
    answers,
    workshop: input.workshop,
  });
}

/** Seeds storage before the first navigation of every page in the context. */
export async function seed(context: BrowserContext, assessments: Assessment[], activeId: string | null): Promise<void> {
  const doc = documentSchema.parse({ format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt: '2026-11-21T10:00:00.000Z', assessments });
  await context.addInitScript(
    ([json, active]) => {
      // Only once per context: later navigations must see what the page saved.
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem('tsi-boken:assessments', json as string);
        if (active) window.localStorage.setItem('tsi-boken:active', active as string);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [JSON.stringify(doc), activeId] as const,
  );
}

/** A group (consensus) assessment with workshop data, and an earlier assessment to compare with. */
export function fixtures() {
  const current = makeAssessment({
    id: 'grupp-2026',
    organisation: 'Provkommunen',
    title: 'Styrgruppen hösten 2026',
    kind: 'consensus',
    createdAt: '2026-11-20T09:00:00.000Z',
    levels: [2, 1, 1, 3, 'vet-ej', 4, 0, 2, null, 3],
    extra: {
      'prioritera-forebyggande-arbetet': { evidence: 'Protokoll <b>inte fet</b> från styrgruppen' },
      'kartlagg-problembilden': { nextStep: 'Boka ett möte om gemensam lägesbild.' },
    },
    workshop: {
      participants: [
        { name: 'Alva Testsson', role: 'skola' },
        { name: 'Bertil Provare', role: 'socialtjanst' },
        { name: 'Cecilia Exempel', role: 'polis' },
      ],
      hideNames: false,
      factors: {
        'forankra-politiskt': { levels: [0, 3, 'vet-ej'], disagreement: true, resolution: 'Beslut saknas, därför nivå 1.' },
        'kartlagg-problembilden': { levels: [1, 1, 2], disagreement: false, resolution: '' },
      },
    },
  });
  const earlier = makeAssessment({
    id: 'tidigare-2025',
    organisation: 'Provkommunen',
    title: 'Våren 2025',
    createdAt: '2025-04-02T09:00:00.000Z',
    levels: [1, 1, 2, 2, 1, 3, 0, 'vet-ej', null, 1],
    participant: { name: 'Alva Testsson', role: 'skola' },
  });
  return { current, earlier };
}
