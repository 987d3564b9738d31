/**
 * Constants of the stored format, free of zod so that small islands (the chapter island) can
 * use them without loading the schema library. schema.ts takes FORMAT and CURRENT_VERSION from
 * here: one definition, one name each. Every storage key of the site is defined here.
 *
 * STORED FORMAT (a contract: other areas' e2e tests seed it directly):
 *   localStorage['tsi-boken:assessments'] = JSON of the export envelope
 *     { format: 'tsi-sjalvskattning', schemaVersion: 2, exportedAt, assessments: Assessment[],
 *       workshops: [] } (zero assessments allowed; `workshops` may be left out)
 *   localStorage['tsi-boken:workshops'] = the same envelope holding the saved workshop sessions
 *     { …, assessments: [], workshops: WorkshopSession[] } (schema v2)
 *   localStorage['tsi-boken:active'] = id of the active assessment
 *   localStorage['tsi-boken:unreadable:<ISO time>'] = stored data that could not be read, kept
 *     aside verbatim (never deleted by the site)
 */
export const STORAGE_KEY = 'tsi-boken:assessments';
export const ACTIVE_KEY = 'tsi-boken:active';
/** The saved workshop sessions of /workshop/ (schema v2). */
export const WORKSHOPS_KEY = 'tsi-boken:workshops';
/** The store engine's active id for the workshops key (not used: which workshop is open is per tab). */
export const WORKSHOPS_ACTIVE_KEY = 'tsi-boken:workshops-active';
export const UNREADABLE_PREFIX = 'tsi-boken:unreadable:';
/** When the site last asked the browser on its own to keep the data (outside the data keys). */
export const PERSIST_ASKED_KEY = 'tsi-boken-offline:persist-asked';
/**
 * sessionStorage keys (this tab only, gone when it closes): which saved workshop is open in this
 * tab (`workshop`: { open: id }; older versions kept the whole session there and the
 * participants under `workshopParticipants`, read once to carry them over), /jamfor/'s session
 * and loaded municipalities (the county comparison).
 */
export const SESSION_KEYS = {
  workshop: 'tsi-boken:workshop-session',
  workshopParticipants: 'tsi-boken:workshop-participants',
  countyComparison: 'tsi-boken:compare-session',
  countyComparisonAssessments: 'tsi-boken:compare-assessments',
} as const;
/** Marks our files, so that another kind of JSON file is told apart from a broken one. */
export const FORMAT = 'tsi-sjalvskattning' as const;
export const CURRENT_VERSION = 2 as const;
/** Largest import file and largest decompressed share link, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops __proto__ / constructor / prototype keys. Throws like JSON.parse. */
export function safeJsonParse(text: string): unknown {
  return JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope of every stored and exported document of assessments. */
export function envelope<T>(assessments: T[], exportedAt: string) {
  return { format: FORMAT, schemaVersion: CURRENT_VERSION, exportedAt, assessments, workshops: [] as never[] };
}

/** The envelope of saved workshop sessions (the workshops key and a workshop's export file). */
export function workshopEnvelope<W>(workshops: W[], exportedAt: string) {
  return { format: FORMAT, schemaVersion: CURRENT_VERSION, exportedAt, assessments: [] as never[], workshops };
}

/** The stored form of the envelope (localStorage['tsi-boken:assessments']). */
export function serializeEnvelope<T>(assessments: T[], exportedAt: string): string {
  return JSON.stringify(envelope(assessments, exportedAt));
}
