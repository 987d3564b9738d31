#!/usr/bin/env node
// Links the first use of each glossary term (defined once, on /om-tsi/) in each guide page to
// its definition. Run after writing text: `node scripts/link-glossary.mjs`. It only touches
// plain paragraphs and list items (not headings, components, existing links or the "I korthet"
// list), and never a page's own definition. The content test checks that it stays so.
import { readFileSync, writeFileSync } from 'node:fs';
import { GLOSSARY, PAGES } from '../src/lib/glossary.ts';

const L = 'A-Za-zÅÄÖåäöÉé0-9';
let changed = 0;
for (const page of PAGES) {
  const file = `content/chapters/${page}.mdx`;
  const lines = readFileSync(file, 'utf8').split('\n');
  let inFront = false;
  let section = '';
  const done = new Set();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === 0 && line === '---') inFront = true;
    else if (inFront) {
      if (line === '---') inFront = false;
      continue;
    }
    if (line.startsWith('#')) section = line;
    if (!/^(- |\d+\. )?[A-ZÅÄÖa-zåäö"”(]/.test(line) || section === '## I korthet' || section.startsWith('## Källor')) continue;
    let text = line;
    for (const term of GLOSSARY) {
      if (done.has(term.id) || text.includes(`#${term.id})`)) {
        done.add(term.id);
        continue;
      }
      // Skip matches inside existing links: [..](..)
      const re = new RegExp(`(^|[^${L}\\[/#-])(${term.pattern})(?![${L}])`, term.caseSensitive ? 'u' : 'iu');
      const links = [...text.matchAll(/\[[^\]]*\]\([^)]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
      let m;
      let from = 0;
      while ((m = re.exec(text.slice(from)))) {
        const at = from + m.index + m[1].length;
        if (links.some(([a, b]) => at >= a && at < b)) {
          from = at + m[2].length;
          continue;
        }
        text = `${text.slice(0, at)}[${m[2]}](/om-tsi/#${term.id})${text.slice(at + m[2].length)}`;
        done.add(term.id);
        changed++;
        break;
      }
    }
    lines[i] = text;
  }
  writeFileSync(file, lines.join('\n'));
}
console.log(`link-glossary: ${changed} links added`);
