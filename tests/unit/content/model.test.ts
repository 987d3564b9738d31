/**
 * Content rules from issue 13 and content/model/STYLE.md: every factor chapter opens with
 * "I korthet" (three lines) and ends with its sources (at least two addresses); its prose
 * stays within a word band; the maturity model's level texts follow the style guide (no
 * shared seven-word runs between factors, no "eller så", no "vi"/"ni", a word band); and
 * nothing anywhere still says "Senast granskad".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { countWords, h2Headings, links, plainText } from '../../../src/lib/content-check';
import { SOURCES } from '../../../src/components/source-links.js';

const CHAPTERS = 'content/chapters';
const FACTORS = 'content/model/factors';

/** Prose words of a factor chapter (text without the sources list). */
export const CHAPTER_PROSE_WORDS = { min: 600, max: 1100 } as const;
/** Words per level text of the maturity model. */
export const LEVEL_WORDS = { min: 8, max: 45 } as const;
/** Length of a word run that two factors' level texts may not share. */
export const SHARED_RUN = 7;

interface Chapter {
  file: string;
  kind?: string;
  body: string;
}
const chapters: Chapter[] = readdirSync(CHAPTERS)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(CHAPTERS, f), 'utf8'));
    return { file: `${CHAPTERS}/${f}`, kind: (frontmatter as { kind?: string }).kind, body: content };
  });
const factorChapters = chapters.filter((c) => c.kind === 'factor');

interface Factor {
  file: string;
  number: number;
  levels: string[];
}
const factors: Factor[] = readdirSync(FACTORS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    file: `${FACTORS}/${f}`,
    ...(JSON.parse(readFileSync(join(FACTORS, f), 'utf8')) as { number: number; levels: string[] }),
  }));

/** The text of the H2 section with this title, up to the next H2. */
export function section(body: string, title: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^##\\s+${title}\\s*$`).test(l));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Addresses in a passage: Markdown/href links to http(s) and ids of <SourceList ids={[…]} />. */
export function sourceAddresses(text: string): string[] {
  const out = links(text).filter((h) => /^https?:\/\//.test(h));
  for (const m of text.matchAll(/<SourceList\b[^>]*ids=\{\[([^\]]*)\]\}/g)) {
    for (const id of m[1]!.matchAll(/'([^']+)'|"([^"]+)"/g)) {
      const key = (id[1] ?? id[2])!;
      const src = (SOURCES as Record<string, { url: string }>)[key];
      if (src) out.push(src.url);
    }
  }
  return out;
}

/** Lower-case words of a text, punctuation dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Runs of `n` words that both texts contain. */
export function sharedRuns(a: string, b: string, n: number): string[] {
  const runs = (t: string) => {
    const w = words(t);
    const s = new Set<string>();
    for (let i = 0; i + n <= w.length; i++) s.add(w.slice(i, i + n).join(' '));
    return s;
  };
  const rb = runs(b);
  return [...runs(a)].filter((r) => rb.has(r));
}

describe('content rule helpers (so that the checks below can fail)', () => {
  it('finds a section, its addresses and shared runs', () => {
    const body =
      "## I korthet\n\n- a\n\n## Källor och läs mer\n\n<SourceList ids={['sip-sos', 'okänd']} />\n[x](https://a.se/)\n";
    expect(section(body, 'I korthet')?.trim()).toBe('- a');
    expect(sourceAddresses(section(body, 'Källor och läs mer')!)).toEqual(['https://a.se/', SOURCES['sip-sos']!.url]);
    expect(sharedRuns('ett två tre fyra fem sex sju åtta', 'noll ett två tre fyra fem sex sju', 7)).toEqual([
      'ett två tre fyra fem sex sju',
    ]);
    expect(sharedRuns('ett två tre fyra fem sex', 'ett två tre fyra fem sex', 7)).toEqual([]);
  });
});

describe.each(factorChapters.map((c) => [c.file, c] as const))('factor chapter %s', (file, c) => {
  it('opens with "I korthet" in three lines', () => {
    expect(h2Headings(c.body)[0], `${file}: first H2`).toBe('I korthet');
    const items = (section(c.body, 'I korthet') ?? '').split('\n').filter((l) => /^\s*[-*]\s+\S/.test(l));
    expect(items, `${file}: lines in "I korthet"`).toHaveLength(3);
  });

  it('ends with "Källor och läs mer" giving at least two addresses', () => {
    expect(h2Headings(c.body).at(-1), `${file}: last H2`).toBe('Källor och läs mer');
    const addresses = sourceAddresses(section(c.body, 'Källor och läs mer') ?? '');
    expect(new Set(addresses).size, `${file}: source addresses`).toBeGreaterThanOrEqual(2);
  });

  it(`has ${CHAPTER_PROSE_WORDS.min}–${CHAPTER_PROSE_WORDS.max} words of prose`, () => {
    const prose = c.body.split(/^##\s+Källor och läs mer\s*$/m)[0]!;
    const n = countWords(plainText(prose));
    expect(n, `${file}: prose words`).toBeGreaterThanOrEqual(CHAPTER_PROSE_WORDS.min);
    expect(n, `${file}: prose words`).toBeLessThanOrEqual(CHAPTER_PROSE_WORDS.max);
  });
});

describe('maturity model level texts (content/model/STYLE.md)', () => {
  const all = factors.flatMap((f) =>
    f.levels.map((text, level) => ({ where: `${f.file} levels[${level}]`, number: f.number, text })),
  );

  it('has ten factors with five levels each', () => {
    expect(factors).toHaveLength(10);
    for (const f of factors) expect(f.levels, f.file).toHaveLength(5);
  });

  it(`no two factors share a run of ${SHARED_RUN} words`, () => {
    const clashes: string[] = [];
    for (const a of all)
      for (const b of all)
        if (a.number < b.number)
          for (const run of sharedRuns(a.text, b.text, SHARED_RUN)) clashes.push(`${a.where} and ${b.where}: "${run}"`);
    expect(clashes).toEqual([]);
  });

  it('no level text contains "eller så"', () => {
    expect(all.filter((l) => /(^|[^\p{L}])eller så(?=[^\p{L}]|$)/iu.test(l.text)).map((l) => l.where)).toEqual([]);
  });

  it('no level text speaks as "vi" or "ni"', () => {
    const pronoun = /(^|[^\p{L}])(vi|ni|vår|vårt|våra|er|ert|era)(?=[^\p{L}]|$)/iu;
    expect(all.filter((l) => pronoun.test(l.text)).map((l) => `${l.where}: ${l.text}`)).toEqual([]);
  });

  it(`level texts have ${LEVEL_WORDS.min}–${LEVEL_WORDS.max} words`, () => {
    const out = all
      .map((l) => ({ where: l.where, n: countWords(l.text) }))
      .filter((l) => l.n < LEVEL_WORDS.min || l.n > LEVEL_WORDS.max);
    expect(out).toEqual([]);
  });
});

describe('labels', () => {
  function* files(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) yield* files(p);
      else if (/\.(mdx?|astro|ts|tsx|json|js)$/.test(name)) yield p;
    }
  }
  it('nothing says "Senast granskad" (the pages show "Senast ändrad")', () => {
    const hits = [...files('content'), ...files('src')].filter((f) => /senast granskad/i.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
