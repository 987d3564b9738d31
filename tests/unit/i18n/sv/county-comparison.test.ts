import { describe, expect, it } from 'vitest';
import { countyComparison } from '../../../../src/i18n/sv/county-comparison';

describe('county comparison strings', () => {
  it("dates the printout as Intl's long Swedish date does, in every month", () => {
    const long = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' });
    for (let month = 0; month < 12; month++) {
      const d = new Date(2026, month, month + 1);
      expect(countyComparison.printTitle(d)).toBe(`Jämförelse av kommuner, utskriven ${long.format(d)}`);
    }
  });
});
