import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/lib/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and keeps å, ä, ö', () => {
    const csv = toCsv([
      ['Kommun', 'Nivå'],
      ['Örnsköldsvik', 3],
      ['Håbo', 'Vet ej'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Örnsköldsvik;3');
    expect(csv).toContain('Håbo;Vet ej');
  });
  it('separates with ; and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${BOM}a;b\r\nc;d\r\n`);
  });
  it('writes decimals with a comma and empty cells for missing values', () => {
    expect(toCsv([[2.5, null, undefined, 0]])).toBe(`${BOM}2,5;;;0\r\n`);
  });
  it('quotes fields with separator, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('säger "ja"')).toBe('"säger ""ja"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvField(' blank')).toBe('" blank"');
    expect(csvField('vanlig text')).toBe('vanlig text');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
  });
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('Kommun = bra')).toBe('Kommun = bra');
  });
  it('sees a formula behind leading spaces, invisible characters and full-width look-alikes', () => {
    for (const hidden of [
      ' =1+1',
      '\u00A0=1+1',
      '\u200B=1+1',
      '\uFEFF@SUM(A1)',
      '\u2060+1',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '﹦1',
      ' \u200B ＝HYPERLINK("x")',
    ])
      expect(csvField(hidden).replace(/^"/, '').startsWith("'"), JSON.stringify(hidden)).toBe(true);
    // Ordinary text, also text with = further in, stays as it is.
    expect(csvField('Ale kommun')).toBe('Ale kommun');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField('\u200BÅre')).toBe('\u200BÅre');
  });

  it('leaves numbers alone (they are not formulas)', () => {
    expect(csvField(4)).toBe('4');
    expect(csvField(-1)).toBe('-1');
  });
});
