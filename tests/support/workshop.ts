/** Test data for the workshop's loading and session logic: loaded entries and files. */
import type { Entry } from '../../src/lib/session-entries';
import type { LoadedFile } from '../../src/lib/workshop-load';
import { FACTOR_IDS } from '../../src/lib/factors';
import { person } from './data';

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
