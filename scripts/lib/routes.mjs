// The routes of a built site: every HTML page under dist/ except Pagefind's and the 404 page,
// as paths relative to the base ("" for the start page, "om-tsi/", …), sorted.
import { readdirSync } from 'node:fs';

export function routesOf(dist) {
  return readdirSync(dist, { recursive: true })
    .map((f) => String(f).replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && f !== '404.html')
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
