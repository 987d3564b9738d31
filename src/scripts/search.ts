/**
 * The /sok/ page: reads ?q=, loads Pagefind (from this site's own /pagefind/ folder) and
 * renders results as plain DOM (text set with textContent; Pagefind's excerpt contains only
 * <mark> around hits, which we rebuild ourselves rather than inject as HTML).
 */
import { common } from '../i18n/sv/common';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

/** Turns Pagefind's excerpt ("text <mark>hit</mark> text") into nodes without parsing HTML. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = doc.createTextNode(decodeEntities(part));
      if (inMark) {
        const m = doc.createElement('mark');
        m.append(text);
        nodes.push(m);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function runSearchPage(): Promise<void> {
  const config = document.getElementById('search-config');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (!config || !status || !list || !input) return;
  const base = config.dataset.base ?? '/';
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = q;
  const headerInput = document.getElementById('site-search-q') as HTMLInputElement | null;
  if (headerInput) headerInput.value = q;
  if (!q) {
    input.focus();
    return;
  }
  status.textContent = common.search.loading;
  try {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        h.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(d.excerpt, document));
        li.append(h, p);
        return li;
      }),
    );
    status.textContent = data.length ? common.search.results(search.results.length, q) : common.search.noResults(q);
  } catch {
    status.textContent = common.search.failed;
  }
}
