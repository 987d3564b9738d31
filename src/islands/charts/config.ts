/**
 * Builds the Chart.js configuration from the plain props (pure; no DOM).
 *
 * Gaps tell the truth: a null value ("Vet ej", not answered) is never drawn as a zero. On the
 * radar the line breaks (spanGaps: false), the area is filled only when nothing is missing (a
 * fill would run to the centre at a gap), and the gap's axis gets a hollow marker outside the
 * outer ring and its text under the axis name. In the bar chart a gap has no bar but a marker
 * and its text at the start of its row. Narrow radars (under NARROW px) name the axes by number
 * only; the figure then shows the numbered names beside the chart (Chart.tsx).
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartProps } from './types';
import { DASH, LIGHT, styleFor, withAlpha, type ChartColors } from './palette';
import { aspectRatio, formatValue, NARROW, type ChartData, type ChartKind } from './shape';

export { formatValue, NARROW, type ChartData, type ChartKind } from './shape';

/** The text of each gap of a dataset (null where there is a value). */
export function gapTexts(d: ChartProps['datasets'][number]): (string | null)[] {
  return d.values.map((v, i) => (v === null || v === undefined ? (d.texts?.[i] ?? '–') : null));
}

/** The first dataset's gaps get a hollow, dashed ring: a marker that cannot read as a value. */
function ring(ctx: CanvasRenderingContext2D, x: number, y: number, color: string) {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.setLineDash([3, 2]);
  ctx.beginPath();
  ctx.arc(x, y, 6, 0, Math.PI * 2);
  ctx.stroke();
  ctx.restore();
}

function gapPlugin(
  kind: ChartKind,
  gaps: (string | null)[],
  color: string,
  colors: ChartColors,
  min: number,
  fontSize: number,
): Plugin {
  return {
    id: 'tsiGaps',
    afterDatasetsDraw(chart: Chart) {
      const ctx = chart.ctx;
      if (kind === 'radar') {
        const r = chart.scales.r as unknown as {
          drawingArea: number;
          getPointPosition: (i: number, d: number) => { x: number; y: number };
        };
        gaps.forEach((g, i) => {
          if (g === null) return;
          const p = r.getPointPosition(i, r.drawingArea + 10);
          ring(ctx, p.x, p.y, color);
        });
        return;
      }
      const x = chart.scales.x!;
      const y = chart.scales.y!;
      gaps.forEach((g, i) => {
        if (g === null) return;
        const cy = y.getPixelForValue(i);
        const cx = x.getPixelForValue(min) + 10;
        ring(ctx, cx, cy, color);
        ctx.save();
        ctx.fillStyle = colors.text;
        ctx.font = `italic ${fontSize}px ${chart.options.font?.family ?? 'sans-serif'}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(g, cx + 12, cy);
        ctx.restore();
      });
    },
  };
}

/**
 * An axis name on two lines when it is long (split at the space nearest the middle): the
 * names then take less of the width and the radar itself gets more.
 */
export function wrapLabel(label: string, max = 14): string[] {
  if (label.length <= max) return [label];
  const mid = label.length / 2;
  let at = -1;
  for (let i = 0; i < label.length; i++) if (label[i] === ' ' && (at < 0 || Math.abs(i - mid) < Math.abs(at - mid))) at = i;
  return at < 0 ? [label] : [label.slice(0, at), label.slice(at + 1)];
}

export function buildConfig(
  kind: ChartKind,
  props: ChartData,
  opts: {
    pixelRatio: number;
    plugins?: Plugin[];
    colors?: ChartColors;
    narrow?: boolean;
    /** The print image: drawn wide and scaled down on paper, so its text is drawn larger. */
    print?: boolean;
  },
): ChartConfiguration {
  const { labels, datasets, min = 0, max = 4, step = 1 } = props;
  const colors = opts.colors ?? LIGHT;
  // Never animated: the chart is there at once (and a phone's main thread is not kept busy).
  const animation = false as const;
  const grid = { color: colors.grid };
  const font = (size: number) => (opts.print ? Math.round(size * 1.35) : size);
  // Our own tick text: Chart.js's default formats with Intl.NumberFormat, whose first use on a page
  // starts the browser's ICU (about 14 ms of main thread before the first chart is drawn).
  const ticks = {
    stepSize: step,
    color: colors.text,
    font: { size: font(12) },
    callback: (v: number | string) => formatValue(Number(v)),
  };
  const first = datasets[0];
  const gaps = first ? gapTexts(first) : [];
  const firstColor = styleFor(0, first?.dash, first?.color, colors).color;
  const plugins = [...(opts.plugins ?? []), gapPlugin(kind, gaps, firstColor, colors, min, font(12))];
  if (kind === 'radar') {
    const view = { narrow: opts.narrow ?? false };
    return {
      type: 'radar',
      data: {
        labels,
        datasets: datasets.map((d, i) => {
          const s = styleFor(i, d.dash, d.color, colors);
          const complete = d.values.every((v) => v !== null && v !== undefined);
          return {
            label: d.name,
            data: d.values,
            borderColor: s.color,
            backgroundColor: i === 0 && complete ? withAlpha(s.color, 0.12) : 'transparent',
            fill: i === 0 && complete,
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
        aspectRatio: aspectRatio('radar', props, view.narrow),
        events: [],
        color: colors.text,
        onResize: (_chart: Chart, size: { width: number }) => {
          view.narrow = size.width < NARROW;
        },
        scales: {
          r: {
            min,
            max,
            ticks: { ...ticks, backdropColor: withAlpha(colors.bg, 0.85), z: 1 },
            grid,
            angleLines: grid,
            pointLabels: {
              color: colors.text,
              padding: 16,
              font: (c: { index: number }) => ({ size: font(12.5), style: gaps[c.index] ? 'italic' : 'normal' }),
              callback: (label: string, i: number) => {
                const name = view.narrow ? [String(i + 1)] : wrapLabel(label);
                return gaps[i] ? [...name, gaps[i]] : name.length === 1 ? name[0] : name;
              },
            },
          },
        },
      },
      plugins,
    } as unknown as ChartConfiguration;
  }
  return {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d, i) => {
        const s = styleFor(i, d.dash, d.color, colors);
        const filled = s.dash === 'solid';
        return {
          label: d.name,
          data: d.values,
          backgroundColor: filled ? s.color : withAlpha(s.color, 0.18),
          borderColor: s.color,
          borderWidth: filled ? 0 : 2,
          // A level 0 is a value, not a gap: it gets a short stub so it never looks missing.
          minBarLength: 4,
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
      aspectRatio: aspectRatio('bar', props, false),
      events: [],
      color: colors.text,
      scales: {
        x: { min, max, ticks, grid },
        y: { ticks: { color: colors.text, font: { size: font(12.5) }, autoSkip: false }, grid: { display: false } },
      },
    },
    plugins,
  } as ChartConfiguration;
}
