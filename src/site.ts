/** Build-time helpers over the content collections (Astro only; not for islands). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath, withBase } from './lib/url';
import { factorEntries, model } from './lib/model-data';
import { modelProblems } from './lib/model';

export type Chapter = CollectionEntry<'chapters'>;

export const base = import.meta.env.BASE_URL;
export const href = (path: string) => withBase(base, path);
export const chapterHref = (ch: Chapter) => href(chapterPath(ch));
/** Link to a factor chapter by chapter id (the model's `factor.chapter`; checked by allChapters()). */
export const factorChapterHref = (chapterId: string) => href(`framgangsfaktorer/${chapterId}/`);

let checked = false;

/** All chapters; the first call also checks that model and chapters agree (fails the build). */
export async function allChapters(): Promise<Chapter[]> {
  const chapters = await getCollection('chapters');
  if (!checked) {
    const factorChapters = chapters
      .filter((c) => c.data.kind === 'factor')
      .map((c) => ({ id: c.id, factor: c.data.factor ?? 0 }));
    const problems = modelProblems(factorEntries, factorChapters);
    const numbers = factorChapters.map((c) => c.factor).sort((a, b) => a - b);
    if (numbers.join() !== '1,2,3,4,5,6,7,8,9,10')
      problems.push(`content/chapters: factor chapters must be numbered 1–10 once each, found [${numbers.join(', ')}]`);
    if (problems.length) throw new Error(`The guide's content is inconsistent:\n${problems.join('\n')}`);
    checked = true;
  }
  return chapters;
}

/** The ten factor chapters in order 1–10. */
export async function factorChapters(): Promise<Chapter[]> {
  return (await allChapters())
    .filter((c) => c.data.kind === 'factor')
    .sort((a, b) => (a.data.factor ?? 0) - (b.data.factor ?? 0));
}

export async function chapterByRoute(route: string): Promise<Chapter> {
  const ch = (await allChapters()).find((c) => c.data.kind === 'page' && c.data.route === route);
  if (!ch) throw new Error(`content/chapters: no page with route "${route}"`);
  return ch;
}

/** The reading order used for chapter navigation and previous/next: Om TSI, then factors 1–10. */
export async function readingOrder(): Promise<Chapter[]> {
  const about = await chapterByRoute('om-tsi');
  return [about, ...(await factorChapters())];
}

export { model };
