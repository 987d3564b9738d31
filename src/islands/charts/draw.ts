/**
 * What the page and the chart worker (chart-worker.ts) share: the messages, the size of a
 * drawing and PNG → data URL. Small: no Chart.js and no chart configuration in here.
 */
import { aspectRatio, type ChartData, type ChartKind } from './shape';
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

/** A PNG as a data URL (the CSP allows img-src data:; the Word file reads the same URL). */
export function dataUrl(blob: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}
