/**
 * The change over time on /profil/ (pure): every assessment of the same organisation, oldest
 * first, with each factor's state, shown as a table with dates when there are three or more.
 */
import type { Assessment } from './schema';
import { sameOrganisation, scoreAssessment, type FactorState } from './scoring';
import { compareIso } from './dates';

export interface History {
  /** Oldest first. */
  assessments: Pick<Assessment, 'id' | 'title' | 'organisation' | 'createdAt'>[];
  /** One row per factor (in factor order), one state per assessment. */
  rows: { number: number; states: FactorState[] }[];
}

/** At least `min` assessments of `current`'s organisation (including it), else null. */
export function historyOf(current: Assessment, all: Assessment[], min = 3): History | null {
  const list = all
    .filter((a) => sameOrganisation(a.organisation, current.organisation))
    .sort((a, b) => compareIso(a.createdAt, b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (list.length < min) return null;
  const scores = list.map(scoreAssessment);
  return {
    assessments: list.map(({ id, title, organisation, createdAt }) => ({ id, title, organisation, createdAt })),
    rows: scores[0]!.factors.map((f, i) => ({ number: f.number, states: scores.map((s) => s.factors[i]!.state) })),
  };
}
