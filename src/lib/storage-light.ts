/**
 * The same storage engine without zod, for the chapter island (its JS must stay small).
 * It reads through the same envelope reader as storage.ts (so older versions are migrated,
 * never kept aside) but checks only that each assessment has an id and updatedAt; it changes
 * assessments only through updates of the freshest stored version and keeps every field it
 * does not touch exactly as stored, so it cannot damage data. Anything it cannot read is kept
 * aside like in storage.ts. Full validation happens in storage.ts on every other page.
 */
import { browserStore } from './browser-store';
import type { ParseResult } from './store-core';
import { readEnvelope, type EnvelopeValidator, type Migrate } from './stored-parse';
import { isRecord } from './stored-format';
import type { Assessment } from './schema';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function looksLikeAssessment(v: unknown): v is Assessment {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    ID.test(v.id) &&
    typeof v.updatedAt === 'string' &&
    !Number.isNaN(Date.parse(v.updatedAt)) &&
    (v.answers === undefined || isRecord(v.answers))
  );
}

/** The light validator: no zod. */
export const lightValidator: EnvelopeValidator<Assessment> = {
  document: (doc) => (Array.isArray(doc.assessments) && doc.assessments.every(looksLikeAssessment) ? doc.assessments : null),
  item: (v) => (looksLikeAssessment(v) ? v : null),
};

export function parseLight(raw: string, migrateDoc?: Migrate): ParseResult<Assessment> {
  return readEnvelope(raw, lightValidator, migrateDoc);
}

export const lightStore = browserStore(lightValidator);
