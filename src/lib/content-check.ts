/**
 * Pure helpers for checking the guide's MDX text (used by tests/unit/content*.test.ts):
 * its H2 sections, a word count of the readable text, and the links it contains.
 */

/** The five sections every factor chapter has, in this order. */
export const FACTOR_SECTIONS = [
  'Vad faktorn innebär',
  'Varför den är viktig',
  'Så kommer ni i gång',
  'Exempel',
  'Vanliga fallgropar',
] as const;

/** Word limits of a factor chapter (body text plus the model's reflection questions). */
export const FACTOR_WORDS = { min: 500, max: 1000 } as const;

/** The body without fenced code blocks (nothing in them is a heading or a link). */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Text of the level-2 headings ("## …"), in order. */
export function h2Headings(body: string): string[] {
  return withoutCode(body)
    .split('\n')
    .map((l) => /^##\s+(.+?)\s*#*\s*$/.exec(l)?.[1])
    .filter((h): h is string => !!h)
    .map((h) => h.replace(/[*_`]/g, '').trim());
}

/** The readable text of MDX: no import/export lines, JSX tags, link targets or markup. */
export function plainText(body: string): string {
  return withoutCode(body)
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`|]/g, ' ');
}

/** Words: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every link target in the MDX: Markdown links/images and href/src attributes. */
export function links(body: string): string[] {
  const text = withoutCode(body);
  const out: string[] = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1]!);
  return out;
}

/** A link inside the site: root-relative ("/om-tsi/#x"). Returns its path and fragment. */
export function internalTarget(href: string): { path: string; fragment: string } | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const fragment = hashAt >= 0 ? decodeURIComponent(href.slice(hashAt + 1)) : '';
  const path = beforeHash.split('?')[0]!;
  return { path, fragment };
}
