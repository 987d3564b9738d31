/**
 * Pure rules of the /sjalvskattning/ island: which view to show (home, the guided flow at a
 * factor, the "Klart" step, the summary) and what the start form lacks or keeps. No DOM, no
 * strings: the island turns the codes into Swedish. Names come from `assessmentLabel` (labels.ts).
 */
import { firstUnanswered, type NewAssessment } from './assessment';
import { FACTOR_IDS, type Role } from './factors';
import type { Assessment } from './schema';
import { MAX_SHORT_TEXT } from './text-limits';

/** `done` is the "Klart" step after the last factor (what to do with the answers now). */
export type View = { kind: 'home' } | { kind: 'flow'; step: number } | { kind: 'done' } | { kind: 'summary' };

/** The step index kept within the ten factors. */
export function clampStep(step: number, total: number = FACTOR_IDS.length): number {
  return Math.min(Math.max(Math.trunc(step) || 0, 0), total - 1);
}

/**
 * Opening an assessment: the given step, else its first unanswered factor, else (all answered)
 * the summary.
 */
export function openView(a: Assessment, step?: number): View {
  if (step !== undefined) return { kind: 'flow', step: clampStep(step) };
  const first = firstUnanswered(a);
  return first === -1 ? { kind: 'summary' } : { kind: 'flow', step: first };
}

/** `#faktor-6` opens the flow at factor 6 (index 5) when an assessment is active; else null. */
export function stepFromHash(hash: string, hasActive: boolean, total: number = FACTOR_IDS.length): number | null {
  const m = /^#faktor-(\d+)$/.exec(hash);
  const n = m ? Number(m[1]) : 0;
  return hasActive && n >= 1 && n <= total ? n - 1 : null;
}

/** A title as stored: trimmed and cut to the schema's length. */
export function cleanTitle(title: string): string {
  return title.trim().slice(0, MAX_SHORT_TEXT);
}

export type StartProblem = 'organisation-missing' | 'organisation-too-long';

export interface StartFields {
  organisation: string;
  title: string;
  kind: 'individual' | 'consensus';
  name: string;
  /** A role id, or '' for none. */
  role: string;
}

/** What keeps the start form from starting (the organisation is the one required field). */
export function startProblems(f: Pick<StartFields, 'organisation'>): StartProblem[] {
  const org = f.organisation.trim();
  if (!org) return ['organisation-missing'];
  if (org.length > MAX_SHORT_TEXT) return ['organisation-too-long'];
  return [];
}

/** The new assessment of a filled start form: a participant only when a name or role is given. */
export function startInput(f: StartFields): NewAssessment {
  return {
    organisation: f.organisation,
    title: f.title,
    kind: f.kind,
    participant: f.role || f.name.trim() ? { name: f.name, role: (f.role || 'annan') as Role } : null,
  };
}
