// Placeholder so `npm run bench` runs from the start; the reading-edition work replaces it
// with per-route byte counts.
import { readdirSync } from 'node:fs';
export default async function ({ dist, report }) {
  report('Files in dist', readdirSync(dist, { recursive: true }).length, '');
}
