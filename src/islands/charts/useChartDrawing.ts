/**
 * Draws a chart figure's canvas and its print image: in the chart worker where the browser can
 * hand a canvas to a worker (chart-client.ts), else on the main thread (draw-here.ts). Never
 * animated. Redrawn when the data or the colour scheme changes (the colours come from CSS
 * custom properties). Returns the figure's state:
 * "loading" → "drawn" (the screen chart is drawn) → "ready" (the print image is there);
 * "error" when Chart.js could not be loaded.
 */
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import type { Chart as ChartJs } from 'chart.js';
import { NARROW, type ChartData, type ChartKind } from './shape';
import { dataUrl, heightFor, type DrawSpec, type FromWorker } from './draw';
import { canDrawInWorker, workerChart, type WorkerChart } from './chart-client';
import { colorsFrom } from './palette';

export type ChartState = 'loading' | 'drawn' | 'ready' | 'error';

export function useChartDrawing(
  id: string,
  kind: ChartKind,
  data: ChartData,
  canvasRef: MutableRef<HTMLCanvasElement | null>,
  imgRef: MutableRef<HTMLImageElement | null>,
): ChartState {
  const [state, setState] = useState<ChartState>('loading');
  const [scheme, setScheme] = useState(0);
  // Bumped when the box crosses the narrow width on the main-thread path (the worker redraws itself).
  const [layout, setLayout] = useState(0);
  const dataKey = JSON.stringify([kind, data.labels, data.datasets, data.min, data.max, data.step, scheme, layout]);
  const worker = useRef<WorkerChart | null>(null);
  const onReply = useRef<(reply: FromWorker) => void>(() => {});

  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setScheme((n) => n + 1);
    mq?.addEventListener?.('change', onChange);
    return () => {
      mq?.removeEventListener?.('change', onChange);
      worker.current?.destroy();
    };
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    setState('loading');
    const width = () => canvas.parentElement?.clientWidth ?? 0;
    const spec: DrawSpec = {
      kind,
      data: { labels: data.labels, datasets: data.datasets, min: data.min, max: data.max, step: data.step },
      colors: colorsFrom(canvas),
      narrow: width() < NARROW,
      pixelRatio: Math.max(2, window.devicePixelRatio || 1),
    };
    const drawn = () => setState((st) => (st === 'loading' ? 'drawn' : st));
    const showPrint = (png: Blob | null) =>
      png &&
      void dataUrl(png).then((src) => {
        if (cancelled || !src || !imgRef.current) return;
        imgRef.current.src = src;
        setState('ready');
      });

    if (worker.current || canDrawInWorker()) {
      // The canvas keeps the size the drawing will have, so nothing moves when it arrives.
      const size = (w: number, narrow: boolean) => {
        canvas.style.width = `${w}px`;
        canvas.style.height = `${heightFor({ ...spec, narrow }, w)}px`;
      };
      let lastWidth = width();
      size(lastWidth, spec.narrow);
      onReply.current = (reply) => {
        if (cancelled) return;
        if (reply.type === 'drawn') drawn();
        else if (reply.type === 'print') showPrint(reply.png);
        else setState('error');
      };
      worker.current ??= workerChart(id, canvas, (reply) => onReply.current(reply));
      worker.current.draw(spec, lastWidth);
      const observer = new ResizeObserver(() => {
        const w = width();
        if (w === lastWidth || !worker.current) return;
        lastWidth = w;
        size(w, w < NARROW);
        worker.current.resize(w, w < NARROW);
      });
      if (canvas.parentElement) observer.observe(canvas.parentElement);
      return () => {
        cancelled = true;
        observer.disconnect();
      };
    }

    let chart: ChartJs | undefined;
    // Chart.js follows the box's width itself; across the narrow width the axis names and the
    // shape change, so the chart is drawn anew (as the worker does).
    const observer = new ResizeObserver(() => {
      if (width() < NARROW !== spec.narrow) setLayout((n) => n + 1);
    });
    if (canvas.parentElement) observer.observe(canvas.parentElement);
    import('./draw-here')
      .then(({ drawHere, printPngHere }) => {
        if (cancelled) return;
        let printed = false;
        const rendered = {
          id: 'tsiRendered',
          afterRender: () => {
            drawn();
            if (printed || cancelled) return;
            printed = true;
            // The print image in a later task, not inside Chart.js's render.
            setTimeout(() => {
              if (!cancelled) void printPngHere(kind, spec.data).then(showPrint, () => {});
            }, 0);
          },
        };
        chart = drawHere(canvas, spec, [rendered]);
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [dataKey]);

  return state;
}
