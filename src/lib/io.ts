/**
 * Export and import of assessment files (.json, the export envelope). Import never throws and
 * never changes anything itself: it returns either the validated assessments or an error that
 * describeImportError() (src/i18n/sv/import.ts) turns into plain Swedish naming what is wrong.
 */
import { documentSchema, type Assessment, type ExportDocument } from './schema';
import { envelope, MAX_IMPORT_BYTES } from './stored-format';
import { openEnvelope } from './stored-parse';

export type IssuePath = (string | number)[];
export interface FieldIssue {
  path: IssuePath;
  kind: 'missing' | 'tooLong' | 'empty' | 'wrongValue' | 'wrongType' | 'wrongDate';
}

export type ImportError =
  | { code: 'too-large'; size: number }
  | { code: 'empty' }
  | { code: 'read-failed' }
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'format' }
  | { code: 'version-missing' }
  | { code: 'version-newer'; version: unknown }
  | { code: 'version-unknown'; version: unknown }
  | { code: 'no-assessments' }
  | { code: 'too-many' }
  | { code: 'invalid'; issues: FieldIssue[] };

export type ImportResult = { ok: true; assessments: Assessment[] } | { ok: false; error: ImportError };

function valueAt(root: unknown, path: IssuePath): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function issueKind(
  issue: { code: string; path: PropertyKey[]; format?: string; origin?: string },
  doc: unknown,
): FieldIssue['kind'] {
  const path = issue.path as IssuePath;
  if (issue.code === 'invalid_type') return valueAt(doc, path) === undefined ? 'missing' : 'wrongType';
  if (issue.code === 'too_big') return issue.origin === 'string' || issue.origin === 'array' ? 'tooLong' : 'wrongValue';
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'empty' : 'wrongValue';
  if (issue.code === 'invalid_format') return issue.format === 'datetime' || issue.format === 'date' ? 'wrongDate' : 'wrongValue';
  return 'wrongValue';
}

/** Parses and validates the text of an import file or share link. Never throws. */
export function parseImportText(text: string, now = new Date()): ImportResult {
  try {
    if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
    const m = openEnvelope(text);
    if (!m.ok) {
      if (m.code === 'json') return { ok: false, error: { code: 'not-json' } };
      if (m.code === 'not-object') return { ok: false, error: { code: 'not-object' } };
      if (m.code === 'format') return { ok: false, error: { code: 'format' } };
      if (m.code === 'version-missing') return { ok: false, error: { code: 'version-missing' } };
      return { ok: false, error: { code: m.code, version: m.version } };
    }
    const list = m.doc.assessments;
    if (Array.isArray(list) && list.length === 0) return { ok: false, error: { code: 'no-assessments' } };
    if (Array.isArray(list) && list.length > 5000) return { ok: false, error: { code: 'too-many' } };
    const r = documentSchema.safeParse(m.doc);
    if (!r.success) {
      const issues = r.error.issues.map((i) => ({ path: i.path as IssuePath, kind: issueKind(i as never, m.doc) }));
      return { ok: false, error: { code: 'invalid', issues } };
    }
    const dates = r.data.assessments.flatMap((a, i) =>
      (['createdAt', 'updatedAt'] as const)
        .filter((k) => !saneTime(a[k], now))
        .map((k) => ({ path: ['assessments', i, k] as IssuePath, kind: 'wrongDate' as const })),
    );
    if (dates.length) return { ok: false, error: { code: 'invalid', issues: dates } };
    return { ok: true, assessments: r.data.assessments };
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
}

/** The earliest time an assessment can carry (the site did not exist before). */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** How far ahead of this computer's clock a time may be (another computer's clock may run ahead). */
export const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/**
 * A timestamp in a sane range: not before 2000 and not more than a day ahead of now. An import
 * with a far-future date (9999-12-31) would otherwise make the next edit stamp a year past 9999,
 * which no ISO date can hold, and the assessment would vanish from view.
 */
export function saneTime(iso: string, now: Date): boolean {
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= EARLIEST_TIME && t <= now.getTime() + FUTURE_SLACK_MS;
}

/** Reads a picked file: the size limit is checked before reading a single byte. */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large', size: file.size } };
  if (file.size === 0) return { ok: false, error: { code: 'empty' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
  return parseImportText(text);
}

export function exportDocument(assessments: Assessment[], now = new Date()): ExportDocument {
  return envelope(assessments, now.toISOString());
}

export function exportJson(assessments: Assessment[], now = new Date()): string {
  return JSON.stringify(exportDocument(assessments, now), null, 2);
}

/** The export file's name (organisation, participant or role, date): see file-names.ts. */
export { assessmentFileName as exportFileName } from './file-names';
