/** Colours (each ≥ 4.5:1 against white) and line styles for chart datasets, in order. */
import type { DashStyle } from './types';

export const PALETTE = ['#1d4f6e', '#a33f00', '#5b2a86', '#1e6b35', '#8a1c3c'] as const;
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;
export const DASH_ORDER: DashStyle[] = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'];

export const DASH: Record<DashStyle, number[]> = {
  solid: [],
  dashed: [8, 5],
  dotted: [2, 4],
  dashdot: [10, 4, 2, 4],
  longdash: [16, 6],
};

export function styleFor(i: number, dash?: DashStyle, color?: string) {
  return {
    color: color ?? PALETTE[i % PALETTE.length]!,
    dash: dash ?? DASH_ORDER[i % DASH_ORDER.length]!,
    pointStyle: POINT_STYLES[i % POINT_STYLES.length]!,
  };
}

/** Colour with alpha, from #rrggbb. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
