/**
 * What a factor chapter's assessment shows (pure; src/islands/assessment/chapter-upgrade.ts
 * draws it into the server's markup): the storage notices, and either the short start form or
 * the active assessment's line and this factor's answer.
 */
import type { Assessment, FactorAnswer } from './schema';
import type { FactorId } from './factors';
import type { StorageStatus } from './store-core';
import { answerOf, progress } from './assessment';
import { assessmentLabel } from './labels';
import { MAX_SHORT_TEXT } from './text-limits';
import { chapterIsland as s } from '../i18n/sv/assessment-chapter';

/** The chapter's storage notices, in the order they are shown. */
export const SHORT_NOTICES = ['newer', 'memory', 'unreadable'] as const;
export type ShortNotice = (typeof SHORT_NOTICES)[number];

/**
 * Which notices the status calls for: answers only in memory (`newer` when a newer version of
 * the site wrote the data: reload), and unreadable data kept aside.
 */
export function shortNotices(status: Pick<StorageStatus, 'mode' | 'unreadable' | 'memoryReason'>): ShortNotice[] {
  const kinds: ShortNotice[] = [];
  if (status.mode === 'memory') kinds.push(status.memoryReason === 'newer' ? 'newer' : 'memory');
  if (status.unreadable.length) kinds.push('unreadable');
  return kinds;
}

export interface ActiveView {
  id: string;
  /** "Du skattar i: Ale kommun · 3 av 10 besvarade · " (the change link follows). */
  line: string;
  answer: FactorAnswer;
}

/** The active assessment as the chapter shows it, or null: no active assessment (the start form). */
export function activeView(active: Assessment | null | undefined, factor: FactorId): ActiveView | null {
  if (!active) return null;
  const p = progress(active);
  return {
    id: active.id,
    line: `${s.activeIn(assessmentLabel(active, { date: false }))} · ${s.progress(p.answered, p.total)} · `,
    answer: answerOf(active, factor),
  };
}

/** The organisation the start form starts with (at most MAX_SHORT_TEXT), or null when it is empty. */
export function startOrganisation(input: string): string | null {
  return input.trim() ? input.slice(0, MAX_SHORT_TEXT) : null;
}
