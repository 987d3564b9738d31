/**
 * A chart figure: caption, a canvas drawn by Chart.js (loaded with import() on first use),
 * an <img> copy of the canvas for print (browsers do not always repaint a canvas for print;
 * the image always prints), a legend with line samples, a text summary and the same data as a
 * real <table>. The wrapper has role="img" and the summary as its name. The print image is
 * drawn separately at a fixed size (see printImage), so it prints the same from any screen.
 *
 * data-chart-state on the figure: "loading" → "drawn" (Chart.js finished its first render)
 * → "ready" (print image made); "error" when Chart.js could not be loaded.
 * data-chart-animation: "on" | "off". The first drawing is not animated (it only costs a phone
 * main-thread time while the page loads); a redraw after a change (another assessment, another
 * colour scheme) animates, unless the user prefers reduced motion.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart as ChartJs } from 'chart.js';
import './charts.css';
import type { ChartProps } from './types';
import { buildConfig, formatValue, NARROW, type ChartKind } from './config';
import { colorsFrom, DASH, styleFor } from './palette';
import { chart as chartStrings } from '../../i18n/sv/chart';

type State = 'loading' | 'drawn' | 'ready' | 'error';

export function ChartFigure(props: ChartProps & { kind: ChartKind }) {
  const s = chartStrings;
  const { id, kind, labels, datasets, title, summary, table = true, labelHeader = s.factor, className } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imgRef = useRef<HTMLImageElement>(null);
  const [state, setState] = useState<State>('loading');
  const [animated, setAnimated] = useState<boolean | null>(null);
  const drawnBefore = useRef(false);
  // Redrawn when the colour scheme changes (the colours come from CSS custom properties).
  const [scheme, setScheme] = useState(0);
  const dataKey = JSON.stringify([kind, labels, datasets, props.min, props.max, props.step, scheme]);

  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setScheme((n) => n + 1);
    mq?.addEventListener?.('change', onChange);
    return () => mq?.removeEventListener?.('change', onChange);
  }, []);

  useEffect(() => {
    let chart: ChartJs | undefined;
    let cancelled = false;
    setState('loading');
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const animate = drawnBefore.current && !reducedMotion;
    import('./chartjs')
      .then(({ Chart }) => {
        if (cancelled || !canvasRef.current) return;
        let printed = false;
        const plugin = {
          id: 'tsiRendered',
          afterRender: () => {
            setState((st) => (st === 'loading' ? 'drawn' : st));
            if (printed || cancelled) return;
            printed = true;
            // After the screen chart, draw the print image (in a later task, not inside Chart.js's render).
            setTimeout(() => {
              if (cancelled) return;
              void printImage(Chart, kind, props).then((src) => {
                if (cancelled || !imgRef.current || !src) return;
                imgRef.current.src = src;
                setState('ready');
              });
            }, 0);
          },
        };
        const canvas = canvasRef.current;
        const config = buildConfig(kind, props, {
          animate,
          pixelRatio: Math.max(2, window.devicePixelRatio || 1),
          plugins: [plugin],
          colors: colorsFrom(canvas),
          narrow: (canvas.parentElement?.clientWidth ?? NARROW) < NARROW,
        });
        setAnimated(animate);
        chart = new Chart(canvas, config);
        drawnBefore.current = true;
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [dataKey]);

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
      data-chart-animation={animated === null ? undefined : animated ? 'on' : 'off'}
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

/** Print size of the image in CSS pixels (fonts are sized for this; print scales it to the page). */
const PRINT_WIDTH: Record<ChartKind, number> = { radar: 760, bar: 820 };

/**
 * Draws the chart once more at a fixed print size, off screen and without animation, and
 * resolves with it as a PNG data URL (the CSP allows img-src data:; the Word file reads the
 * same URL). The print image therefore does not depend on the size of the screen the report
 * was opened on. The PNG is encoded with toBlob, which the browser does off the main thread
 * (toDataURL encoded it on the main thread: the longest task of a page with two charts).
 */
async function printImage(Chart: typeof ChartJs, kind: ChartKind, props: ChartProps): Promise<string | null> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.setProperty('position', 'fixed');
  holder.style.setProperty('left', '-10000px');
  holder.style.setProperty('top', '0');
  holder.style.setProperty('width', `${PRINT_WIDTH[kind]}px`);
  const canvas = document.createElement('canvas');
  holder.append(canvas);
  document.body.append(holder);
  let chart: ChartJs | undefined;
  try {
    const config = buildConfig(kind, props, { animate: false, pixelRatio: 2, print: true });
    chart = new Chart(canvas, config);
    chart.draw();
    if (canvas.width === 0) return null;
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return png ? await dataUrl(png) : null;
  } catch {
    return null;
  } finally {
    chart?.destroy();
    holder.remove();
  }
}

function dataUrl(blob: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}

export function RadarChart(props: ChartProps) {
  return <ChartFigure {...props} kind="radar" />;
}

export function BarChart(props: ChartProps) {
  return <ChartFigure {...props} kind="bar" />;
}
