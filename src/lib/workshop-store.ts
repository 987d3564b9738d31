/**
 * Saved workshop sessions (schema v2) in the browser: localStorage['tsi-boken:workshops'] holds
 * the envelope of stored-format.ts (`workshopEnvelope`), and the same envelope is a workshop's
 * export file. The store is the one storage engine (store-core.ts: unavailable or full storage,
 * unreadable data kept aside, other tabs) over its own key.
 *
 * Reading is forgiving: a session whose participants, decisions or settings are partly broken
 * keeps what is readable (salvageSession) and the parse says 'partial', so the engine keeps the
 * raw text aside before anything is written over it.
 */
import { newId } from './assessment';
import { FACTOR_IDS } from './factors';
import { workshopDecisionSchema, workshopEntrySchema, workshopSessionSchema, type WorkshopSession } from './schema';
import { createStore, type ParseResult, type StorageLike, type Store } from './store-core';
import { isRecord, WORKSHOPS_ACTIVE_KEY, WORKSHOPS_KEY, workshopEnvelope } from './stored-format';
import { openEnvelope } from './stored-parse';

export interface Salvaged {
  session: WorkshopSession;
  /** How many parts (participants, decisions, settings, the group's id) were unreadable and left out. */
  dropped: number;
}

/**
 * A saved session as far as it can be read: whole when valid; otherwise its readable
 * participants and decisions, its settings when valid (else the defaults). Null when even its
 * header (id, dates, model version) is unreadable.
 */
export function salvageSession(value: unknown): Salvaged | null {
  const whole = workshopSessionSchema.safeParse(value);
  if (whole.success) return { session: whole.data, dropped: 0 };
  if (!isRecord(value)) return null;
  let dropped = 0;
  const entries = Array.isArray(value.entries) ? value.entries : [];
  const goodEntries = entries.filter((e) => workshopEntrySchema.safeParse(e).success);
  dropped += entries.length - goodEntries.length;
  const decisions: Record<string, unknown> = {};
  if (isRecord(value.decisions)) {
    for (const [k, v] of Object.entries(value.decisions)) {
      if ((FACTOR_IDS as readonly string[]).includes(k) && workshopDecisionSchema.safeParse(v).success) decisions[k] = v;
      else dropped++;
    }
  } else if (value.decisions !== undefined) dropped++;
  const base = { ...value, entries: goodEntries, decisions };
  // Settings and the group's id: kept when valid, else their defaults.
  for (const drop of [[], ['settings'], ['groupId'], ['settings', 'groupId']] as string[][]) {
    const candidate: Record<string, unknown> = { ...base };
    for (const k of drop) delete candidate[k];
    const r = workshopSessionSchema.safeParse(candidate);
    if (r.success) return { session: r.data, dropped: dropped + drop.length };
  }
  return null;
}

/** The sessions of a (migrated) document's `workshops`, first of each id, and the parts left out. */
export function salvageAll(items: unknown): { sessions: WorkshopSession[]; dropped: number } {
  const sessions: WorkshopSession[] = [];
  let dropped = 0;
  for (const item of Array.isArray(items) ? items : []) {
    const s = salvageSession(item);
    if (!s) dropped++;
    else if (sessions.some((x) => x.id === s.session.id)) dropped++;
    else {
      sessions.push(s.session);
      dropped += s.dropped;
    }
  }
  return { sessions, dropped };
}

/** Reads the stored text of the workshops key (never throws). */
export function parseWorkshops(raw: string): ParseResult<WorkshopSession> {
  const opened = openEnvelope(raw);
  if (!opened.ok) return { kind: 'unreadable', problem: opened.code };
  const items = opened.doc.workshops;
  if (items === undefined) return { kind: 'ok', assessments: [] };
  if (!Array.isArray(items)) return { kind: 'unreadable', problem: 'schema' };
  const { sessions, dropped } = salvageAll(items);
  return dropped === 0 ? { kind: 'ok', assessments: sessions } : { kind: 'partial', assessments: sessions, problem: 'schema' };
}

export function serializeWorkshops(sessions: WorkshopSession[], exportedAt: string): string {
  return JSON.stringify(workshopEnvelope(sessions, exportedAt));
}

/** A new id for a saved workshop ('workshop-…'). */
export const newWorkshopId = (): string => newId('workshop');

/** The store of saved workshops over a Storage (localStorage in the browser; a fake in tests). */
export function createWorkshopStore(
  backend: () => StorageLike | null | undefined,
  listen?: (handler: (key: string | null) => void) => void,
): Store<WorkshopSession> {
  return createStore<WorkshopSession>({
    backend,
    parse: parseWorkshops,
    serialize: serializeWorkshops,
    newId: newWorkshopId,
    listen,
    key: WORKSHOPS_KEY,
    activeKey: WORKSHOPS_ACTIVE_KEY,
  });
}

export const workshopStore = createWorkshopStore(
  () => globalThis.localStorage,
  (handler) => globalThis.addEventListener?.('storage', (e) => handler((e as StorageEvent).key)),
);
