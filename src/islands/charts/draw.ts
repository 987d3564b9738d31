/**
 * Drawing a chart and its print image with Chart.js in the chart worker, on an OffscreenCanvas
 * (chart-worker.ts: the page's main thread stays free while Chart.js loads and draws), and what
 * the page and the worker share: the messages, the size of a drawing, PNG → data URL. Where a
 * browser cannot hand a canvas to a worker, draw-here.ts draws the same on the main thread.
 */
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { aspectRatio, buildConfig, PRINT_WIDTH, type ChartData, type ChartKind } from './config';
import type { ChartColors } from './palette';

/** Everything a drawing depends on (plain data, posted to the worker as it is). */
export interface DrawSpec {
  kind: ChartKind;
  data: ChartData;
  colors: ChartColors;
  /** Axes named by number only (the figure then lists the names beside the chart). */
  narrow: boolean;
  pixelRatio: number;
}

/** Messages to the worker: draw (with the canvas the first time), resize, forget. */
export type ToWorker =
  | { type: 'draw'; id: string; seq: number; spec: DrawSpec; width: number; canvas?: OffscreenCanvas }
  | { type: 'resize'; id: string; seq: number; width: number; narrow: boolean }
  | { type: 'destroy'; id: string };

/** Replies: the screen chart is drawn; the print image (PNG); drawing failed. */
export type FromWorker =
  | { type: 'drawn'; id: string; seq: number }
  | { type: 'print'; id: string; seq: number; png: Blob | null }
  | { type: 'error'; id: string; seq: number };

/** The drawing's height for a width (CSS px), as Chart.js computes it with maintainAspectRatio. */
export function heightFor(spec: Pick<DrawSpec, 'kind' | 'data' | 'narrow'>, width: number): number {
  return Math.floor(width / aspectRatio(spec.kind, spec.data, spec.narrow));
}

function fixedSize(config: ChartConfiguration): ChartConfiguration {
  // The canvas has no element to follow: its size is set by whoever draws (resize()).
  return { ...config, options: { ...config.options, responsive: false } };
}

/** Draws on a canvas without a page element (the worker's): `width` CSS px wide. */
export function drawOffscreen(Chart: typeof ChartJs, canvas: OffscreenCanvas, spec: DrawSpec, width: number): ChartJs {
  canvas.width = width;
  canvas.height = heightFor(spec, width);
  const config = buildConfig(spec.kind, spec.data, { pixelRatio: spec.pixelRatio, colors: spec.colors, narrow: spec.narrow });
  return new Chart(canvas as unknown as HTMLCanvasElement, fixedSize(config));
}

/** The print image as a PNG, drawn on an OffscreenCanvas at the fixed print size in light colours. */
export async function printPngOffscreen(Chart: typeof ChartJs, kind: ChartKind, data: ChartData): Promise<Blob> {
  const width = PRINT_WIDTH[kind];
  const canvas = new OffscreenCanvas(width, heightFor({ kind, data, narrow: false }, width));
  const chart = new Chart(
    canvas as unknown as HTMLCanvasElement,
    fixedSize(buildConfig(kind, data, { pixelRatio: 2, print: true })),
  );
  try {
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    chart.destroy();
  }
}

/** A PNG as a data URL (the CSP allows img-src data:; the Word file reads the same URL). */
export function dataUrl(blob: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}
