/**
 * The report's summary in words, as data (pure): where the group has come furthest, where the
 * need is greatest and what it does not know. The Swedish sentences are made from this by
 * src/i18n/sv/report.ts (summarySentences). Levels are never averaged.
 */
import type { ReportFactor, ReportModel } from './report';

export interface LevelGroup {
  level: number;
  levelName: string;
  /** The factors at this level, in factor order. */
  factors: Pick<ReportFactor, 'number' | 'title' | 'shortLabel'>[];
}

export interface ReportSummary {
  total: number;
  answered: number;
  unknown: number;
  unanswered: number;
  /** The factors at the highest level given; null when fewer than two factors have a level. */
  highest: LevelGroup | null;
  /** The factors at the lowest level given; null when no factor has a level. */
  lowest: LevelGroup | null;
  /** Every answered factor is at the same level (highest is then null). */
  allEqual: boolean;
  /** 'Vet ej' factors: the knowledge gaps. */
  unknowns: Pick<ReportFactor, 'number' | 'title' | 'shortLabel'>[];
}

function group(factors: ReportFactor[], level: number): LevelGroup {
  const at = factors.filter((f) => f.state.kind === 'level' && f.state.level === level);
  return {
    level,
    levelName: at[0]?.levelName ?? '',
    factors: at.map(({ number, title, shortLabel }) => ({ number, title, shortLabel })),
  };
}

export function summarize(report: Pick<ReportModel, 'factors' | 'scores' | 'unknowns'>): ReportSummary {
  const { factors, scores } = report;
  const levels = factors.flatMap((f) => (f.state.kind === 'level' ? [f.state.level] : []));
  const min = levels.length ? Math.min(...levels) : null;
  const max = levels.length ? Math.max(...levels) : null;
  const allEqual = levels.length > 1 && min === max;
  return {
    total: factors.length,
    answered: scores.answered,
    unknown: scores.unknown,
    unanswered: scores.unanswered,
    highest: max !== null && levels.length > 1 && !allEqual ? group(factors, max) : null,
    lowest: min !== null ? group(factors, min) : null,
    allEqual,
    unknowns: report.unknowns.map(({ number, title, shortLabel }) => ({ number, title, shortLabel })),
  };
}
