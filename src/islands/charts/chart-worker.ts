/// <reference lib="webworker" />
/**
 * The chart worker: Chart.js is loaded and draws here, on the canvases the page hands over
 * (transferControlToOffscreen), so that the page's main thread stays free for the reader.
 * One worker serves every chart of a page; messages are in draw.ts. After each new drawing it
 * also makes the print image (a PNG the page shows in print and puts in the Word file).
 */
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { Chart } from './chartjs';
import { buildConfig } from './config';
import { heightFor, type DrawSpec, type FromWorker, type ToWorker } from './draw';
import { PRINT_WIDTH, type ChartData, type ChartKind } from './shape';

declare const self: DedicatedWorkerGlobalScope;

function fixedSize(config: ChartConfiguration): ChartConfiguration {
  // The canvas has no element to follow: its size is set by whoever draws (resize()).
  return { ...config, options: { ...config.options, responsive: false } };
}

/** Draws on a canvas without a page element (the worker's): `width` CSS px wide. */
function drawOffscreen(canvas: OffscreenCanvas, spec: DrawSpec, width: number): ChartJs {
  canvas.width = width;
  canvas.height = heightFor(spec, width);
  const config = buildConfig(spec.kind, spec.data, { pixelRatio: spec.pixelRatio, colors: spec.colors, narrow: spec.narrow });
  return new Chart(canvas as unknown as HTMLCanvasElement, fixedSize(config));
}

/** The print image as a PNG, drawn on an OffscreenCanvas at the fixed print size in light colours. */
async function printPngOffscreen(kind: ChartKind, data: ChartData): Promise<Blob> {
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

const charts = new Map<string, { canvas: OffscreenCanvas; chart?: ChartJs; spec?: DrawSpec }>();
const post = (reply: FromWorker) => self.postMessage(reply);

self.onmessage = async ({ data: m }: MessageEvent<ToWorker>) => {
  if (m.type === 'destroy') {
    charts.get(m.id)?.chart?.destroy();
    charts.delete(m.id);
    return;
  }
  const entry = charts.get(m.id) ?? (m.type === 'draw' && m.canvas ? { canvas: m.canvas } : undefined);
  if (!entry) return;
  charts.set(m.id, entry);
  try {
    if (m.type === 'resize') {
      if (!entry.spec) return;
      if (entry.chart && entry.spec.narrow === m.narrow) {
        entry.chart.resize(m.width, undefined);
        return;
      }
      // Across the narrow width the axis names change: draw anew.
      entry.spec = { ...entry.spec, narrow: m.narrow };
      entry.chart?.destroy();
      entry.chart = drawOffscreen(entry.canvas, entry.spec, m.width);
      post({ type: 'drawn', id: m.id, seq: m.seq });
      return;
    }
    entry.spec = m.spec;
    entry.chart?.destroy();
    entry.chart = drawOffscreen(entry.canvas, m.spec, m.width);
    post({ type: 'drawn', id: m.id, seq: m.seq });
    post({ type: 'print', id: m.id, seq: m.seq, png: await printPngOffscreen(m.spec.kind, m.spec.data) });
  } catch {
    post({ type: 'error', id: m.id, seq: m.seq });
  }
};
