/**
 * The guide's content is consistent: ten factor chapters numbered 1–10 with unique slugs
 * and routes, the five required sections in order, 500–1,000 words each (body plus the
 * model's reflection questions), every factor in the model has its chapter, and every link
 * between pages points to a page that exists. (Fragments are checked against the built HTML
 * in tests/e2e/reading-links.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  FACTOR_SECTIONS,
  FACTOR_WORDS,
  h2Headings,
  internalTarget,
  links,
  plainText,
} from '../../../src/lib/content-check';
import { FACTOR_IDS } from '../../../src/lib/factors';

const CHAPTERS = 'content/chapters';
const FACTORS = 'content/model/factors';

interface Entry {
  file: string;
  id: string;
  data: { title?: string; kind?: string; factor?: number; route?: string };
  body: string;
}

const chapters: Entry[] = readdirSync(CHAPTERS)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(CHAPTERS, file), 'utf8'));
    return { file: `${CHAPTERS}/${file}`, id: file.replace(/\.mdx$/, ''), data: frontmatter as Entry['data'], body: content };
  });
const factorChapters = chapters
  .filter((c) => c.data.kind === 'factor')
  .sort((a, b) => (a.data.factor ?? 0) - (b.data.factor ?? 0));
const model = readdirSync(FACTORS)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(FACTORS, f), 'utf8')) as {
        id: string;
        number: number;
        chapter: string;
        reflectionQuestions: string[];
      },
  );

/** Site paths of the pages in src/pages that are not generated from content ("/sok/"). */
function staticRoutes(dir = 'src/pages', prefix = '/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.includes('[')) continue;
    if (entry.isDirectory()) out.push(...staticRoutes(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (/\.(astro|md|mdx|html)$/.test(entry.name)) {
      const name = entry.name.replace(/\.[^.]+$/, '');
      if (name === '404') continue;
      out.push(name === 'index' ? prefix : `${prefix}${name}/`);
    }
  }
  return out;
}

function chapterRoute(c: Entry): string {
  if (c.data.kind === 'start') return '/';
  if (c.data.kind === 'factor') return `/framgangsfaktorer/${c.id}/`;
  return `/${c.data.route}/`;
}

describe('content/chapters', () => {
  it('has one start page and ten factor chapters numbered 1–10 in the order of the model ids', () => {
    expect(chapters.filter((c) => c.data.kind === 'start')).toHaveLength(1);
    expect(factorChapters.map((c) => c.data.factor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(factorChapters.map((c) => c.id)).toEqual([...FACTOR_IDS]);
  });

  it('has unique slugs and routes', () => {
    const routes = chapters.map(chapterRoute);
    expect(new Set(chapters.map((c) => c.id)).size).toBe(chapters.length);
    expect(new Set(routes).size).toBe(routes.length);
    // The start page's text is rendered by src/pages/index.astro; any other overlap is a clash.
    const collisions = chapters
      .filter((c) => c.data.kind !== 'start')
      .map(chapterRoute)
      .filter((r) => staticRoutes().includes(r));
    expect(collisions, 'content routes that a page in src/pages also builds').toEqual([]);
  });

  it('has a chapter for every factor of the model, with the same number', () => {
    expect(model).toHaveLength(10);
    for (const f of model) {
      const ch = factorChapters.find((c) => c.id === f.chapter);
      expect(ch, `${FACTORS}: factor ${f.id} names chapter "${f.chapter}"`).toBeDefined();
      expect(ch?.data.factor, `${ch?.file}: factor number`).toBe(f.number);
    }
  });

  describe.each(factorChapters.map((c) => [c.id, c] as const))('factor chapter %s', (_id, c) => {
    it('has the five required sections, in order', () => {
      const h2 = h2Headings(c.body);
      expect(
        h2.filter((h) => (FACTOR_SECTIONS as readonly string[]).includes(h)),
        `${c.file}: H2 sections`,
      ).toEqual([...FACTOR_SECTIONS]);
    });

    it(`has ${FACTOR_WORDS.min}–${FACTOR_WORDS.max} words (text plus the model's reflection questions)`, () => {
      const questions = model.find((f) => f.chapter === c.id)?.reflectionQuestions ?? [];
      const words = countWords(plainText(c.body)) + countWords(questions.join(' '));
      expect(words, `${c.file}: words`).toBeGreaterThanOrEqual(FACTOR_WORDS.min);
      expect(words, `${c.file}: words`).toBeLessThanOrEqual(FACTOR_WORDS.max);
    });
  });

  it('links only to pages that exist', () => {
    const known = new Set([...chapters.map(chapterRoute), ...staticRoutes()]);
    // Public files (favicon, downloads) are fine targets too.
    const publicFiles = readdirSync('public', { recursive: true }).map((f) => `/${String(f).replace(/\\/g, '/')}`);
    const broken: string[] = [];
    for (const c of chapters) {
      for (const href of links(c.body)) {
        const target = internalTarget(href);
        if (!target || target.path === '') continue;
        const path = target.path.endsWith('/') || /\.[a-z0-9]+$/i.test(target.path) ? target.path : `${target.path}/`;
        if (!known.has(path) && !publicFiles.includes(path)) broken.push(`${c.file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
