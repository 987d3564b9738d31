/**
 * Chart.js with only what the charts use registered. Imported dynamically (import()) by
 * Chart.tsx, so Chart.js is downloaded only on pages that draw a chart.
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
