/**
 * Colours and line styles for chart datasets, in order. The screen colours come from the page's
 * CSS custom properties (charts.css: --chart-1…5, light and dark), read with getComputedStyle,
 * so a chart follows the colour scheme; the print image always uses LIGHT (paper is light).
 * Every series colour keeps ≥ 4.5:1 against its background; datasets also differ in line
 * style and point shape, so nothing relies on colour alone.
 */
import type { DashStyle } from './types';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  bg: string;
  series: string[];
}

export const LIGHT: ChartColors = {
  text: '#1a1a1a',
  muted: '#4a4f55',
  grid: '#c4cad1',
  bg: '#ffffff',
  series: ['#1d4f6e', '#a33f00', '#5b2a86', '#1e6b35', '#8a1c3c'],
};

export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;
export const DASH_ORDER: DashStyle[] = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'];

export const DASH: Record<DashStyle, number[]> = {
  solid: [],
  dashed: [8, 5],
  dotted: [2, 4],
  dashdot: [10, 4, 2, 4],
  longdash: [16, 6],
};

/** The colours in force on `el` (its CSS custom properties), each falling back to LIGHT. */
export function colorsFrom(el: Element): ChartColors {
  const cs = getComputedStyle(el);
  const get = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    text: get('--c-text', LIGHT.text),
    muted: get('--c-muted', LIGHT.muted),
    grid: get('--c-border', LIGHT.grid),
    bg: get('--c-bg', LIGHT.bg),
    series: LIGHT.series.map((c, i) => get(`--chart-${i + 1}`, c)),
  };
}

export function styleFor(i: number, dash?: DashStyle, color?: string, colors: ChartColors = LIGHT) {
  return {
    color: color ?? colors.series[i % colors.series.length]!,
    dash: dash ?? DASH_ORDER[i % DASH_ORDER.length]!,
    pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
  };
}

/** Colour with alpha, from #rrggbb (other forms are returned unchanged). */
export function withAlpha(hex: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
