import { describe, expect, it } from 'vitest';
import { normaliseBase, prefixBase, prefixSrcset, prefixTree, satteriBasePlugin } from '../../../src/lib/rehype-base';

describe('prefixBase', () => {
  it('prefixes root-relative links with the base', () => {
    expect(prefixBase('/framgangsfaktorer/x/', '/tsi/')).toBe('/tsi/framgangsfaktorer/x/');
    expect(prefixBase('/om-tsi/#bakgrund', '/tsi')).toBe('/tsi/om-tsi/#bakgrund');
    expect(prefixBase('/', '/tsi/')).toBe('/tsi/');
    expect(prefixBase('/favicon.svg', 'a/b/')).toBe('/a/b/favicon.svg');
  });
  it('leaves everything else alone', () => {
    for (const u of [
      'https://www.socialstyrelsen.se/',
      '//cdn.example/x.js',
      '#exempel',
      'relativ/',
      '../x/',
      'mailto:a@b.se',
      '?q=1',
      '',
    ])
      expect(prefixBase(u, '/tsi/')).toBe(u);
  });
  it('does nothing at the root base and never prefixes twice', () => {
    expect(prefixBase('/om-tsi/', '/')).toBe('/om-tsi/');
    expect(prefixBase('/om-tsi/', '')).toBe('/om-tsi/');
    expect(prefixBase('/tsi/om-tsi/', '/tsi/')).toBe('/tsi/om-tsi/');
    expect(prefixBase('/tsi', '/tsi/')).toBe('/tsi');
    expect(prefixBase('/tsinfo/', '/tsi/')).toBe('/tsi/tsinfo/');
  });
  it('normalises the base', () => {
    expect(normaliseBase('/')).toBe('');
    expect(normaliseBase('/tsi/')).toBe('/tsi');
    expect(normaliseBase('tsi')).toBe('/tsi');
  });
  it('rewrites srcset entries', () => {
    expect(prefixSrcset('/a.png 1x, /b.png 2x, https://x/c.png 3x', '/tsi/')).toBe(
      '/tsi/a.png 1x, /tsi/b.png 2x, https://x/c.png 3x',
    );
  });
});

describe('prefixTree', () => {
  const tree = () => ({
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href: '/om-tsi/' }, children: [{ type: 'text' }] },
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'a', properties: { href: 'https://www.skolverket.se/' }, children: [] },
          {
            type: 'element',
            tagName: 'img',
            properties: { src: '/bild.svg', srcSet: ['/bild.svg 1x', '/bild2.svg 2x'] },
            children: [],
          },
        ],
      },
      {
        type: 'mdxJsxTextElement',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'href', value: '/sok/' },
          { type: 'mdxJsxAttribute', name: 'class', value: '/not-a-url' },
        ],
        children: [],
      },
    ],
  });

  it('rewrites root-relative href, src, srcset and JSX attributes in the whole tree', () => {
    const t = tree();
    expect(prefixTree(t, '/tsi/')).toBe(4);
    expect(JSON.stringify(t)).toContain('"href":"/tsi/om-tsi/"');
    expect(JSON.stringify(t)).toContain('"src":"/tsi/bild.svg"');
    expect(JSON.stringify(t)).toContain('"srcSet":"/tsi/bild.svg 1x, /tsi/bild2.svg 2x"');
    expect(JSON.stringify(t)).toContain('"value":"/tsi/sok/"');
    expect(JSON.stringify(t)).toContain('"value":"/not-a-url"');
    expect(JSON.stringify(t)).toContain('"href":"https://www.skolverket.se/"');
  });

  it('is the identity at the root base', () => {
    const t = tree();
    const before = JSON.stringify(t);
    prefixTree(t, '/');
    expect(JSON.stringify(t)).toBe(before);
  });
});

describe('satteriBasePlugin (the plugin astro.config.mjs uses)', () => {
  it('rewrites root-relative links when Sätteri renders Markdown', async () => {
    const { markdownToHtml } = await import('satteri');
    const md = '[Om TSI](/om-tsi/#bakgrund), [extern](https://www.skolverket.se/), [här](#x) ![bild](/bild.svg)';
    const { html } = await markdownToHtml(md, { hastPlugins: [satteriBasePlugin('/tsi/')] as never });
    expect(html).toContain('href="/tsi/om-tsi/#bakgrund"');
    expect(html).toContain('href="https://www.skolverket.se/"');
    expect(html).toContain('href="#x"');
    expect(html).toContain('src="/tsi/bild.svg"');
    const root = await markdownToHtml(md, { hastPlugins: [satteriBasePlugin('/')] as never });
    expect(root.html).toContain('href="/om-tsi/#bakgrund"');
  });
});
