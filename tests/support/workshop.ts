/** Test data for the workshop's loading and session logic: loaded entries and files. */
import type { Entry } from '../../src/lib/session-entries';
import type { LoadedFile } from '../../src/lib/workshop-load';
import { FACTOR_IDS } from '../../src/lib/factors';
import { assessment, envelope, person } from './data';

/** The words the loading logic needs (codes only, no Swedish). */
export const loadWords = { onlyGroup: 'only group', tooMany: (n: number) => `max ${n}` };

let n = 0;
/** A loaded participant (role skola, level 2 on the first factor), with a fresh key. */
export const entry = (id: string, name = '', org = 'Testkommun', file = `${id}.json`): Entry => ({
  key: `k${++n}`,
  file,
  a: { ...person(id, 'skola', { [FACTOR_IDS[0]!]: 2 }, name), organisation: org },
});

/** A file that read correctly and holds these entries. */
export const loadedFile = (name: string, ...entries: Entry[]): LoadedFile => ({ name, ok: true, entries });

/** The five roles of a typical steering group, with the level each gives on the first factor. */
export const FIVE = [
  { role: 'skola', name: 'Anna Skola', level: 2 },
  { role: 'socialtjanst', name: 'Bo Socialtjänst', level: 2 },
  { role: 'elevhalsa', name: 'Cia Elevhälsa', level: 2 },
  { role: 'halso-och-sjukvard', name: 'Dan Vården', level: 2 },
  { role: 'polis', name: 'Eva Polis', level: 4 },
] as const;

/**
 * Five participants' export files (name and text) of "Ale kommun": each gives a level on the
 * first two factors and writes "Hur vet vi det?" and "Nästa steg" for the first factor.
 */
export function fiveParticipantFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  return FIVE.map((p, i) => {
    const a = assessment({
      id: `fem-${i + 1}`,
      organisation: 'Ale kommun',
      participant: { name: p.name, role: p.role },
      createdAt: '2026-11-20T09:00:00.000Z',
      answers: {
        [FACTOR_IDS[0]!]: {
          level: p.level,
          evidence: `Underlag från ${p.role}: protokoll ${i + 1}`,
          nextStep: `Steg från ${p.role}`,
        },
        [FACTOR_IDS[1]!]: { level: i % 2 === 0 ? 1 : 3 },
      },
    });
    return { name: `deltagare-${p.role}.json`, mimeType: 'application/json', buffer: Buffer.from(envelope([a])) };
  });
}
