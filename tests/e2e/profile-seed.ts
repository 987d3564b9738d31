/**
 * Seeding assessments for the profile and report e2e tests, built with the one test-data
 * builder (tests/support/data.ts), which parses with the real schema.
 */
import type { BrowserContext } from 'playwright-core';
import { FACTOR_IDS, type FactorId } from '../../src/lib/factors';
import { assessmentSchema, documentSchema, type Assessment, type LevelValue } from '../../src/lib/schema';
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

/**
 * A group assessment of five participants as a committee would file it: the group's own plan
 * in its chosen order (not lowest first), a follow-up of the previous plan and a decision.
 */
export function groupReport() {
  const { earlier } = fixtures();
  const base = makeAssessment({
    id: 'grupp-2026-filed',
    organisation: 'Provkommunen',
    title: 'Styrgruppen hösten 2026',
    kind: 'consensus',
    createdAt: '2026-11-20T09:00:00.000Z',
    levels: [2, 1, 1, 3, 'vet-ej', 4, 0, 2, null, 3],
    extra: {
      'prioritera-forebyggande-arbetet': { evidence: 'Protokoll från styrgruppen.', nextStep: 'Ta fram en budgetpost.' },
      'kartlagg-problembilden': { nextStep: 'Boka ett möte om gemensam lägesbild.', owner: 'Socialchef', due: '2027-02-28' },
      'forankra-politiskt': { nextStep: 'Föredra frågan i kommunstyrelsen.', owner: 'Kommundirektör' },
      'samordna-strukturen': { nextStep: 'Ta reda på vilka samverkansgrupper som finns.' },
      'involvera-barn-unga-vardnadshavare': { nextStep: 'Fråga elevråden.', owner: 'Rektor', due: '2027-03-31' },
    },
    workshop: {
      participants: [
        { name: 'Alva Testsson', role: 'skola' },
        { name: 'Bertil Provare', role: 'socialtjanst' },
        { name: 'Cecilia Exempel', role: 'polis' },
        { name: 'David Prov', role: 'elevhalsa' },
        { name: 'Eva Test', role: 'fritid' },
      ],
      hideNames: false,
      factors: {
        'forankra-politiskt': {
          levels: [0, 3, 'vet-ej', 1, 1],
          disagreement: true,
          resolution: 'Beslut saknas, därför nivå 1.',
        },
        'tvarprofessionella-team': { levels: [2, 4, 4, 4, 3], disagreement: true, resolution: '' },
      },
    },
  });
  const current: Assessment = {
    ...base,
    // The group's order: factor 5 first, then 2, 7 and 3 (not lowest level first).
    plan: [
      { factor: 'samordna-strukturen', status: 'inte-paborjat', comment: '' },
      { factor: 'kartlagg-problembilden', status: 'pagar', comment: 'Datum föreslaget.' },
      { factor: 'involvera-barn-unga-vardnadshavare', status: 'inte-paborjat', comment: '' },
      { factor: 'forankra-politiskt', status: 'genomfort', comment: '' },
    ],
    followUp: {
      previousId: earlier.id,
      previousDate: earlier.createdAt,
      items: [
        {
          factor: 'kartlagg-problembilden',
          step: 'Samla statistik från skola och socialtjänst.',
          owner: 'Utredare',
          due: '2025-09-30',
          status: 'genomfort',
          comment: 'Rapport klar i oktober.',
        },
        { factor: 'ga-stegvis-fram', step: 'Välj ett första område.', owner: '', due: '', status: 'struket', comment: '' },
      ],
    },
    decision: { by: 'Barn- och utbildningsnämnden', date: '2026-12-10', reference: 'BUN 2026/123' },
  };
  return { current: assessmentSchema.parse(current), earlier };
}
