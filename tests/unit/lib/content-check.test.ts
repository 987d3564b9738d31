import { describe, expect, it } from 'vitest';
import { countWords, h2Headings, internalTarget, links, plainText } from '../../../src/lib/content-check';

describe('content-check helpers', () => {
  const mdx = [
    "import X from './x.astro';",
    '',
    '## Vad faktorn innebär',
    '',
    'Ett **tvärprofessionellt** team. Läs [Om TSI](/om-tsi/#bakgrund) och [Skolverket](https://www.skolverket.se/).',
    '',
    '```',
    '## inte en rubrik [x](/finns-inte/)',
    '```',
    '',
    '## Exempel ##',
    '- en punkt med <a href="/sok/">länk</a>',
    '',
    '[ref]: /skriv-ut/',
  ].join('\n');

  it('finds level-2 headings outside code', () => {
    expect(h2Headings(mdx)).toEqual(['Vad faktorn innebär', 'Exempel']);
  });

  it('finds links in Markdown, JSX attributes and reference definitions, not in code', () => {
    expect(links(mdx)).toEqual(['/om-tsi/#bakgrund', 'https://www.skolverket.se/', '/sok/', '/skriv-ut/']);
  });

  it('counts the readable words only', () => {
    const text = plainText(mdx);
    expect(text).not.toContain('import');
    expect(text).not.toContain('skolverket.se');
    expect(text).not.toContain('inte en rubrik');
    // Vad faktorn innebär (3) Ett tvärprofessionellt team. Läs Om TSI och Skolverket. (8)
    // Exempel (1) en punkt med länk (4); the reference definition is not text
    expect(countWords(text)).toBe(16);
    expect(countWords('  – en  två, 3 ')).toBe(3);
  });

  it('splits internal targets into path and fragment', () => {
    expect(internalTarget('/om-tsi/#bakgrund')).toEqual({ path: '/om-tsi/', fragment: 'bakgrund' });
    expect(internalTarget('/sok/?q=team')).toEqual({ path: '/sok/', fragment: '' });
    expect(internalTarget('https://x.se/')).toBeUndefined();
    expect(internalTarget('//x.se/')).toBeUndefined();
    expect(internalTarget('#exempel')).toBeUndefined();
  });
});
