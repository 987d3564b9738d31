/**
 * The decisions of importing assessments (a file or a share link) into the stored list, and of
 * undoing a deletion: pure, so that every case is unit-tested; the island only carries them out
 * (src/lib/storage.ts writes, the island shows the question and the notices).
 */
import type { Assessment } from './schema';

export type ImportMode = 'replace' | 'keep-both';

/**
 * What to do with an imported list: add it as it is when no id is stored already, otherwise ask
 * (replace the stored ones, keep both as copies, or cancel). `conflicts` are the imported
 * assessments whose id is stored, in import order, for the question.
 */
export type ImportPlan =
  { kind: 'add'; items: Assessment[]; mode: ImportMode } | { kind: 'ask'; items: Assessment[]; conflicts: Assessment[] };

export function planImport(incoming: readonly Assessment[], stored: readonly Assessment[]): ImportPlan {
  const ids = new Set(stored.map((a) => a.id));
  const conflicts = incoming.filter((a) => ids.has(a.id));
  const items = incoming.slice();
  return conflicts.length ? { kind: 'ask', items, conflicts } : { kind: 'add', items, mode: 'keep-both' };
}

/**
 * The assessment to make active after an import: the one imported assessment, so that it can
 * be continued at once; none (keep the active one) when several came in.
 */
export function activeAfterImport(added: readonly Assessment[]): string | null {
  return added.length === 1 && added[0] ? added[0].id : null;
}

/**
 * What is needed to undo a deletion: the assessment itself, whether it was the active one and
 * its place in the stored list (-1: not in it).
 */
export interface Deleted {
  assessment: Assessment;
  wasActive: boolean;
  index: number;
}

export function deletion(a: Assessment, activeId: string | null, list: readonly Pick<Assessment, 'id'>[]): Deleted {
  return { assessment: a, wasActive: activeId === a.id, index: list.findIndex((x) => x.id === a.id) };
}

/**
 * Undoing a deletion puts the very same assessment back in its old place (same id and
 * timestamps, replacing anything that took its id meanwhile) and makes it active again if it was.
 */
export function restorePlan(d: Deleted): {
  items: Assessment[];
  mode: ImportMode;
  activate: string | null;
  index: number | undefined;
} {
  return {
    items: [d.assessment],
    mode: 'replace',
    activate: d.wasActive ? d.assessment.id : null,
    index: d.index === -1 ? undefined : d.index,
  };
}

/** Above this many characters a share link may break in e-mail programs (the user is told). */
export const LONG_LINK = 2000;

/** The share link of a payload: the page's address with the payload after `#`. */
export function shareUrl(origin: string, pageHref: string, payload: string): string {
  return `${origin}${pageHref}#${payload}`;
}
