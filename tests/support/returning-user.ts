/**
 * The browser storage of a returning user, for tests and `npm run bench` (Lighthouse "with
 * data"): an own assessment (active), a group assessment with workshop data and an earlier
 * one in localStorage; a saved workshop with three participants, open in this tab (as the
 * current site stores it: the workshop in localStorage, its id in sessionStorage; carrying over
 * an older version's tab session is tested in workshop.test.ts); three municipalities on /jamfor/
 * in this tab's sessionStorage. Built with the one test-data builder and the site's own
 * functions (real schema).
 */
import { FACTOR_IDS } from '../../src/lib/factors';
import { ACTIVE_KEY, SESSION_KEYS, STORAGE_KEY, WORKSHOPS_KEY } from '../../src/lib/stored-format';
import { toSession } from '../../src/lib/workshop-saved';
import { mostCommonOrganisation } from '../../src/lib/workshop-session';
import { serializeWorkshops } from '../../src/lib/workshop-store';
import { fixtures, makeAssessment } from '../e2e/profile-seed';
import { envelope, person } from './data';

export interface StorageSeed {
  local: Record<string, string>;
  session: Record<string, string>;
}

const WHEN = new Date('2026-03-10T15:00:00.000Z');

export function returningUser(): StorageSeed {
  const { current, earlier } = fixtures();
  const own = makeAssessment({ id: 'egen-2026', organisation: 'Provkommun', title: 'Hösten', levels: [2, 3, 1, 'vet-ej', 2] });
  const levels = (...ls: (0 | 1 | 2 | 3 | 4 | 'vet-ej')[]) =>
    Object.fromEntries(FACTOR_IDS.map((f, i) => [f, ls[i % ls.length]!]));
  const participants = [
    person('p1', 'skola', levels(1, 2, 3), 'Alva'),
    person('p2', 'socialtjanst', levels(2, 2, 1), 'Bertil'),
    person('p3', 'polis', levels(3, 'vet-ej', 2), 'Cecilia'),
  ].map((a, i) => ({ key: `k${i}`, file: `deltagare-${i + 1}.json`, a }));
  const workshop = toSession(
    {
      entries: participants,
      agreed: {},
      meta: { organisation: mostCommonOrganisation(participants), title: 'Workshop 2026-03-10', date: '2026-03-10' },
      hideNames: false,
      roleFilter: '',
      groupId: null,
      factor: null,
    },
    'workshop-atervandare',
    '2026.1',
    WHEN,
  );
  const municipalities = ['Norrby', 'Söderby', 'Västerby'].map((organisation, i) => ({
    key: `m${i}`,
    file: `${organisation}.json`,
    a: makeAssessment({ id: `kommun-${i}`, organisation, kind: 'consensus', levels: [i, 2, 1, 3 - i, 'vet-ej', 2] }),
  }));
  return {
    local: {
      [STORAGE_KEY]: envelope([own, current, earlier]),
      [ACTIVE_KEY]: own.id,
      [WORKSHOPS_KEY]: serializeWorkshops([workshop], WHEN.toISOString()),
    },
    session: {
      [SESSION_KEYS.workshop]: JSON.stringify({ open: workshop.id }),
      [SESSION_KEYS.countyComparison]: JSON.stringify({ sortKey: 'organisation', sortDir: 'ascending', chosen: [], entries: [] }),
      [SESSION_KEYS.countyComparisonAssessments]: JSON.stringify({ entries: municipalities }),
    },
  };
}
