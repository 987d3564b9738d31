/**
 * Export and import of assessment files (.json, the export envelope). Import never throws and
 * never changes anything itself: it returns either the validated assessments or an error that
 * describeImportError() (src/i18n/sv/import.ts) turns into plain Swedish naming what is wrong.
 */
import { decodeText } from './decode';
import { documentSchema, MAX_DOCUMENT_ITEMS, type Assessment, type ExportDocument } from './schema';
import { envelope, MAX_IMPORT_BYTES } from './stored-format';
import { openEnvelope } from './stored-parse';

export type IssuePath = (string | number)[];
export interface FieldIssue {
  path: IssuePath;
  kind: 'missing' | 'tooLong' | 'empty' | 'wrongValue' | 'wrongType' | 'wrongDate' | 'unknownKey';
  /** The names that are not known (kind 'unknownKey'), e.g. an unknown factor id. */
  keys?: string[];
}

export type ImportError =
  | { code: 'too-large'; size: number }
  | { code: 'empty' }
  | { code: 'read-failed' }
  /** Not UTF-8 (nor UTF-16 with a byte order mark): e.g. saved as Latin-1. */
  | { code: 'encoding' }
  | { code: 'not-json' }
  /** Valid JSON, but nested deeper than can be read. */
  | { code: 'too-deep' }
  | { code: 'not-object' }
  | { code: 'format' }
  | { code: 'version-missing' }
  | { code: 'version-newer'; version: unknown }
  | { code: 'version-unknown'; version: unknown }
  | { code: 'no-assessments' }
  | { code: 'too-many'; count: number; max: number }
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
  if (issue.code === 'unrecognized_keys') return 'unknownKey';
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
      if (m.code === 'too-deep') return { ok: false, error: { code: 'too-deep' } };
      if (m.code === 'not-object') return { ok: false, error: { code: 'not-object' } };
      if (m.code === 'format') return { ok: false, error: { code: 'format' } };
      if (m.code === 'version-missing') return { ok: false, error: { code: 'version-missing' } };
      return { ok: false, error: { code: m.code, version: m.version } };
    }
    const list = m.doc.assessments;
    if (Array.isArray(list) && list.length === 0) return { ok: false, error: { code: 'no-assessments' } };
    if (Array.isArray(list) && list.length > MAX_DOCUMENT_ITEMS)
      return { ok: false, error: { code: 'too-many', count: list.length, max: MAX_DOCUMENT_ITEMS } };
    const r = documentSchema.safeParse(m.doc);
    if (!r.success) {
      const issues = r.error.issues.map((i): FieldIssue => {
        const kind = issueKind(i as never, m.doc);
        const keys = 'keys' in i && Array.isArray(i.keys) ? i.keys.map(String) : undefined;
        return keys ? { path: i.path as IssuePath, kind, keys } : { path: i.path as IssuePath, kind };
      });
      return { ok: false, error: { code: 'invalid', issues } };
    }
    const dates = r.data.assessments.flatMap((a, i) =>
      (['createdAt', 'updatedAt'] as const)
        .filter((k) => !saneTime(a[k], now))
        .map((k) => ({ path: ['assessments', i, k] as IssuePath, kind: 'wrongDate' as const })),
    );
    if (dates.length) return { ok: false, error: { code: 'invalid', issues: dates } };
    return { ok: true, assessments: r.data.assessments };
  } catch (e) {
    return { ok: false, error: { code: e instanceof RangeError ? 'too-deep' : 'not-json' } };
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

/** Parses the bytes of an import file: decoded by decodeText (UTF-8 or UTF-16 with BOM), then parseImportText. */
export function parseImportBytes(bytes: Uint8Array, now = new Date()): ImportResult {
  const d = decodeText(bytes);
  return d.ok ? parseImportText(d.text, now) : { ok: false, error: { code: 'encoding' } };
}

/** Reads a picked file: the size limit is checked before reading a single byte. */
export async function readImportFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large', size: file.size } };
  if (file.size === 0) return { ok: false, error: { code: 'empty' } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'read-failed' } };
  }
  return parseImportBytes(bytes);
}

export function exportDocument(assessments: Assessment[], now = new Date()): ExportDocument {
  return envelope(assessments, now.toISOString());
}

export function exportJson(assessments: Assessment[], now = new Date()): string {
  return JSON.stringify(exportDocument(assessments, now), null, 2);
}

/** The export file's name (organisation, participant or role, date): see file-names.ts. */
export { assessmentFileName as exportFileName } from './file-names';
