/**
 * The same storage engine without zod, for the chapter island (its JS must stay small).
 * It checks only the envelope and that each assessment has an id and updatedAt; it changes
 * assessments only through updates of the freshest stored version and keeps every field it
 * does not touch exactly as stored, so it cannot damage data. Anything it cannot read is kept
 * aside like in storage.ts. Full validation happens in storage.ts on every other page.
 */
import { createStore, type ParseResult } from './store-core';
import { CURRENT_VERSION, FORMAT, isRecord, safeJsonParse, serializeEnvelope } from './stored-format';
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

export function parseLight(raw: string): ParseResult<Assessment> {
  let value: unknown;
  try {
    value = safeJsonParse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'json' };
  }
  if (!isRecord(value) || value.format !== FORMAT) return { kind: 'unreadable', problem: 'format' };
  if (value.schemaVersion !== CURRENT_VERSION) return { kind: 'unreadable', problem: 'version' };
  if (!Array.isArray(value.assessments)) return { kind: 'unreadable', problem: 'schema' };
  const ok = value.assessments.filter(looksLikeAssessment);
  return ok.length === value.assessments.length ? { kind: 'ok', assessments: ok } : { kind: 'partial', assessments: ok, problem: 'schema' };
}

export const lightStore = createStore<Assessment>({
  backend: () => globalThis.localStorage,
  parse: parseLight,
  serialize: serializeEnvelope,
  listen: (handler) => globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key)),
});
