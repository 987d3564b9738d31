/**
 * Aggregation of many individual answers per factor (workshop) — pure functions, no DOM.
 *
 * "Vet ej" is a gap in knowledge: it is counted, never treated as a level (it is left out of
 * median, min and max). Unanswered (null) is counted apart. `disagreement` of LevelStats is the
 * plain span rule (two steps or more, used by the county comparison); the workshop shows the
 * graded measure of src/lib/agreement.ts (`agreement`) instead.
 */
import { agreementOf, type Agreement } from './agreement';
import { oneDecimal } from './format';
import { FACTOR_IDS, ROLES, type FactorId, type Role } from './factors';
import type { Assessment, LevelValue } from './schema';

/** The number of steps between lowest and highest answered level that counts as disagreement. */
export const DISAGREEMENT_SPAN = 2;

export interface LevelStats {
  /** How many answers (participants) in total, whatever they said. */
  total: number;
  /** Answered with a level 0–4. */
  answered: number;
  /** Said "vet ej". */
  unknown: number;
  /** Gave no answer. */
  unanswered: number;
  /** Median of the answered levels (may end in .5 for an even count); null when none answered. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min; null when none answered. */
  spread: number | null;
  /** How many answered each level 0–4 (index = level). */
  perLevel: [number, number, number, number, number];
  /** True when the answered levels span DISAGREEMENT_SPAN steps or more. */
  disagreement: boolean;
}

export function isLevel(v: unknown): v is 0 | 1 | 2 | 3 | 4 {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4;
}

/** Median of numbers (not necessarily sorted); null for none. Even count: mean of the middle two. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** True when the answered levels span two steps or more (e.g. 1 and 3), false for 1 and 2. */
export function isDisagreement(min: number | null, max: number | null): boolean {
  return min !== null && max !== null && max - min >= DISAGREEMENT_SPAN;
}

export function levelStats(levels: readonly LevelValue[]): LevelStats {
  const perLevel: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let unknown = 0;
  let unanswered = 0;
  for (const l of levels) {
    if (isLevel(l)) perLevel[l]++;
    else if (l === 'vet-ej') unknown++;
    else unanswered++;
  }
  const answered = perLevel.reduce((a, b) => a + b, 0);
  let min: number | null = null;
  let max: number | null = null;
  for (let i = 0; i < 5; i++) {
    if (perLevel[i]! > 0) {
      if (min === null) min = i;
      max = i;
    }
  }
  // Median from the counts (no sort needed: levels are 0–4).
  let med: number | null = null;
  if (answered > 0) {
    const at = (k: number): number => {
      let seen = 0;
      for (let i = 0; i < 5; i++) {
        seen += perLevel[i]!;
        if (k < seen) return i;
      }
      return 4;
    };
    const mid = answered >> 1;
    med = answered % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  }
  return {
    total: levels.length,
    answered,
    unknown,
    unanswered,
    median: med,
    min,
    max,
    spread: min === null || max === null ? null : max - min,
    perLevel,
    disagreement: isDisagreement(min, max),
  };
}

export interface Response {
  level: LevelValue;
  role: Role;
}

export interface FactorAggregate extends LevelStats {
  /** How much the group agrees (src/lib/agreement.ts): the measure the workshop's views show. */
  agreement: Agreement;
  /** The same figures per role, for the roles that have at least one participant (in ROLES order). */
  byRole: { role: Role; stats: LevelStats }[];
}

export function aggregateResponses(responses: readonly Response[]): FactorAggregate {
  const all = levelStats(responses.map((r) => r.level));
  const groups = new Map<Role, LevelValue[]>();
  for (const r of responses) {
    const g = groups.get(r.role);
    if (g) g.push(r.level);
    else groups.set(r.role, [r.level]);
  }
  const byRole = ROLES.filter((role) => groups.has(role)).map((role) => ({ role, stats: levelStats(groups.get(role)!) }));
  return { ...all, agreement: agreementOf(responses.map((r) => r.level)), byRole };
}

/** The role a participant answered as ('annan' when the file names none). */
export function participantRole(a: Assessment): Role {
  return a.participant?.role ?? 'annan';
}

/** A participant's level for a factor (null when unanswered). */
export function levelOf(a: Assessment, factor: FactorId): LevelValue {
  return a.answers[factor]?.level ?? null;
}

/** Aggregates every factor over the participants' assessments (in participant order). */
export function aggregateWorkshop(participants: readonly Assessment[]): Record<FactorId, FactorAggregate> {
  const out = {} as Record<FactorId, FactorAggregate>;
  for (const f of FACTOR_IDS) {
    out[f] = aggregateResponses(participants.map((p) => ({ level: levelOf(p, f), role: participantRole(p) })));
  }
  return out;
}

/** Formats a median or level for Swedish readers: 2,5 not 2.5; '–' for none. */
export function formatLevel(v: number | null): string {
  if (v === null) return '–';
  return oneDecimal(v);
}
