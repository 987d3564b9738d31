/**
 * Schema versioning: every stored or exported document carries `schemaVersion`. A document of
 * an older version is upgraded step by step (n → n+1) before it is validated with zod. A newer
 * version than this code knows is rejected (never guessed at).
 *
 * Released versions (each has a fixture in tests/fixtures/ that must import forever):
 *   1 — the first release.
 *   2 — saved workshop sessions (`workshops` beside `assessments`), and on an assessment the
 *       group's action plan (`plan`), the follow-up of the previous plan (`followUp`) and the
 *       report's decision block (`decision`). A v1 document gains `workshops: []`; its
 *       assessments are valid v2 assessments as they are (the new fields are optional).
 * To release version n + 1: add STEPS[n] (a pure function from a version n document to version
 * n + 1), bump CURRENT_VERSION in stored-format.ts, and add fixtures of the new version.
 * Every store and import reads through stored-parse.ts (openEnvelope / readEnvelope), which runs
 * migrate(), so no store can skip a step.
 */
import { CURRENT_VERSION, FORMAT, isRecord } from './stored-format';

type Doc = Record<string, unknown>;
/** STEPS[n] upgrades a document of version n to version n + 1. */
export const STEPS: Record<number, (doc: Doc) => Doc> = {
  1: (doc) => ({ ...doc, workshops: [] }),
};

export type MigrationResult =
  | { ok: true; doc: Doc; from: number }
  | { ok: false; code: 'not-object' | 'format' | 'version-missing' | 'version-newer' | 'version-unknown'; version?: unknown };

/** Checks the envelope's format and version and upgrades it to CURRENT_VERSION. Never throws. */
export function migrate(value: unknown): MigrationResult {
  return migrateWith(value, STEPS, CURRENT_VERSION);
}

/**
 * The chain itself, for any list of steps and current version (the tests also run it on a
 * synthetic chain).
 */
export function migrateWith(value: unknown, steps: Record<number, (doc: Doc) => Doc>, current: number): MigrationResult {
  if (!isRecord(value)) return { ok: false, code: 'not-object' };
  if (value.format !== FORMAT) return { ok: false, code: 'format' };
  const version = value.schemaVersion;
  if (version === undefined) return { ok: false, code: 'version-missing' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, code: 'version-unknown', version };
  if (version > current) return { ok: false, code: 'version-newer', version };
  let doc: Doc = value;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) return { ok: false, code: 'version-unknown', version };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}
