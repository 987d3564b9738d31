/**
 * A chart figure: caption, a canvas drawn by Chart.js (loaded on first use), an <img> copy
 * of the chart for print (browsers do not always repaint a canvas for print; the image always
 * prints), a legend with line samples, a text summary and the same data as a real <table>. The
 * wrapper has role="img" and the summary as its name. The print image is drawn separately at
 * a fixed size (draw.ts), so it prints the same from any screen.
 *
 * data-chart-state on the figure: "loading" → "drawn" (the screen chart is drawn) → "ready"
 * (print image made); "error" when Chart.js could not be loaded. The drawing itself
 * (useChartDrawing.ts) happens in a worker where the browser allows it, never animated.
 */
import { useRef } from 'preact/hooks';
import './charts.css';
import type { ChartProps } from './types';
import { formatValue, type ChartKind } from './shape';
import { useChartDrawing } from './useChartDrawing';
import { DASH, styleFor } from './palette';
import { chart as chartStrings } from '../../i18n/sv/chart';

export function ChartFigure(props: ChartProps & { kind: ChartKind }) {
  const s = chartStrings;
  const { id, kind, labels, datasets, title, summary, table = true, labelHeader = s.factor, className } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imgRef = useRef<HTMLImageElement>(null);
  const state = useChartDrawing(id, kind, props, canvasRef, imgRef);

  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  const cell = (di: number, li: number) => {
    const d = datasets[di]!;
    const text = d.texts?.[li];
    if (text) return text;
    const v = d.values[li];
    return v === null || v === undefined ? '–' : formatValue(v);
  };

  return (
    <figure
      class={`chart chart--${kind}${className ? ` ${className}` : ''}`}
      data-chart-state={state}
      data-chart-kind={kind}
      aria-labelledby={captionId}
    >
      <div class="chart__visual">
        <figcaption id={captionId} class="chart__caption">
          {title}
        </figcaption>
        <div class="chart__image" role="img" aria-label={`${title}. ${summary}`}>
          <canvas ref={canvasRef} class="chart__canvas" aria-hidden="true" />
          <img ref={imgRef} id={`${id}-print`} class="chart__print" alt="" aria-hidden="true" />
        </div>
        {state === 'error' && <p class="notice notice--warn">{s.failed}</p>}
        {kind === 'radar' && (
          <ol class="chart__key" aria-hidden="true">
            {labels.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ol>
        )}
        {datasets.length > 1 && <ChartLegend kind={kind} datasets={datasets} />}
        <p id={summaryId} class="chart__summary">
          {summary}
        </p>
      </div>
      {table && (
        // Focusable so that keyboard users can scroll it when it is wider than the screen.
        <div class="table-scroll chart__table" tabIndex={0} role="region" aria-label={s.tableCaption(title)}>
          <table>
            <caption>{s.tableCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                {datasets.map((d, i) => (
                  <th scope="col" key={i}>
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((l, li) => (
                <tr key={li}>
                  <th scope="row">{l}</th>
                  {datasets.map((_, di) => (
                    <td key={di}>{cell(di, li)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

/** The legend: a line (radar) or bar (bar chart) sample per series, drawn like the chart draws it. */
function ChartLegend({ kind, datasets }: { kind: ChartKind; datasets: ChartProps['datasets'] }) {
  const s = chartStrings;
  return (
    <ul class="chart__legend" aria-label={s.legend}>
      {datasets.map((d, i) => {
        const st = styleFor(i, d.dash, d.color);
        const mark = `chart__swatch-mark chart__swatch-mark--${i % 5}`;
        return (
          <li key={i}>
            <svg class="chart__swatch" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
              {kind === 'radar' ? (
                <line
                  x1="1"
                  y1="6"
                  x2="35"
                  y2="6"
                  class={d.color ? undefined : mark}
                  stroke={st.color}
                  stroke-width="3"
                  stroke-dasharray={DASH[st.dash].join(' ') || undefined}
                />
              ) : (
                <rect
                  x="1"
                  y="1"
                  width="34"
                  height="10"
                  class={d.color ? undefined : `${mark}${st.dash === 'solid' ? ' chart__swatch-mark--filled' : ''}`}
                  fill={st.dash === 'solid' ? st.color : 'none'}
                  stroke={st.color}
                  stroke-width="2"
                />
              )}
            </svg>
            {d.name}
            {i > 0 && <span class="visually-hidden"> ({kind === 'radar' ? s.dashedLine : s.outlinedBar})</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function RadarChart(props: ChartProps) {
  return <ChartFigure {...props} kind="radar" />;
}

export function BarChart(props: ChartProps) {
  return <ChartFigure {...props} kind="bar" />;
}
