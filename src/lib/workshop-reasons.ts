/**
 * The participants' reasons for one factor, for the room to read: each participant's "Hur vet vi
 * det?", "Nästa steg" and notes, grouped by the level they chose (0–4, then "vet ej", then no
 * answer), and a participant's text added to the group's own field. Pure functions, no DOM.
 */
import type { FactorId } from './factors';
import type { LevelValue } from './schema';
import type { Entry } from './session-entries';

export interface Reason {
  /** Who wrote it, as the views name them (a role only when names are hidden). */
  who: string;
  evidence: string;
  nextStep: string;
  notes: string;
}

export interface ReasonGroup {
  level: LevelValue;
  /** How many chose this level (with or without a text). */
  count: number;
  /** Those who wrote something. */
  reasons: Reason[];
}

const ORDER: LevelValue[] = [0, 1, 2, 3, 4, 'vet-ej', null];

/**
 * The reasons per level for `factor` of the participants `entries[i]` for i in `visible`, named
 * `who[i]`. Levels no one chose are left out.
 */
export function reasonsByLevel(
  entries: readonly Entry[],
  visible: readonly number[],
  factor: FactorId,
  who: readonly string[],
): ReasonGroup[] {
  const groups = ORDER.map((level): ReasonGroup => ({ level, count: 0, reasons: [] }));
  for (const i of visible) {
    const answer = entries[i]?.a.answers[factor];
    const level = answer?.level ?? null;
    const g = groups[ORDER.indexOf(level)]!;
    g.count++;
    const r = {
      who: who[i] ?? '',
      evidence: answer?.evidence.trim() ?? '',
      nextStep: answer?.nextStep.trim() ?? '',
      notes: answer?.notes.trim() ?? '',
    };
    if (r.evidence || r.nextStep || r.notes) g.reasons.push(r);
  }
  return groups.filter((g) => g.count > 0);
}
