/**
 * Seeding assessments for the profile and report e2e tests, built with the one test-data
 * builder (tests/support/data.ts), which parses with the real schema.
 */
import type { BrowserContext } from 'playwright-core';
import { FACTOR_IDS, type FactorId } from '../../src/lib/factors';
import { documentSchema, type Assessment, type LevelValue } from '../../src/lib/schema';
import { assessment, envelopeDoc } from '../support/data';

export function makeAssessment(input: {
  id: string;
  organisation: string;
  title?: string;
  kind?: 'individual' | 'consensus';
  createdAt?: string;
  levels: LevelValue[];
  extra?: Partial<Record<FactorId, { evidence?: string; nextStep?: string; owner?: string; due?: string }>>;
  workshop?: unknown;
  participant?: { name: string; role: string } | null;
}): Assessment {
  const { levels, extra, createdAt = '2026-11-20T09:00:00.000Z', ...rest } = input;
  return assessment({ ...rest, createdAt, levels: FACTOR_IDS.map((_, i) => levels[i] ?? null), answers: extra });
}

/** Seeds storage before the first navigation of every page in the context. */
export async function seed(context: BrowserContext, assessments: Assessment[], activeId: string | null): Promise<void> {
  const doc = documentSchema.parse(envelopeDoc(assessments, '2026-11-21T10:00:00.000Z'));
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
