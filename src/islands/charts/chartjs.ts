/**
 * Chart.js with only what the charts use registered. Imported by the chart worker
 * (chart-worker.ts) and, where a browser has no OffscreenCanvas, by draw-here.ts (with import()),
 * so Chart.js is downloaded only on pages that draw a chart.
 */
import {
  Chart,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
} from 'chart.js';

Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
);
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export { Chart };
