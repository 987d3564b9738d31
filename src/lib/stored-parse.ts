/**
 * The one envelope reader: every stored or imported document goes through it (safe JSON parse →
 * `migrate` → validate). It is zod-free: the validator is passed in, full (zod, storage.ts) or
 * light (storage-light.ts, for the chapter island). Because migration happens here and not in
 * the stores, a version bump upgrades older data in every store alike.
 */
import { migrate, type MigrationResult } from './migrations';
import type { ParseResult } from './store-core';
import { safeJsonParse } from './stored-format';

type Doc = Record<string, unknown>;
export type Migrate = (value: unknown) => MigrationResult;

/** How one store checks a (migrated) document and, when that fails, each assessment in it. */
export interface EnvelopeValidator<A> {
  /** All assessments of a valid document, or null when any part of it fails. */
  document(doc: Doc): A[] | null;
  /** One valid assessment, or null. */
  item(value: unknown): A | null;
}

export type OpenResult =
  | { ok: true; doc: Doc; from: number }
  | { ok: false; code: 'json' | 'too-deep' | Exclude<MigrationResult, { ok: true }>['code']; version?: unknown };

/**
 * Safe JSON parse and migration to the current version. Never throws. 'too-deep': valid JSON
 * nested deeper than can be read (the parse runs out of stack: a RangeError), not broken JSON.
 */
export function openEnvelope(text: string, migrateDoc: Migrate = migrate): OpenResult {
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch (e) {
    return { ok: false, code: e instanceof RangeError ? 'too-deep' : 'json' };
  }
  return migrateDoc(value);
}

/**
 * Reads the stored state: 'ok' when the whole document is valid; 'partial' (the valid
 * assessments, all of them: two with the same id are split by the store, never dropped) when
 * only some are; 'unreadable' otherwise (problem 'version-newer' for a newer version). migrateDoc
 * is for tests.
 */
export function readEnvelope<A extends { id: string }>(
  raw: string,
  validator: EnvelopeValidator<A>,
  migrateDoc: Migrate = migrate,
): ParseResult<A> {
  const opened = openEnvelope(raw, migrateDoc);
  if (!opened.ok) return { kind: 'unreadable', problem: opened.code };
  const whole = validator.document(opened.doc);
  if (whole) return { kind: 'ok', assessments: whole };
  const items = opened.doc.assessments;
  if (!Array.isArray(items)) return { kind: 'unreadable', problem: 'schema' };
  const assessments: A[] = [];
  for (const item of items) {
    const a = validator.item(item);
    if (a) assessments.push(a);
  }
  return { kind: 'partial', assessments, problem: 'schema' };
}
