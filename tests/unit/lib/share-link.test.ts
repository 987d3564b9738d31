import { describe, expect, it } from 'vitest';
import { isShareHash, shareHashes } from '../../../src/lib/share-link';
import { encodeShare } from '../../../src/lib/share';
import { sample } from '../../support/data';

describe('share-link: the address side of a share link', () => {
  it('tells share hashes from other fragments', () => {
    expect(isShareHash('#dela=abc')).toBe(true);
    expect(isShareHash('dela=abc')).toBe(true);
    expect(isShareHash('#faktor-3')).toBe(false);
    expect(isShareHash('')).toBe(false);
  });

  it('a link that share.ts packs is seen as one', async () => {
    expect(isShareHash(`#${await encodeShare(sample())}`)).toBe(true);
  });

  it('finds share links in pasted text, one per line', () => {
    expect(shareHashes('https://example.org/tsi/sjalvskattning/#dela=abc\n\n  dela=def  \r\nhttp://x/#dela=g#h')).toEqual([
      'dela=abc',
      'dela=def',
      'dela=g#h',
    ]);
  });
});
