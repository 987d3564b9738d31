/**
 * Constants of the stored format, free of zod so that small islands (the chapter island) can
 * use them without loading the schema library. tests/unit/storage.test.ts checks that they
 * equal DOCUMENT_FORMAT / SCHEMA_VERSION in schema.ts.
 *
 * STORED FORMAT (a contract: other areas' e2e tests seed it directly):
 *   localStorage['tsi-boken:assessments'] = JSON of the export envelope
 *     { format: 'tsi-sjalvskattning', schemaVersion: 1, exportedAt, assessments: Assessment[] }
 *     (zero assessments allowed)
 *   localStorage['tsi-boken:active'] = id of the active assessment
 *   localStorage['tsi-boken:unreadable:<ISO time>'] = stored data that could not be read, kept
 *     aside verbatim (never deleted by the site)
 */
export const STORAGE_KEY = 'tsi-boken:assessments';
export const ACTIVE_KEY = 'tsi-boken:active';
export const UNREADABLE_PREFIX = 'tsi-boken:unreadable:';
export const FORMAT = 'tsi-sjalvskattning';
export const CURRENT_VERSION = 1;
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
