import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareIso, formatDate, formatDateTime, today } from '../../../src/lib/dates';

const intlDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const intlDateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
// 1996 (Sweden on the EU summer-time rule) to the end of 2099.
const instant = fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31, 23, 59) });

describe('dates', () => {
  it('gives the date in Swedish time, as Intl does with Europe/Stockholm', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(formatDate(iso)).toBe(intlDate.format(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives date and time in Swedish time, as Intl does with Europe/Stockholm', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        expect(formatDateTime(new Date(ms).toISOString())).toBe(intlDateTime.format(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('changes to and from summer time at 01:00 UTC on the last Sunday of March and October', () => {
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    expect(formatDateTime('2026-03-29T00:59:00.000Z')).toBe('2026-03-29 01:59');
    expect(formatDateTime('2026-03-29T01:00:00.000Z')).toBe('2026-03-29 03:00');
    expect(formatDateTime('2026-10-25T00:59:00.000Z')).toBe('2026-10-25 02:59');
    expect(formatDateTime('2026-10-25T01:00:00.000Z')).toBe('2026-10-25 02:00');
    // Late evening UTC is already the next day in Sweden.
    expect(formatDate('2026-03-01T23:30:00.000Z')).toBe('2026-03-02');
    expect(formatDate('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
    expect(formatDate('2026-07-01T22:00:00.000Z')).toBe('2026-07-02');
  });

  it('returns text that is not a date as it is', () => {
    expect(formatDate('okänt')).toBe('okänt');
    expect(formatDateTime('')).toBe('');
  });

  it("gives today's date on this device", () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(today(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('orders timestamps in time, also across UTC offsets; equal instants and non-dates in text order', () => {
    const sorted = ['2026-05-01T10:00:00.000Z', '2026-05-01T11:30:00+02:00', '2025-12-31', '2026-05-01T09:00:00.000Z'].sort(
      compareIso,
    );
    // 11:30+02:00 is 09:30 UTC.
    expect(sorted).toEqual(['2025-12-31', '2026-05-01T09:00:00.000Z', '2026-05-01T11:30:00+02:00', '2026-05-01T10:00:00.000Z']);
    expect(compareIso('2026-05-01T10:00:00.000Z', '2026-05-01T11:00:00+02:00')).toBeGreaterThan(0);
    expect(compareIso('2026-05-01T10:00:00Z', '2026-05-01T10:00:00Z')).toBe(0);
    expect(compareIso('b', 'a')).toBeGreaterThan(0);
  });
});
