/**
 * The main-thread way to draw (loaded with import() only where a browser cannot hand a canvas
 * to the chart worker): the same configuration as the worker's drawing (draw.ts), never animated.
 */
import type { Chart as ChartJs, Plugin } from 'chart.js';
import { Chart } from './chartjs';
import { buildConfig } from './config';
import { PRINT_WIDTH, type ChartData, type ChartKind } from './shape';
import type { DrawSpec } from './draw';

/** Draws on the page's own canvas (main thread), which Chart.js sizes to its container. */
export function drawHere(canvas: HTMLCanvasElement, spec: DrawSpec, plugins: Plugin[]): ChartJs {
  const config = buildConfig(spec.kind, spec.data, {
    pixelRatio: spec.pixelRatio,
    plugins,
    colors: spec.colors,
    narrow: spec.narrow,
  });
  return new Chart(canvas, config);
}

/**
 * The print image on the main thread: drawn off screen at the fixed print size and encoded with
 * toBlob (which the browser does off the main thread, unlike toDataURL).
 */
export async function printPngHere(kind: ChartKind, data: ChartData): Promise<Blob | null> {
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
    chart = new Chart(canvas, buildConfig(kind, data, { pixelRatio: 2, print: true }));
    chart.draw();
    if (canvas.width === 0) return null;
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    chart?.destroy();
    holder.remove();
  }
}
