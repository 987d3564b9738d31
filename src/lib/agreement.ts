/**
 * How much a group agrees on one factor: a graded measure for ordinal answers (levels 0–4),
 * put in words, with a lone outlier and two camps told apart, and the order in which to
 * discuss the factors. Pure functions, no DOM.
 *
 * The measure is Tastle & Wierman's consensus:
 *   Cns(X) = 1 + Σ p_i · log2(1 − |X_i − μ| / d_X)
 * where p_i is the share of answers at level X_i, μ the mean level and d_X the width of the
 * scale (4 for levels 0–4). It is 1 when everyone gives the same level and 0 when the answers
 * are split half and half between the two ends of the scale.
 * Source: W. J. Tastle and M. J. Wierman, "Consensus and dissention: A measure of ordinal
 * dispersion", International Journal of Approximate Reasoning 45(3), 2007, pp. 531–545.
 *
 * "Vet ej" is a finding of its own (a gap in knowledge): it is counted apart and never enters
 * the measure as a level. Unanswered is counted apart too.
 */
import type { LevelValue } from './schema';

/** The width of the scale 0–4 (d_X). */
export const SCALE_WIDTH = 4;
/** At or above this consensus the group is "samstämmig" (e.g. 2,2,3,3,3 gives 0.82). */
export const AGREED_FROM = 0.8;
/**
 * Below this consensus the factor is flagged as a disagreement (the stored `disagreement`
 * boolean of a group assessment and the "Oenighet" marks): 1,2,2,2,3 (0.83) is not flagged,
 * one answer two steps off 2,2,2,2,4 (0.73) is, and so is every split into two camps.
 */
export const DISAGREEMENT_BELOW = 0.75;
/** Below this consensus the spread is wide ("stor spridning"), e.g. one answer on each level (0.43). */
export const WIDE_BELOW = 0.5;

export type AgreementKind =
  /** No one answered with a level. */
  | 'none'
  /** Only one answered with a level. */
  | 'single'
  | 'agreed'
  | 'outlier'
  | 'camps'
  | 'some'
  | 'wide';

export interface Agreement {
  kind: AgreementKind;
  /** Tastle & Wierman's consensus 0–1; null when no one answered with a level. */
  consensus: number | null;
  /** Answers with a level 0–4. */
  answered: number;
  /** "Vet ej" answers. */
  unknown: number;
  /** No answer. */
  unanswered: number;
  /** All answers, whatever they said. */
  total: number;
  /** The lone outlier's level (kind 'outlier'), else null. */
  outlierLevel: number | null;
  /** The two camps (kind 'camps'), else null. */
  camps: Camps | null;
  /** True when the factor counts as a disagreement (see DISAGREEMENT_BELOW). */
  disagreement: boolean;
}

/** Tastle & Wierman's consensus of counts per level (index = level); null when all are 0. */
export function consensus(perLevel: readonly number[], width = SCALE_WIDTH): number | null {
  const n = perLevel.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const mean = perLevel.reduce((sum, c, level) => sum + c * level, 0) / n;
  let sum = 0;
  perLevel.forEach((c, level) => {
    if (c === 0) return;
    const d = 1 - Math.abs(level - mean) / width;
    // d reaches 0 only when the mean lies on one end and answers lie on the other, which the
    // mean rules out; guard anyway so the measure never turns into -Infinity.
    sum += (c / n) * Math.log2(Math.max(d, Number.EPSILON));
  });
  // Round away floating-point noise (1 + -0.999…): the measure is shown to two decimals at most.
  return Math.round((1 + sum) * 1e9) / 1e9;
}

/** The levels that someone answered, lowest first. */
function usedLevels(perLevel: readonly number[]): number[] {
  return perLevel.flatMap((c, level) => (c > 0 ? [level] : []));
}

/**
 * The level of a lone outlier: one answer two steps or more from every other answer, while the
 * others lie within one step of each other (at least three answers). Null otherwise.
 */
export function loneOutlier(perLevel: readonly number[]): number | null {
  const n = perLevel.reduce((a, b) => a + b, 0);
  if (n < 3) return null;
  for (const level of usedLevels(perLevel)) {
    if (perLevel[level] !== 1) continue;
    const rest = usedLevels(perLevel.map((c, l) => (l === level ? 0 : c)));
    const near = rest.some((l) => Math.abs(l - level) < 2);
    if (!near && rest[rest.length - 1]! - rest[0]! <= 1) return level;
  }
  return null;
}

export interface Camps {
  /** The levels answered in the lower camp and in the higher one, lowest first. */
  low: number[];
  high: number[];
}

/**
 * Two camps: the answered levels fall into two groups with an empty level or more between them
 * (a gap of two steps), and each group holds at least two answers. Null otherwise.
 */
export function twoCamps(perLevel: readonly number[]): Camps | null {
  const used = usedLevels(perLevel);
  for (let i = 1; i < used.length; i++) {
    if (used[i]! - used[i - 1]! < 2) continue;
    const low = perLevel.slice(0, used[i - 1]! + 1).reduce((a, b) => a + b, 0);
    const high = perLevel.slice(used[i]!).reduce((a, b) => a + b, 0);
    if (low >= 2 && high >= 2) return { low: used.slice(0, i), high: used.slice(i) };
  }
  return null;
}

/** The agreement of one factor's answers (levels, 'vet-ej' and null as given). */
export function agreementOf(levels: readonly LevelValue[]): Agreement {
  const perLevel = [0, 0, 0, 0, 0];
  let unknown = 0;
  let unanswered = 0;
  for (const l of levels) {
    if (typeof l === 'number' && Number.isInteger(l) && l >= 0 && l <= 4) perLevel[l]!++;
    else if (l === 'vet-ej') unknown++;
    else unanswered++;
  }
  const answered = perLevel.reduce((a, b) => a + b, 0);
  const cns = consensus(perLevel);
  const outlier = loneOutlier(perLevel);
  const camps = twoCamps(perLevel);
  let kind: AgreementKind;
  if (cns === null) kind = 'none';
  else if (answered === 1) kind = 'single';
  else if (cns >= AGREED_FROM) kind = 'agreed';
  else if (outlier !== null) kind = 'outlier';
  else if (camps) kind = 'camps';
  else kind = cns < WIDE_BELOW ? 'wide' : 'some';
  const disagreement = kind === 'outlier' || kind === 'camps' || (cns !== null && cns < DISAGREEMENT_BELOW);
  return {
    kind,
    consensus: cns,
    answered,
    unknown,
    unanswered,
    total: levels.length,
    outlierLevel: kind === 'outlier' ? outlier : null,
    camps: kind === 'camps' ? camps : null,
    disagreement,
  };
}

/**
 * The order to discuss the factors in ("Diskutera först"): the most divided first (lowest
 * consensus), factors no one answered last; equal ones keep their given order.
 */
export function discussionOrder<K extends string>(items: readonly { id: K; agreement: Agreement }[]): K[] {
  const rank = (a: Agreement) => a.consensus ?? 2;
  return items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => rank(x.item.agreement) - rank(y.item.agreement) || x.i - y.i)
    .map(({ item }) => item.id);
}
