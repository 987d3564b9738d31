/** The search page's excerpt handling: Pagefind's <mark> becomes elements, everything else stays text. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptNodes } from '../../../src/scripts/search';

/** Just enough of Document for excerptNodes (no DOM in the unit project). */
const fakeDoc = {
  createTextNode: (text: string) => ({ kind: 'text', text }),
  createElement: (tag: string) => {
    const el = { kind: tag, children: [] as unknown[], append: (...c: unknown[]) => el.children.push(...c) };
    return el;
  },
} as unknown as Document;

describe('search excerpts', () => {
  it('rebuilds <mark> around hits and keeps the rest as text', () => {
    const nodes = excerptNodes('Ett <mark>tvärprofessionellt</mark> team &amp; mer', fakeDoc) as unknown[];
    expect(nodes).toEqual([
      { kind: 'text', text: 'Ett ' },
      expect.objectContaining({ kind: 'mark', children: [{ kind: 'text', text: 'tvärprofessionellt' }] }),
      { kind: 'text', text: ' team & mer' },
    ]);
  });

  it('never turns escaped markup into elements', () => {
    const nodes = excerptNodes('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>', fakeDoc) as unknown as { kind: string; text?: string }[];
    expect(nodes[0]).toEqual({ kind: 'text', text: '<script>alert(1)</script> ' });
    expect(nodes.filter((n) => n.kind !== 'text' && n.kind !== 'mark')).toEqual([]);
  });

  it('decodes the entities Pagefind emits', () => {
    expect(decodeEntities('a &lt;b&gt; &quot;c&quot; &#39;d&#039; &amp;amp;')).toBe('a <b> "c" \'d\' &amp;');
  });
});
