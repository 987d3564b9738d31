/** The search page's rendering: marks become elements, everything else stays text. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, hits, plainExcerpt, segmentNodes } from '../../../src/scripts/search';
import { queryTerms } from '../../../src/lib/search-match';

/** Just enough of Document for segmentNodes (no DOM in the unit project). */
const fakeDoc = {
  createTextNode: (text: string) => ({ kind: 'text', text }),
  createElement: (tag: string) => {
    const el = { kind: tag, children: [] as unknown[], append: (...c: unknown[]) => el.children.push(...c) };
    return el;
  },
} as unknown as Document;

describe('search results', () => {
  it('puts marked words in <mark> and keeps the rest as text', () => {
    const nodes = segmentNodes(
      [
        { text: 'Ett ', mark: false },
        { text: 'tvärprofessionellt', mark: true },
        { text: ' team & mer', mark: false },
      ],
      fakeDoc,
    ) as unknown[];
    expect(nodes).toEqual([
      { kind: 'text', text: 'Ett ' },
      expect.objectContaining({ kind: 'mark', children: [{ kind: 'text', text: 'tvärprofessionellt' }] }),
      { kind: 'text', text: ' team & mer' },
    ]);
  });

  it('never turns markup in the text into elements', () => {
    const nodes = segmentNodes([{ text: '<script>alert(1)</script> ', mark: false }], fakeDoc) as unknown as {
      kind: string;
      text?: string;
    }[];
    expect(nodes).toEqual([{ kind: 'text', text: '<script>alert(1)</script> ' }]);
  });

  it('decodes the entities Pagefind emits, and reads a section excerpt as plain words', () => {
    expect(decodeEntities('a &lt;b&gt; &quot;c&quot; &#39;d&#039; &amp;amp;')).toBe('a <b> "c" \'d\' &amp;');
    expect(plainExcerpt('Vad betyder T, <mark>S</mark> och I &amp; mer')).toBe('Vad betyder T, S och I & mer');
  });

  it('keeps only candidates whose text holds every query word, once each, in the index order', () => {
    const page = (url: string, content: string) => ({ url, content, meta: { title: url } });
    const candidates = [
      page('/a/', 'Barn och unga får stöd.'),
      page('/b/', 'Barnkonventionen är svensk lag.'),
      page('/b/', 'Barnkonventionen är svensk lag.'),
      page('/c/', 'Barnkonventionens artiklar.'),
    ];
    expect(hits(candidates, queryTerms('barnkonventionen')).map((d) => d.url)).toEqual(['/b/', '/c/']);
    expect(hits(candidates, queryTerms('barn lag')).map((d) => d.url)).toEqual(['/b/']);
  });
});
