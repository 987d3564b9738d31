/** Builds the Chart.js configuration from the plain props (pure; no DOM). */
import { oneDecimal } from '../../lib/format';
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartProps } from './types';
import { DASH, styleFor, withAlpha } from './palette';

export type ChartKind = 'radar' | 'bar';

export function buildConfig(
  kind: ChartKind,
  props: ChartProps,
  opts: { reducedMotion: boolean; pixelRatio: number; plugins?: Plugin[] },
): ChartConfiguration {
  const { labels, datasets, min = 0, max = 4, step = 1 } = props;
  const animation = opts.reducedMotion ? (false as const) : { duration: 350 };
  const grid = { color: '#c4cad1' };
  const ticks = { stepSize: step, color: '#1a1a1a', font: { size: 12 } };
  if (kind === 'radar') {
    return {
      type: 'radar',
      data: {
        labels,
        datasets: datasets.map((d, i) => {
          const s = styleFor(i, d.dash, d.color);
          return {
            label: d.name,
            data: d.values,
            borderColor: s.color,
            backgroundColor: i === 0 ? withAlpha(s.color, 0.12) : 'transparent',
            fill: i === 0,
            borderWidth: 2.5,
            borderDash: DASH[s.dash],
            pointStyle: s.pointStyle,
            pointRadius: 4,
            pointBackgroundColor: s.color,
            pointBorderColor: s.color,
            spanGaps: false,
          };
        }),
      },
      options: {
        animation,
        devicePixelRatio: opts.pixelRatio,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1.35,
        events: [],
        scales: {
          r: {
            min,
            max,
            ticks: { ...ticks, backdropColor: 'rgba(255,255,255,0.85)', z: 1 },
            grid,
            angleLines: grid,
            pointLabels: { color: '#1a1a1a', font: { size: 12.5 } },
          },
        },
      },
      plugins: opts.plugins ?? [],
    } as ChartConfiguration;
  }
  const rows = labels.length * Math.max(1, datasets.length);
  return {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d, i) => {
        const s = styleFor(i, d.dash, d.color);
        const filled = s.dash === 'solid';
        return {
          label: d.name,
          data: d.values,
          backgroundColor: filled ? s.color : withAlpha(s.color, 0.18),
          borderColor: s.color,
          borderWidth: filled ? 0 : 2,
          barPercentage: 0.85,
          categoryPercentage: 0.8,
        };
      }),
    },
    options: {
      indexAxis: 'y',
      animation,
      devicePixelRatio: opts.pixelRatio,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: Math.max(1.1, Math.min(3, 26 / (rows + 3))),
      events: [],
      scales: {
        x: { min, max, ticks, grid },
        y: { ticks: { color: '#1a1a1a', font: { size: 12.5 }, autoSkip: false }, grid: { display: false } },
      },
    },
    plugins: opts.plugins ?? [],
  } as ChartConfiguration;
}

/** Number as Swedish text (decimal comma, at most one decimal). */
export function formatValue(v: number): string {
  return oneDecimal(v);
}
