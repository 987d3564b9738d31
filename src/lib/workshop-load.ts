/**
 * Loading participants into /workshop/. Files and share links are read through the one import
 * path of the assessment area (src/lib/io.ts parseImportText / src/lib/share.ts decodeShare:
 * size limit, safe JSON, migrations, schema); this module adds what the workshop needs on top:
 * keys for the loaded assessments, the participant limit, and duplicate handling.
 */
import type { Assessment } from './schema';
import type { Entry } from './session-entries';

/**
 * The index of an already loaded participant that `incoming` duplicates: the same assessment
 * id, or the same (non-empty) name and the same role. -1 when it is new.
 */
export function findDuplicate(loaded: readonly Assessment[], incoming: Assessment): number {
  const name = (a: Assessment) => (a.participant?.name ?? '').trim().toLocaleLowerCase('sv');
  const n = name(incoming);
  return loaded.findIndex(
    (a) =>
      a.id === incoming.id ||
      (n !== '' && name(a) === n && (a.participant?.role ?? 'annan') === (incoming.participant?.role ?? 'annan')),
  );
}

export const MAX_PARTICIPANTS = 2000;

/** A loaded participant that seems to be one already loaded: the facilitator decides. */
export interface Pending {
  entry: Entry;
  existingKey: string;
}
/** A file that could not be used, and why (words from the island). */
export interface LoadProblem {
  name: string;
  reason: string;
}
/** One file or link after reading: its assessments already keyed as entries, or why it failed. */
export type LoadedFile = { name: string; ok: true; entries: Entry[] } | { name: string; ok: false; reason: string };
/** Words for the problems this module finds itself. */
export interface LoadWords {
  onlyGroup: string;
  tooMany: (max: number) => string;
}
export type DuplicateChoice = 'replace' | 'keep' | 'skip';

/** Files as read, with a fresh key for each assessment. */
export function keyed(
  outcomes: readonly ({ name: string; ok: true; assessments: Assessment[] } | { name: string; ok: false; reason: string })[],
  newKey: () => string,
): LoadedFile[] {
  return outcomes.map((o) =>
    o.ok ? { name: o.name, ok: true, entries: o.assessments.map((a) => ({ key: newKey(), file: o.name, a })) } : o,
  );
}

/**
 * Adds the participants of `files` to `entries`: group assessments and unreadable files become
 * problems, at most `max` participants, and one that duplicates a loaded one (findDuplicate)
 * waits in `pending` for the facilitator's choice instead of being added.
 */
export function addLoaded(entries: readonly Entry[], files: readonly LoadedFile[], words: LoadWords, max = MAX_PARTICIPANTS) {
  const list = [...entries];
  const pending: Pending[] = [];
  const problems: LoadProblem[] = [];
  let added = 0;
  for (const f of files) {
    if (!f.ok) {
      problems.push({ name: f.name, reason: f.reason });
      continue;
    }
    const people = f.entries.filter((e) => e.a.kind === 'individual');
    if (people.length === 0) problems.push({ name: f.name, reason: words.onlyGroup });
    for (const entry of people) {
      if (list.length + pending.length >= max) {
        problems.push({ name: f.name, reason: words.tooMany(max) });
        break;
      }
      const dup = findDuplicate(
        list.map((e) => e.a),
        entry.a,
      );
      if (dup >= 0) pending.push({ entry, existingKey: list[dup]!.key });
      else {
        list.push(entry);
        added++;
      }
    }
  }
  return { entries: list, pending, problems, added };
}

/**
 * Answers the first duplicate question, or all of them when `all`: replace the loaded one
 * (or add, if it has been removed meanwhile), keep both, or skip the new one.
 */
export function resolveDuplicates(entries: Entry[], pending: readonly Pending[], choice: DuplicateChoice, all: boolean) {
  const take = all ? pending : pending.slice(0, 1);
  let list = entries;
  for (const p of take) {
    if (choice === 'replace') {
      const at = list.findIndex((e) => e.key === p.existingKey);
      list = at >= 0 ? list.map((e, i) => (i === at ? p.entry : e)) : [...list, p.entry];
    } else if (choice === 'keep') list = [...list, p.entry];
  }
  return { entries: list, pending: pending.slice(take.length) };
}
