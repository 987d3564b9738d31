/**
 * The group's decisions as /workshop/ keeps them (the agreed level, evidence, next step and "how
 * we settled it" per factor), read back from a stored group assessment, and how participants are
 * named. Building the group assessment itself is ./consensus-build.ts, apart so that the
 * workshop's first view does not download the aggregation it needs (it loads with the factor
 * views, or on the first save).
 */
import { FACTOR_IDS, type FactorId } from './factors';
import type { Assessment, LevelValue, Participant } from './schema';
import { newId } from './assessment';
import { MAX_TEXT } from './text-limits';

export interface AgreedFactor {
  level: LevelValue;
  evidence: string;
  nextStep: string;
  /** How the group settled it. */
  resolution: string;
}

export function emptyAgreed(): AgreedFactor {
  return { level: null, evidence: '', nextStep: '', resolution: '' };
}

export function participantOf(a: Assessment): Participant {
  return { name: a.participant?.name ?? '', role: a.participant?.role ?? 'annan' };
}

/** The agreed answers recorded in a stored group assessment (to resume the form). */
export function agreedFrom(a: Assessment | undefined): Partial<Record<FactorId, AgreedFactor>> {
  const out: Partial<Record<FactorId, AgreedFactor>> = {};
  if (!a) return out;
  for (const f of FACTOR_IDS) {
    const ans = a.answers[f];
    const res = a.workshop?.factors[f]?.resolution ?? '';
    if (ans || res)
      out[f] = { level: ans?.level ?? null, evidence: ans?.evidence ?? '', nextStep: ans?.nextStep ?? '', resolution: res };
  }
  return out;
}

/**
 * How a participant is named in views and the report: their name, or "Deltagare 3" when names
 * are hidden or missing, always followed by the role, e.g. "Deltagare 3 (Skola)".
 */
export function participantLabel(
  index: number,
  p: Participant,
  hideNames: boolean,
  roleName: string,
  word = 'Deltagare',
): string {
  const name = !hideNames && p.name.trim() ? p.name.trim() : `${word} ${index + 1}`;
  return `${name} (${roleName})`;
}

/** A new random id for a group assessment ('grupp-…'), valid for assessmentSchema. */
export const newGroupId = (): string => newId('grupp');

/**
 * `text` added to the end of a decided field that holds `current` (a blank line between), or
 * null when the result would pass the field's length limit (nothing is cut off).
 */
export function appendText(current: string, text: string, max = MAX_TEXT): string | null {
  const add = text.trim();
  if (!add) return current;
  if (current.includes(add)) return current;
  const next = current.trim() ? `${current.trimEnd()}\n\n${add}` : add;
  return next.length > max ? null : next;
}
