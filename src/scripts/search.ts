/**
 * The /sok/ page: reads ?q=, loads Pagefind 1.6 (from this site's own pagefind/ folder, so
 * it works under a sub-path) and renders results as plain DOM. Text is set with textContent;
 * Pagefind's excerpt contains only <mark> around hits, which we rebuild as nodes rather than
 * inject as HTML. The result count is announced through the status live region.
 */
import { searchStrings as s } from '../i18n/sv/common';

/** The part of Pagefind's browser API (pagefind.js, 1.6) that this page uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options: (o: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<PagefindFragment> }[] } | null>;
}

/** How many results are shown (Pagefind ranks them; the rest are counted, not loaded). */
export const MAX_RESULTS = 20;
/** How many matching sections are listed under a result. */
const MAX_SECTIONS = 3;

/** Turns Pagefind's excerpt ("text <mark>hit</mark> text") into nodes without parsing HTML. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  let inMark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
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

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

function resultItem(d: PagefindFragment, doc: Document): HTMLLIElement {
  const li = doc.createElement('li');
  const h = doc.createElement('h2');
  const a = doc.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const p = doc.createElement('p');
  // The excerpt is cut from the middle of the text.
  p.append('… ', ...excerptNodes(d.excerpt, doc), ' …');
  li.append(h, p);
  const sections = (d.sub_results ?? []).filter((r) => r.url !== d.url && r.title).slice(0, MAX_SECTIONS);
  if (sections.length) {
    const label = doc.createElement('p');
    label.className = 'search-results__sections-label';
    label.textContent = s.sections;
    const ul = doc.createElement('ul');
    ul.className = 'search-results__sections';
    for (const r of sections) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = r.url;
      link.textContent = r.title;
      item.append(link);
      ul.append(item);
    }
    li.append(label, ul);
  }
  return li;
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
    status.textContent = s.empty;
    input.focus();
    return;
  }
  document.title = `${s.titleWithQuery(q)} – ${document.title}`;
  status.textContent = s.loading;
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    const search = await pagefind.search(q);
    const results = search?.results ?? [];
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map((d) => resultItem(d, document)));
    status.textContent = !results.length
      ? s.noResults(q)
      : results.length > MAX_RESULTS
        ? `${s.results(results.length, q)}. ${s.showing(MAX_RESULTS)}`
        : s.results(results.length, q);
  } catch {
    status.textContent = s.failed;
  }
}
