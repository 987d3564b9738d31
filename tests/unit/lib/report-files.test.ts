import { describe, expect, it } from 'vitest';
import { cssString, wordFileName } from '../../../src/lib/report-files';

describe('report file helpers', () => {
  it('makes a CSS string of any text: quotes and backslashes escaped, control characters gone', () => {
    expect(cssString('Ale kommun · Höst · 2026-11-23')).toBe('"Ale kommun · Höst · 2026-11-23"');
    expect(cssString('Säg "hej" \\ då')).toBe('"Säg \\"hej\\" \\\\ då"');
    expect(cssString('rad ett\nrad två\u0007')).toBe('"rad ett rad två "');
    // A closing quote in the text cannot end the string early and inject CSS.
    expect(cssString('"; } body { display: none } /*')).toBe('"\\"; } body { display: none } /*"');
  });

  it('names the Word file after the organisation and the date, in safe characters', () => {
    expect(wordFileName({ organisation: 'Ale kommun', createdAt: '2026-11-23T10:00:00.000Z' })).toBe(
      'mognadsrapport-ale-kommun-2026-11-23.docx',
    );
    expect(wordFileName({ organisation: 'Örkelljunga/Åre  ', createdAt: '2026-11-23T10:00:00.000Z' })).toBe(
      'mognadsrapport-orkelljunga-are-2026-11-23.docx',
    );
    expect(wordFileName({ organisation: '***', createdAt: '2026-11-23T10:00:00.000Z' })).toBe(
      'mognadsrapport-rapport-2026-11-23.docx',
    );
  });
});
