/**
 * The page's side of the chart worker (chart-worker.ts): hands a canvas over to the worker once,
 * then asks it to draw, resize or forget, and passes on its replies. One worker per page, made
 * when the first chart is drawn. `canDrawInWorker()` says whether this browser can hand a canvas
 * to a worker; where it cannot, useChartDrawing.ts draws on the main thread (draw-here.ts).
 */
import type { DrawSpec, FromWorker, ToWorker } from './draw';

let worker: Worker | undefined;
const listeners = new Map<string, (reply: FromWorker) => void>();
let lastSeq = 0;

export function canDrawInWorker(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype
  );
}

function send(message: ToWorker, transfer: Transferable[] = []): void {
  if (!worker) {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => listeners.get(data.id)?.(data);
    // The worker's script could not be loaded (offline before it was ever cached): every chart says so.
    worker.onerror = () => {
      for (const [id, listener] of listeners) listener({ type: 'error', id, seq: lastSeq });
    };
  }
  worker.postMessage(message, transfer);
}

export interface WorkerChart {
  draw(spec: DrawSpec, width: number): void;
  resize(width: number, narrow: boolean): void;
  destroy(): void;
}

/**
 * A chart the worker draws on `canvas` (the canvas is handed over now; it cannot be drawn on
 * here any more). `onReply` gets the replies to the latest draw only (and any error).
 */
export function workerChart(id: string, canvas: HTMLCanvasElement, onReply: (reply: FromWorker) => void): WorkerChart {
  let offscreen: OffscreenCanvas | undefined = canvas.transferControlToOffscreen();
  let current = 0;
  listeners.set(id, (reply) => {
    if (reply.type === 'error' || reply.seq === current) onReply(reply);
  });
  return {
    draw(spec, width) {
      current = ++lastSeq;
      send({ type: 'draw', id, seq: current, spec, width, canvas: offscreen }, offscreen ? [offscreen] : []);
      offscreen = undefined;
    },
    resize(width, narrow) {
      send({ type: 'resize', id, seq: current, width, narrow });
    },
    destroy() {
      listeners.delete(id);
      send({ type: 'destroy', id });
    },
  };
}
