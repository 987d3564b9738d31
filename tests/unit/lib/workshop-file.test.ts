import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText, workshopFileName, workshopFileText } from '../../../src/lib/workshop-file';
import { workshopSessionSchema } from '../../../src/lib/schema';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const text = () => readFileSync('tests/fixtures/v2-workshop.json', 'utf8');

describe('parseWorkshopText', () => {
  it('imports the v2 workshop fixture (it must import forever)', () => {
    const r = parseWorkshopText(text(), NOW);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dropped).toBe(0);
      expect(r.workshops[0]).toEqual(workshopSessionSchema.parse(JSON.parse(text()).workshops[0]));
    }
  });
  it('round-trips its own export', () => {
    const w = workshopSessionSchema.parse(JSON.parse(text()).workshops[0]);
    const r = parseWorkshopText(workshopFileText(w, NOW), NOW);
    expect(r.ok && r.workshops).toEqual([w]);
  });
  it('says a file of assessments (v1 or v2) is not a workshop, so it is loaded as participants', () => {
    expect(parseWorkshopText(readFileSync('tests/fixtures/v1-export.json', 'utf8'), NOW)).toEqual({
      ok: false,
      error: { code: 'assessments' },
    });
    expect(parseWorkshopText(readFileSync('tests/fixtures/v2-export.json', 'utf8'), NOW)).toMatchObject({
      ok: false,
      error: { code: 'assessments' },
    });
  });
  it("gives io.ts's own errors for what is not our file", () => {
    expect(parseWorkshopText('{nope', NOW)).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseWorkshopText('{"format":"annat"}', NOW)).toEqual({ ok: false, error: { code: 'format' } });
  });
  it('refuses dates from the future, and keeps the readable part of a half broken workshop', () => {
    const doc = JSON.parse(text());
    doc.workshops[0].updatedAt = '9999-12-31T00:00:00.000Z';
    expect(parseWorkshopText(JSON.stringify(doc), NOW)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const half = JSON.parse(text());
    half.workshops[0].decisions = { 'prioritera-forebyggande-arbetet': null };
    expect(parseWorkshopText(JSON.stringify(half), NOW)).toMatchObject({ ok: true, dropped: 1 });
  });
});

describe('workshopFileName', () => {
  it('carries the organisation (ASCII) and the workshop date', () => {
    expect(workshopFileName({ organisation: 'Åre kommun', createdAt: '2026-11-23T12:00:00.000Z' })).toBe(
      'workshop-are-kommun-2026-11-23.json',
    );
    expect(workshopFileName({ organisation: '', createdAt: '2026-11-23T12:00:00.000Z' })).toBe(
      'workshop-utan-namn-2026-11-23.json',
    );
  });
});
