/**
 * The address side of a share link (the link itself is packed by ./share.ts): its prefix in the
 * URL fragment, whether a fragment is one, and the links in pasted text. Apart from share.ts so
 * that /sjalvskattning/ can see that it was opened with a link without downloading the code that
 * packs and unpacks links (that loads only then, with import()).
 */

/** A share link's fragment starts with this ('#dela=…'). */
export const SHARE_PREFIX = 'dela=';

/** True when a location hash is a share link (not e.g. '#faktor-3'). */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/**
 * The share links in pasted text, one per line: the part after '#' of a full address, or a
 * bare 'dela=…' fragment. Blank lines are skipped.
 */
export function shareHashes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.includes('#') ? l.slice(l.indexOf('#') + 1) : l));
}
