/**
 * Reading the stored state with the full schema (zod) and the migration chain. Used by
 * src/lib/storage.ts; kept apart so that import (io.ts) and storage share one reading.
 */
import { migrate } from './migrations';
import { assessmentSchema, storedDocumentSchema, type Assessment } from './schema';
import { safeJsonParse } from './stored-format';
import type { ParseResult } from './store-core';

export function parseStored(raw: string): ParseResult<Assessment> {
  let value: unknown;
  try {
    value = safeJsonParse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'json' };
  }
  const migrated = migrate(value);
  if (!migrated.ok) return { kind: 'unreadable', problem: migrated.code };
  const whole = storedDocumentSchema.safeParse(migrated.doc);
  if (whole.success) return { kind: 'ok', assessments: whole.data.assessments };
  const items = migrated.doc.assessments;
  if (!Array.isArray(items)) return { kind: 'unreadable', problem: 'schema' };
  const assessments: Assessment[] = [];
  for (const item of items) {
    const r = assessmentSchema.safeParse(item);
    if (r.success && !assessments.some((a) => a.id === r.data.id)) assessments.push(r.data);
  }
  return { kind: 'partial', assessments, problem: 'schema' };
}

