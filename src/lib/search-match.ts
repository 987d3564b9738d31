/**
 * What a search hit is, decided by us rather than by the search index alone. Pagefind finds
 * candidate pages fast, but on this site it (a) stems Swedish so that "tvärprofessionellt" and
 * "tvärprofessionella" find different pages, (b) backtracks a long unknown word to a short
 * prefix ("barnkonventionen" matches every page with "barn"), and (c) marks what it matched
 * that way ("SIP" marks the "S" in "T, S och I"). So every candidate's text is checked here:
 * a page is a hit when each query word, reduced to its stem, begins a word on the page; the
 * excerpt is cut around the first such word, and only words that match are marked.
 */

export interface Term {
  /** The query word, lower case. */
  word: string;
  /** Its stem: the word without a common Swedish ending (never shorter than four letters). */
  stem: string;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Endings stripped from a query word, longest first (inflection, definite form, genitive). */
const ENDINGS = [
  'heterna',
  'arnas',
  'ernas',
  'ornas',
  'heten',
  'heter',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'aste',
  'ens',
  'ets',
  'ars',
  'ers',
  'ors',
  'are',
  'ast',
  'ade',
  'an',
  'en',
  'et',
  'ar',
  'er',
  'or',
  'na',
  'ns',
  'a',
  'e',
  't',
  's',
];
const MIN_STEM = 4;
const WORD = /[\p{L}\p{N}]+/gu;

/** The stem of one lower-case word: the longest ending removed that leaves four letters. */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** The query's words (letters and digits), each with its stem, without repeats. */
export function queryTerms(query: string): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const m of query.normalize('NFC').toLocaleLowerCase('sv').matchAll(WORD)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    terms.push({ word: m[0], stem: stem(m[0]) });
  }
  return terms;
}

function wordMatches(word: string, terms: Term[]): boolean {
  const w = word.toLocaleLowerCase('sv');
  return terms.some((t) => w.startsWith(t.stem));
}

interface Located {
  word: string;
  index: number;
}

/** The words of a text with their offsets (the text is taken as it is: normalise first). */
function words(text: string): Located[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index ?? 0 }));
}

/** True when every term begins some word of the text. */
export function matchesAll(text: string, terms: Term[]): boolean {
  if (!terms.length) return false;
  const list = words(text.normalize('NFC')).map((w) => w.word.toLocaleLowerCase('sv'));
  return terms.every((t) => list.some((w) => w.startsWith(t.stem)));
}

/** True when any term begins some word of the text. */
export function matchesAny(text: string, terms: Term[]): boolean {
  return words(text.normalize('NFC')).some((w) => wordMatches(w.word, terms));
}

/**
 * About `size` words of the text around its first matching word (a little before it, more
 * after), marked: only whole words that match a term are marked. `cutStart`/`cutEnd` say
 * whether text was left out before or after.
 */
export function excerpt(text: string, terms: Term[], size = 24): { segments: Segment[]; cutStart: boolean; cutEnd: boolean } {
  const plain = text.normalize('NFC');
  const list = words(plain);
  const first = Math.max(
    0,
    list.findIndex((w) => wordMatches(w.word, terms)),
  );
  const startWord = Math.max(0, first - Math.floor(size / 4));
  const endWord = Math.min(list.length, startWord + size);
  const from = startWord > 0 ? list[startWord]!.index : 0;
  const last = list[endWord - 1];
  const to = endWord < list.length && last ? last.index + last.word.length : plain.length;
  return {
    segments: highlight(plain.slice(from, to), terms),
    cutStart: startWord > 0,
    cutEnd: endWord < list.length,
  };
}

/** The text as segments; a segment is marked when it is a whole word that matches a term. */
export function highlight(input: string, terms: Term[]): Segment[] {
  const text = input.normalize('NFC');
  const segments: Segment[] = [];
  let at = 0;
  for (const w of words(text)) {
    if (!wordMatches(w.word, terms)) continue;
    if (w.index > at) segments.push({ text: text.slice(at, w.index), mark: false });
    segments.push({ text: w.word, mark: true });
    at = w.index + w.word.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
