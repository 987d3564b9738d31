/**
 * A workshop's export file (the envelope of stored-format.ts holding `workshops`) and its import
 * on /workshop/. Import goes through the same decoding as an assessment file (src/lib/io.ts:
 * safe JSON, migrations); a file that fails there gets io.ts's own error, so the words are the
 * same everywhere. A file of assessments (v1 or v2) is not a workshop: the caller loads it as
 * participants instead.
 */
import { parseImportText, saneTime, type ImportError } from './io';
import { slug } from './file-names';
import { MAX_DOCUMENT_ITEMS, type WorkshopSession } from './schema';
import { openEnvelope } from './stored-parse';
import { workshopEnvelope } from './stored-format';
import { salvageAll } from './workshop-store';

export type WorkshopImport =
  | { ok: true; workshops: WorkshopSession[]; dropped: number }
  /** The file holds assessments and no workshop (a participant's file). */
  | { ok: false; error: { code: 'assessments' } }
  | { ok: false; error: ImportError };

/** Parses the text of a workshop file. Never throws. */
export function parseWorkshopText(text: string, now = new Date()): WorkshopImport {
  const opened = openEnvelope(text);
  const items = opened.ok ? opened.doc.workshops : undefined;
  if (!opened.ok || !Array.isArray(items) || items.length === 0) {
    const asAssessments = parseImportText(text, now);
    return asAssessments.ok ? { ok: false, error: { code: 'assessments' } } : asAssessments;
  }
  if (items.length > MAX_DOCUMENT_ITEMS)
    return { ok: false, error: { code: 'too-many', count: items.length, max: MAX_DOCUMENT_ITEMS } };
  const { sessions, dropped } = salvageAll(items);
  if (sessions.length === 0)
    return { ok: false, error: { code: 'invalid', issues: [{ path: ['workshops'], kind: 'wrongValue' }] } };
  const dates = sessions.flatMap((w, i) =>
    (['createdAt', 'updatedAt'] as const)
      .filter((k) => !saneTime(w[k], now))
      .map((k) => ({ path: ['workshops', i, k], kind: 'wrongDate' as const })),
  );
  if (dates.length) return { ok: false, error: { code: 'invalid', issues: dates } };
  return { ok: true, workshops: sessions, dropped };
}

/** The export file of one workshop (pretty-printed, like an assessment export). */
export function workshopFileText(w: WorkshopSession, now = new Date()): string {
  return JSON.stringify(workshopEnvelope([w], now.toISOString()), null, 2);
}

/** e.g. workshop-ale-kommun-2026-11-23.json: organisation and the workshop's date. */
export function workshopFileName(w: Pick<WorkshopSession, 'organisation' | 'createdAt'>): string {
  return `workshop-${slug(w.organisation) || 'utan-namn'}-${w.createdAt.slice(0, 10)}.json`;
}
