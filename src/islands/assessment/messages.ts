/** The /sjalvskattning/ island's notices: their shape and the lines of a failed import or link. */
import { t } from '../../i18n/sv';
import { describeImportError } from '../../i18n/sv/import';
import type { Deleted } from '../../lib/import-decisions';
import type { ShareResult } from '../../lib/share';

const s = t.assessment;

/** The notice at the top of the home view (#notice); errors are alerts. */
export interface Notice {
  tone: 'ok' | 'error' | 'warn';
  heading?: string;
  lines: string[];
  /** A deletion that the notice offers to undo. */
  undo?: Deleted;
}

export type ImportFailure = Extract<ShareResult, { ok: false }>['error'];

/** Swedish lines for a failed import or share link (an import error ends with "nothing changed"). */
export function errorLines(error: ImportFailure, titleOf: (id: string) => string | undefined): string[] {
  if (error.code === 'damaged') return [s.shareProblems.damaged];
  if (error.code === 'link-too-large') return [s.shareProblems.tooLarge];
  if (error.code === 'unsupported') return [s.shareProblems.unsupported];
  return [...describeImportError(error, titleOf), s.io.unchanged];
}
