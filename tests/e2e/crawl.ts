/**
 * A crawler over the built HTML files (no browser, no server): every internal href, src,
 * srcset and form action must resolve to a file of the build, under the site's base, and
 * every #fragment to an id on the target page (or to a route that page's script opens, see
 * ROUTES); pages may link to other hosts, but never load anything from them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stepFromHash } from '../../src/lib/assessment-view';

const SITE = 'http://site.invalid';
/** Tags whose URL makes the page load something (as opposed to a link the user follows). */
const LOADS = new Set([
  'link',
  'script',
  'img',
  'source',
  'iframe',
  'video',
  'audio',
  'track',
  'embed',
  'object',
  'image',
  'use',
]);

/**
 * Fragments that a page's script reads as a route rather than an id, by the page's path under
 * the base: /sjalvskattning/#faktor-6 opens the guided flow at factor 6 (the chapters' link).
 */
const ROUTES: Record<string, (fragment: string) => boolean> = {
  'sjalvskattning/': (fragment) => stepFromHash(`#${fragment}`, true) !== null,
};

export interface CrawlResult {
  /** Site paths of the pages found, e.g. "/tsi/om-tsi/". */
  pages: string[];
  /** Internal references checked. */
  checked: number;
  /** What is wrong, one line each ("page: url: problem"). */
  problems: string[];
}

/** All .html files of the build (Pagefind's own folder excluded), relative to dir. */
export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

/** The site path a built file is served at: "om-tsi/index.html" → "/om-tsi/". */
export function pagePath(file: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + file.replace(/(^|\/)index\.html$/, '$1');
}

const decode = (v: string) =>
  v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every URL-carrying attribute of every tag: { tag, attr, value }. */
export function references(html: string): { tag: string; attr: string; value: string }[] {
  const out: { tag: string; attr: string; value: string }[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase();
    for (const a of m[2]!.matchAll(/\s(href|src|srcset|action|xlink:href|poster)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const attr = a[1]!.toLowerCase();
      const raw = decode(a[3] ?? a[4] ?? a[5] ?? '');
      if (attr === 'srcset') for (const part of raw.split(',')) out.push({ tag, attr, value: part.trim().split(/\s+/)[0] ?? '' });
      else out.push({ tag, attr, value: raw });
    }
  }
  return out;
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** Maps a site path to the built file that serves it, or undefined. */
function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rel = decodeURIComponent(path.slice(base.length));
  const candidate = join(dir, rel);
  if (rel === '' || rel.endsWith('/'))
    return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

export function crawl(dir: string, base = '/'): CrawlResult {
  const b = base.endsWith('/') ? base : `${base}/`;
  const files = htmlFiles(dir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = ids(readFileSync(file, 'utf8'))));
    return s;
  };
  const problems: string[] = [];
  let checked = 0;
  for (const file of files) {
    const page = pagePath(file, b);
    const html = readFileSync(join(dir, file), 'utf8');
    for (const { tag, attr, value } of references(html)) {
      if (!value || /^(mailto|tel|data|blob|javascript):/i.test(value)) {
        if (/^javascript:/i.test(value)) problems.push(`${page}: ${value}: javascript: URL`);
        continue;
      }
      const url = new URL(value, SITE + page);
      if (url.origin !== SITE) {
        if (LOADS.has(tag) || (tag === 'link' && attr === 'href'))
          problems.push(`${page}: <${tag} ${attr}="${value}">: loads from another host`);
        continue;
      }
      checked++;
      const target = fileFor(dir, b, url.pathname);
      if (!target) {
        problems.push(
          `${page}: <${tag} ${attr}="${value}">: ${url.pathname} is not in the build${url.pathname.startsWith(b) ? '' : ` (not under the base ${b})`}`,
        );
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const route = ROUTES[url.pathname.slice(b.length)];
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment) && !route?.(fragment))
        problems.push(`${page}: <${tag} ${attr}="${value}">: no id="${fragment}" on ${url.pathname}`);
    }
  }
  return { pages: files.map((f) => pagePath(f, b)), checked, problems };
}
