/**
 * Reading the files loaded into /workshop/ and /jamfor/: each file on its own, so that one bad
 * file never stops the good ones. Returns a problem code (the islands word it in Swedish,
 * src/i18n/sv/workshop.ts) and, for schema problems, the first field that is wrong.
 *
 * NOTE: the generic import path (size limit, safeParse, migrations) belongs to the assessment
 * area; when it exposes a parse function this module delegates to it.
 */
import { DOCUMENT_FORMAT, SCHEMA_VERSION, documentSchema, type Assessment } from './schema';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type LoadProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'unknown-version'; version: string }
  | { code: 'invalid'; field: string; message: string };

export type LoadResult = { ok: true; assessments: Assessment[] } | { ok: false; problem: LoadProblem };

export function parseAssessmentFile(text: string): LoadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large', bytes: text.length } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== DOCUMENT_FORMAT)
    return { ok: false, problem: { code: 'wrong-format' } };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) return { ok: false, problem: { code: 'unknown-version', version: String(version) } };
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { code: 'invalid', field: issue.path.map(String).join('.'), message: issue.message } };
  }
  return { ok: true, assessments: parsed.data.assessments };
}

/**
 * The index of an already loaded participant that `incoming` duplicates: the same assessment
 * id, or the same (non-empty) name and the same role. -1 when it is new.
 */
export function findDuplicate(loaded: readonly Assessment[], incoming: Assessment): number {
  const name = (a: Assessment) => (a.participant?.name ?? '').trim().toLocaleLowerCase('sv');
  const n = name(incoming);
  return loaded.findIndex(
    (a) => a.id === incoming.id || (n !== '' && name(a) === n && (a.participant?.role ?? 'annan') === (incoming.participant?.role ?? 'annan')),
  );
}
