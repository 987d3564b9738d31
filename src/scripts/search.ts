/**
 * The /sok/ page: reads ?q=, loads Pagefind 1.6 (from this site's own pagefind/ folder, so
 * it works under a sub-path) and renders results as plain DOM (textContent only, never HTML).
 * Pagefind proposes candidate pages for the query and for its stems; src/lib/search-match.ts
 * decides which are hits, cuts the excerpt around the first matching word and marks only
 * words that match. The result count is announced through the status live region.
 */
import { searchStrings as s } from '../i18n/sv/common';
import { excerpt, matchesAll, matchesAny, queryTerms, type Segment, type Term } from '../lib/search-match';

/** The part of Pagefind's browser API (pagefind.js, 1.6) that this page uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options: (o: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<PagefindFragment> }[] } | null>;
}

/** How many results are shown (the rest are counted). */
export const MAX_RESULTS = 20;
/** How many matching sections are listed under a result. */
const MAX_SECTIONS = 3;

/** Segments as nodes: marked words in <mark>, everything else as text. */
export function segmentNodes(segments: Segment[], doc: Document): Node[] {
  return segments.map((seg) => {
    const text = doc.createTextNode(seg.text);
    if (!seg.mark) return text;
    const m = doc.createElement('mark');
    m.append(text);
    return m;
  });
}

/** Pagefind's section excerpts come as HTML with <mark>; we only need their plain words. */
export function plainExcerpt(html: string): string {
  return decodeEntities(html.replace(/<\/?mark>/g, ''));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The hits among Pagefind's candidates: pages whose text holds every query word (or a form of
 * it), in Pagefind's order, without repeats.
 */
export function hits(candidates: PagefindFragment[], terms: Term[]): PagefindFragment[] {
  const seen = new Set<string>();
  return candidates.filter((d) => {
    if (seen.has(d.url) || !matchesAll(`${d.meta.title ?? ''} ${d.content}`, terms)) return false;
    seen.add(d.url);
    return true;
  });
}

function resultItem(d: PagefindFragment, terms: Term[], doc: Document): HTMLLIElement {
  const li = doc.createElement('li');
  const h = doc.createElement('h2');
  const a = doc.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  const p = doc.createElement('p');
  const cut = excerpt(d.content, terms);
  p.append(cut.cutStart ? '… ' : '', ...segmentNodes(cut.segments, doc), cut.cutEnd ? ' …' : '');
  li.append(h, p);
  // The sections of the page where a query word stands.
  const sections = (d.sub_results ?? [])
    .filter((r) => r.url !== d.url && r.title && matchesAny(`${r.title} ${plainExcerpt(r.excerpt)}`, terms))
    .slice(0, MAX_SECTIONS);
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
  const terms = queryTerms(q);
  if (!terms.length) {
    status.textContent = s.empty;
    input.focus();
    return;
  }
  document.title = `${s.titleWithQuery(q)} – ${document.title}`;
  status.textContent = s.loading;
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    // The query as typed, then its stems ("tvärprofessionellt" → "tvärprofessionell"), so that
    // every inflected form finds the same pages.
    const queries = [...new Set([terms.map((t) => t.word).join(' '), terms.map((t) => t.stem).join(' ')])];
    const found = await Promise.all(queries.map((query) => pagefind.search(query)));
    const candidates = found.flatMap((r) => r?.results ?? []);
    const unique = [...new Map(candidates.map((r) => [r.id, r])).values()];
    const data = await Promise.all(unique.map((r) => r.data()));
    const matched = hits(data, terms);
    list.replaceChildren(...matched.slice(0, MAX_RESULTS).map((d) => resultItem(d, terms, document)));
    status.textContent = !matched.length
      ? s.noResults(q)
      : matched.length > MAX_RESULTS
        ? `${s.results(matched.length, q)}. ${s.showing(MAX_RESULTS)}`
        : s.results(matched.length, q);
  } catch {
    status.textContent = s.failed;
  }
}
