/**
 * Loading participants into /workshop/. Files and share links are read through the one import
 * path of the assessment area (src/lib/io.ts parseImportText / src/lib/share.ts decodeShare:
 * size limit, safe JSON, migrations, schema); this module adds what the workshop needs on top.
 */
import type { Assessment } from './schema';

/**
 * The index of an already loaded participant that `incoming` duplicates: the same assessment
 * id, or the same (non-empty) name and the same role. -1 when it is new.
 */
export function findDuplicate(loaded: readonly Assessment[], incoming: Assessment): number {
  const name = (a: Assessment) => (a.participant?.name ?? '').trim().toLocaleLowerCase('sv');
  const n = name(incoming);
  return loaded.findIndex(
    (a) => a.id === incoming.id || (n !== '' && name(a) === n && (a.participant?.role ?? 'annan') === (incoming.participant?.role ?? 'annan')),
  );
}

/**
 * The share links in pasted text, one per line: the part after '#' of a full address, or a
 * bare 'dela=…' fragment. Blank lines are skipped.
 */
export function shareHashes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.includes('#') ? l.slice(l.indexOf('#') + 1) : l));
}
