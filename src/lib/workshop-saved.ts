/**
 * The workshop's session state (workshop-session.ts) as a saved workshop (schema v2,
 * `workshopSessionSchema`) and back, and the session an older version of the page kept in the
 * tab (sessionStorage) carried over into a saved workshop. Pure functions, no storage.
 */
import type { AgreedFactor } from './consensus';
import type { FactorId } from './factors';
import type { WorkshopSession } from './schema';
import type { Entry } from './session-entries';
import { isRecord } from './stored-format';
import { salvageSession, type Salvaged } from './workshop-store';
import { dateIso, type WorkshopState } from './workshop-session';

/** The part of the state a saved workshop keeps. */
export type SavedPart = Pick<WorkshopState, 'entries' | 'agreed' | 'meta' | 'hideNames' | 'roleFilter' | 'groupId' | 'factor'>;

/** True when there is something worth saving (a participant or a decision). */
export function worthSaving(s: Pick<WorkshopState, 'entries' | 'agreed'>): boolean {
  return s.entries.length > 0 || Object.keys(s.agreed).length > 0;
}

/**
 * The saved workshop of the state. Its createdAt is the workshop's date (noon UTC, as the group
 * assessment's), so the list shows the day the group met; updatedAt is stamped by the store.
 */
export function toSession(s: SavedPart, id: string, modelVersion: string, now: Date = new Date()): WorkshopSession {
  return {
    id,
    organisation: s.meta.organisation.trim(),
    title: s.meta.title.trim(),
    createdAt: dateIso(s.meta.date, () => now),
    updatedAt: now.toISOString(),
    modelVersion,
    entries: s.entries.map((e) => ({ key: e.key, file: e.file, assessment: e.a })),
    decisions: { ...s.agreed },
    settings: { hideNames: s.hideNames, roleFilter: s.roleFilter, factor: s.factor },
    groupId: s.groupId,
  };
}

/** The state's part of a saved workshop. */
export function fromSession(w: WorkshopSession): SavedPart {
  return {
    entries: w.entries.map((e): Entry => ({ key: e.key, file: e.file, a: e.assessment })),
    agreed: { ...w.decisions } as Partial<Record<FactorId, AgreedFactor>>,
    meta: { organisation: w.organisation, title: w.title, date: w.createdAt.slice(0, 10) },
    hideNames: w.settings.hideNames,
    roleFilter: w.settings.roleFilter,
    groupId: w.groupId,
    factor: w.settings.factor,
  };
}

/** What this tab's sessionStorage says: the open workshop's id, or an older page's whole session. */
export type TabSession = { kind: 'open'; id: string } | { kind: 'legacy'; small: Record<string, unknown> } | { kind: 'none' };

export function tabSession(value: unknown): TabSession {
  if (!isRecord(value)) return { kind: 'none' };
  if (typeof value.open === 'string' && value.open) return { kind: 'open', id: value.open };
  if ('agreed' in value || 'meta' in value || 'groupId' in value) return { kind: 'legacy', small: value };
  return { kind: 'none' };
}

/**
 * An older page's tab session (its small part and its participants, as kept in sessionStorage)
 * as a saved workshop, keeping what is readable (`dropped` counts what was not). Null only when
 * the id or model version given is invalid.
 */
export function fromLegacy(
  small: Record<string, unknown>,
  participants: unknown,
  id: string,
  modelVersion: string,
  now: Date = new Date(),
): Salvaged | null {
  const meta = isRecord(small.meta) ? small.meta : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const list = isRecord(participants) && Array.isArray(participants.entries) ? participants.entries : [];
  const settings = { hideNames: small.hideNames ?? false, roleFilter: small.roleFilter ?? '', factor: null };
  const candidate = {
    id,
    organisation: text(meta.organisation),
    title: text(meta.title),
    createdAt: dateIso(text(meta.date), () => now),
    updatedAt: now.toISOString(),
    modelVersion,
    entries: list.map((e: unknown) => (isRecord(e) ? { key: e.key, file: e.file, assessment: e.a } : e)),
    decisions: small.agreed ?? {},
    settings,
    groupId: small.groupId ?? null,
  };
  return salvageSession(candidate);
}
