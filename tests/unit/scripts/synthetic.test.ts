import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../src/lib/io';
import { municipalityDocs, participantDocs } from '../../../scripts/synthetic.mjs';

describe('synthetic data (scripts/synthetic.mjs)', () => {
  it('writes valid participant and municipality documents', () => {
    for (const d of [...participantDocs(40, 7), ...municipalityDocs(40, 8)]) {
      const r = parseImportText(JSON.stringify(d));
      expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    }
  });
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(participantDocs(5, 3))).toBe(JSON.stringify(participantDocs(5, 3)));
    expect(JSON.stringify(municipalityDocs(5, 3))).not.toBe(JSON.stringify(municipalityDocs(5, 4)));
  });
  it('gives every participant a role and distinct ids', () => {
    const docs = participantDocs(300, 1) as { assessments: { id: string; participant: { role: string } }[] }[];
    expect(new Set(docs.map((d) => d.assessments[0]!.id)).size).toBe(300);
    expect(new Set(docs.map((d) => d.assessments[0]!.participant.role)).size).toBeGreaterThan(4);
  });
});
