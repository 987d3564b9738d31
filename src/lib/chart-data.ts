/**
 * Chart data (labels, values, table texts) for the profile's radar and bar charts (pure).
 * The shape matches src/islands/charts/types.ts (ChartDataset), kept structural here so that
 * src/lib does not import from islands.
 */
import type { ReportModel, ReportModelSource } from './report';
import { assessmentLabel } from './labels';
import { sameOrganisation, scoreAssessment, scoredLevel, type FactorScore, type Scores } from './scoring';
import type { Assessment } from './schema';

export interface SeriesInput {
  name: string;
  scores: Scores;
  dash?: 'solid' | 'dashed' | 'dotted' | 'dashdot' | 'longdash';
}

type Named = Pick<Assessment, 'title' | 'organisation' | 'createdAt'>;

/** Chart series for the current (solid) and the earlier (dashed) assessment. */
export function seriesFor(report: ReportModel, current: Named, earlier?: Named & Pick<Assessment, 'answers'>): SeriesInput[] {
  // One organisation in both series: the legend names them by title and date only.
  const organisation = !earlier || !sameOrganisation(current.organisation, earlier.organisation);
  const list: SeriesInput[] = [{ name: assessmentLabel(current, { organisation }), scores: report.scores, dash: 'solid' }];
  if (earlier) list.push({ name: assessmentLabel(earlier, { organisation }), scores: scoreAssessment(earlier), dash: 'dashed' });
  return list;
}

export interface ChartSeries {
  labels: string[];
  datasets: { name: string; values: (number | null)[]; texts: string[]; dash?: SeriesInput['dash'] }[];
}

/** The words for a factor without a level: "Vet ej" and "Inte besvarad". */
export type StateWords = { unknown: string; unanswered: string };
/** What the series are drawn from: the factors and the level scale. */
type ChartModel = Pick<ReportModelSource, 'scale' | 'factors'>;

/** "2 Under utveckling", "Vet ej" or "Inte besvarad". */
export function stateText(f: Pick<FactorScore, 'state'>, model: Pick<ReportModelSource, 'scale'>, words: StateWords): string {
  if (f.state.kind === 'vet-ej') return words.unknown;
  if (f.state.kind === 'unanswered') return words.unanswered;
  const level = f.state.level;
  return `${level} ${model.scale.levels.find((l) => l.level === level)?.name ?? ''}`.trim();
}

export function factorLabel(number: number, model: Pick<ReportModelSource, 'factors'>): string {
  const f = model.factors.find((x) => x.number === number);
  return `${number}. ${f?.shortLabel ?? ''}`.trim();
}

/** All ten factors in model order (radar). */
export function radarSeries(series: SeriesInput[], model: ChartModel, words: StateWords): ChartSeries {
  const first = series[0];
  const labels = first ? first.scores.factors.map((f) => factorLabel(f.number, model)) : [];
  return {
    labels,
    datasets: series.map((s) => ({
      name: s.name,
      dash: s.dash,
      values: s.scores.factors.map(scoredLevel),
      texts: s.scores.factors.map((f) => stateText(f, model, words)),
    })),
  };
}

/**
 * Factors sorted by the first series' level, highest first (ties by number); factors
 * without a level last, in number order.
 */
export function sortedBarSeries(series: SeriesInput[], model: ChartModel, words: StateWords): ChartSeries {
  const first = series[0];
  if (!first) return { labels: [], datasets: [] };
  const order = [...first.scores.factors].sort((a, b) => {
    const la = scoredLevel(a);
    const lb = scoredLevel(b);
    if (la === null && lb === null) return a.number - b.number;
    if (la === null) return 1;
    if (lb === null) return -1;
    return lb - la || a.number - b.number;
  });
  return {
    labels: order.map((f) => factorLabel(f.number, model)),
    datasets: series.map((s) => ({
      name: s.name,
      dash: s.dash,
      values: order.map((o) => scoredLevel(s.scores.factors[o.number - 1]!)),
      texts: order.map((o) => stateText(s.scores.factors[o.number - 1]!, model, words)),
    })),
  };
}
