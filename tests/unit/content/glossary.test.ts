import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GLOSSARY, PAGES } from '../../../src/lib/glossary';

const read = (page: string) => readFileSync(`content/chapters/${page}.mdx`, 'utf8');
/** The page's prose: paragraphs and list items outside the frontmatter, "I korthet" and the sources. */
function prose(text: string): string {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let section = '';
  for (const line of body.split('\n')) {
    if (line.startsWith('#')) section = line;
    else if (section !== '## I korthet' && !section.startsWith('## Källor') && /^(- |\d+\. )?[A-ZÅÄÖa-zåäö"”(]/.test(line))
      out.push(line);
  }
  return out.join('\n');
}

describe('glossary', () => {
  it('defines every term once, on Om TSI', () => {
    const omTsi = read('om-tsi');
    for (const term of GLOSSARY) expect(omTsi.split(`id="${term.id}"`).length - 1, term.id).toBe(1);
  });

  it('links every term a guide page uses to its definition', () => {
    const missing: string[] = [];
    for (const page of PAGES) {
      const text = read(page);
      const words = prose(text).replace(/\[[^\]]*\]\([^)]*\)/g, ' ');
      for (const term of GLOSSARY) {
        const used = new RegExp(
          `(^|[^A-Za-zÅÄÖåäö0-9-])(${term.pattern})(?![A-Za-zÅÄÖåäö0-9])`,
          term.caseSensitive ? 'u' : 'iu',
        ).test(words);
        if (used && !text.includes(`(/om-tsi/#${term.id})`)) missing.push(`${page}: ${term.id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
