/**
 * What the page needs of a chart before Chart.js draws it (pure, small: it is in every page
 * with a chart, while config.ts is only where Chart.js draws): the kinds, the data a drawing
 * takes, its shape (so the canvas has its size before it is drawn) and how values are written.
 */
import { oneDecimal } from '../../lib/format';
import type { ChartProps } from './types';

export type ChartKind = 'radar' | 'bar';

/** What a drawing needs of the props (plain data: it is also posted to the chart worker). */
export type ChartData = Pick<ChartProps, 'labels' | 'datasets' | 'min' | 'max' | 'step'>;

/** Below this width (CSS px) the radar's axes carry numbers only. */
export const NARROW = 480;

/** Print size of the image in CSS pixels (fonts are sized for this; print scales it to the page). */
export const PRINT_WIDTH: Record<ChartKind, number> = { radar: 760, bar: 820 };

/** Width ÷ height of the drawing: the radar is squarer on a narrow screen, the bar chart grows with its rows. */
export function aspectRatio(kind: ChartKind, data: Pick<ChartProps, 'labels' | 'datasets'>, narrow: boolean): number {
  if (kind === 'radar') return narrow ? 1 : 1.35;
  const rows = data.labels.length * Math.max(1, data.datasets.length);
  return Math.max(1.1, Math.min(3, 26 / (rows + 3)));
}

/** Number as Swedish text (decimal comma, at most one decimal). */
export function formatValue(v: number): string {
  return oneDecimal(v);
}
