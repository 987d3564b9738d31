/// <reference lib="webworker" />
/**
 * The chart worker: Chart.js is loaded and draws here, on the canvases the page hands over
 * (transferControlToOffscreen), so that the page's main thread stays free for the reader.
 * One worker serves every chart of a page; messages are in draw.ts. After each new drawing it
 * also makes the print image (a PNG the page shows in print and puts in the Word file).
 */
import type { Chart as ChartJs } from 'chart.js';
import { Chart } from './chartjs';
import { drawOffscreen, printPngOffscreen, type DrawSpec, type FromWorker, type ToWorker } from './draw';

declare const self: DedicatedWorkerGlobalScope;

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
      entry.chart = drawOffscreen(Chart, entry.canvas, entry.spec, m.width);
      post({ type: 'drawn', id: m.id, seq: m.seq });
      return;
    }
    entry.spec = m.spec;
    entry.chart?.destroy();
    entry.chart = drawOffscreen(Chart, entry.canvas, m.spec, m.width);
    post({ type: 'drawn', id: m.id, seq: m.seq });
    post({ type: 'print', id: m.id, seq: m.seq, png: await printPngOffscreen(Chart, m.spec.kind, m.spec.data) });
  } catch {
    post({ type: 'error', id: m.id, seq: m.seq });
  }
};
