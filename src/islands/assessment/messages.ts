/** The shape of the /sjalvskattning/ island's notices. */
import type { Deleted } from '../../lib/import-decisions';

/** The notice at the top of the home view (#notice); errors are alerts. */
export interface Notice {
  tone: 'ok' | 'error' | 'warn';
  heading?: string;
  lines: string[];
  /** A deletion that the notice offers to undo. */
  undo?: Deleted;
}
