import { describe, expect, it } from 'vitest';
import { excerpt, highlight, matchesAll, matchesAny, queryTerms, stem } from '../../../src/lib/search-match';

const marked = (text: string, q: string) =>
  highlight(text, queryTerms(q))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('search matching', () => {
  it('gives inflected forms of a word one stem', () => {
    expect(stem('tvärprofessionellt')).toBe('tvärprofessionell');
    expect(stem('tvärprofessionella')).toBe('tvärprofessionell');
    expect(stem('barnkonventionen')).toBe('barnkonvention');
    expect(stem('socialtjänstlagen')).toBe('socialtjänstlag');
    expect(stem('kommuner')).toBe('kommun');
    // Short words and what would leave fewer than four letters stay as they are.
    expect(stem('sip')).toBe('sip');
    expect(stem('team')).toBe('team');
    expect(stem('barnen')).toBe('barn');
  });

  it('reads the query as lower-case words without repeats', () => {
    expect(queryTerms('  SIP, sip och Barnet!  ')).toEqual([
      { word: 'sip', stem: 'sip' },
      { word: 'och', stem: 'och' },
      { word: 'barnet', stem: 'barn' },
    ]);
    expect(queryTerms(' – ')).toEqual([]);
  });

  it('a page matches when every word, in any form, begins a word on it', () => {
    const text = 'Ett tvärprofessionellt team arbetar med samordnad individuell plan (SIP).';
    expect(matchesAll(text, queryTerms('tvärprofessionella'))).toBe(true);
    expect(matchesAll(text, queryTerms('tvärprofessionellt team'))).toBe(true);
    expect(matchesAll(text, queryTerms('SIP'))).toBe(true);
    expect(matchesAll(text, queryTerms('barnkonventionen'))).toBe(false);
    expect(matchesAll(text, queryTerms('team barnkonventionen'))).toBe(false);
    expect(matchesAll(text, [])).toBe(false);
    expect(matchesAny(text, queryTerms('team barnkonventionen'))).toBe(true);
  });

  it('marks only whole words that match, never a letter of another word', () => {
    expect(marked('Vad betyder T, S och I? En SIP är en plan.', 'SIP')).toEqual(['SIP']);
    expect(marked('Tvärprofessionella team och ett tvärprofessionellt arbete.', 'tvärprofessionellt')).toEqual([
      'Tvärprofessionella',
      'tvärprofessionellt',
    ]);
    // The text between marks is kept exactly.
    const segments = highlight('a SIP, b sip.', queryTerms('sip'));
    expect(segments.map((s) => s.text).join('')).toBe('a SIP, b sip.');
  });

  it('cuts the excerpt around the first matching word and says where text was left out', () => {
    const words = Array.from({ length: 60 }, (_, i) => `ord${i}`);
    words[40] = 'Barnkonventionen';
    const cut = excerpt(words.join(' '), queryTerms('barnkonventionen'), 10);
    const text = cut.segments.map((s) => s.text).join('');
    expect(text.startsWith('ord38')).toBe(true);
    expect(text.split(' ')).toHaveLength(10);
    expect(cut.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Barnkonventionen']);
    expect(cut).toMatchObject({ cutStart: true, cutEnd: true });
    const whole = excerpt('Kort text om SIP.', queryTerms('sip'));
    expect(whole).toMatchObject({ cutStart: false, cutEnd: false });
    expect(whole.segments.map((s) => s.text).join('')).toBe('Kort text om SIP.');
  });
});
