/**
 * Scoring of one assessment and change between two (pure; no DOM).
 *
 * - A factor is a level 0–4, 'vet-ej' (a gap in knowledge, never a zero) or unanswered.
 * - No composite score: the levels are ordinal and the factors differ, so they are never
 *   averaged (the guide says the result is not a grade). What is counted: how many factors
 *   have a level, how many are at each level, and how many are 'vet-ej' or unanswered.
 * - Ties are always broken by factor number (lower number first), so results are stable.
 */
import { FACTOR_IDS, type FactorId, type Level } from './factors';
import type { Assessment, LevelValue } from './schema';

export type FactorState = { kind: 'level'; level: Level } | { kind: 'vet-ej' } | { kind: 'unanswered' };

export interface FactorScore {
  id: FactorId;
  /** 1–10 */
  number: number;
  state: FactorState;
}

export interface Scores {
  factors: FactorScore[];
  /** Number of factors with a level 0–4. */
  answered: number;
  unknown: number;
  unanswered: number;
  /** How many factors are at each level 0–4 (the distribution; never averaged). */
  distribution: [number, number, number, number, number];
}

export function factorState(value: LevelValue | undefined): FactorState {
  if (value === 'vet-ej') return { kind: 'vet-ej' };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4)
    return { kind: 'level', level: value as Level };
  return { kind: 'unanswered' };
}

export function scoredLevel(s: FactorScore): Level | null {
  return s.state.kind === 'level' ? s.state.level : null;
}

export function scoreAssessment(a: Pick<Assessment, 'answers'>): Scores {
  const factors: FactorScore[] = FACTOR_IDS.map((id, i) => ({ id, number: i + 1, state: factorState(a.answers[id]?.level) }));
  const levels = factors.map(scoredLevel).filter((l): l is Level => l !== null);
  const answered = levels.length;
  const unknown = factors.filter((f) => f.state.kind === 'vet-ej').length;
  const distribution: Scores['distribution'] = [0, 0, 0, 0, 0];
  for (const l of levels) distribution[l]++;
  return { factors, answered, unknown, unanswered: factors.length - answered - unknown, distribution };
}

export interface Ranking {
  /** Answered factors, lowest level first, ties by factor number: the priority order. */
  ascending: FactorScore[];
  /** Up to three lowest (at most half of the answered, rounded up). */
  priorities: FactorScore[];
  /** Up to three highest among the rest (at most half of the answered, rounded down). */
  strengths: FactorScore[];
  /** 'vet-ej' factors: gaps in knowledge to close, in factor order. */
  unknowns: FactorScore[];
  unanswered: FactorScore[];
  /** All answered factors have the same level (then the order is by factor number only). */
  allEqual: boolean;
}

const byLevelAsc = (a: FactorScore, b: FactorScore) => scoredLevel(a)! - scoredLevel(b)! || a.number - b.number;
const byLevelDesc = (a: FactorScore, b: FactorScore) => scoredLevel(b)! - scoredLevel(a)! || a.number - b.number;

/**
 * Strengths and priorities never overlap: with n answered factors, priorities take the
 * ceil(n/2) lowest (max three), strengths the floor(n/2) highest of the others (max three).
 */
export function rank(scores: Scores): Ranking {
  const answered = scores.factors.filter((f) => f.state.kind === 'level');
  const ascending = [...answered].sort(byLevelAsc);
  const nPriorities = Math.min(3, Math.ceil(answered.length / 2));
  const nStrengths = Math.min(3, Math.floor(answered.length / 2));
  const priorities = ascending.slice(0, nPriorities);
  const strengths = answered
    .filter((f) => !priorities.includes(f))
    .sort(byLevelDesc)
    .slice(0, nStrengths);
  const distinct = new Set(answered.map(scoredLevel));
  return {
    ascending,
    priorities,
    strengths,
    unknowns: scores.factors.filter((f) => f.state.kind === 'vet-ej'),
    unanswered: scores.factors.filter((f) => f.state.kind === 'unanswered'),
    allEqual: answered.length > 1 && distinct.size === 1,
  };
}

export type Change = 'up' | 'down' | 'same' | 'not-comparable';

export interface FactorChange {
  id: FactorId;
  number: number;
  before: FactorState;
  after: FactorState;
  change: Change;
  /** after − before in levels, null when not comparable. */
  delta: number | null;
}

/** Change over time: a follow-up assessment against an earlier one. */
export interface FollowUp {
  factors: FactorChange[];
  up: number;
  down: number;
  same: number;
  notComparable: number;
  /** Same organisation (case- and space-insensitive). */
  sameOrganisation: boolean;
  sameModelVersion: boolean;
}

const normOrg = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** "Is this the same municipality?": case-insensitive, runs of whitespace count as one space. */
export function sameOrganisation(a: string, b: string): boolean {
  return normOrg(a) === normOrg(b);
}

/** Change from `before` (the earlier assessment) to `after`. */
export function followUp(
  after: Pick<Assessment, 'answers' | 'organisation' | 'modelVersion'>,
  before: Pick<Assessment, 'answers' | 'organisation' | 'modelVersion'>,
): FollowUp {
  const sa = scoreAssessment(after);
  const sb = scoreAssessment(before);
  const factors: FactorChange[] = sa.factors.map((fa, i) => {
    const fb = sb.factors[i]!;
    const la = scoredLevel(fa);
    const lb = scoredLevel(fb);
    if (la === null || lb === null)
      return { id: fa.id, number: fa.number, before: fb.state, after: fa.state, change: 'not-comparable', delta: null };
    const delta = la - lb;
    return {
      id: fa.id,
      number: fa.number,
      before: fb.state,
      after: fa.state,
      change: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
      delta,
    };
  });
  const count = (c: Change) => factors.filter((f) => f.change === c).length;
  return {
    factors,
    up: count('up'),
    down: count('down'),
    same: count('same'),
    notComparable: count('not-comparable'),
    sameOrganisation: sameOrganisation(after.organisation, before.organisation),
    sameModelVersion: after.modelVersion === before.modelVersion,
  };
}
