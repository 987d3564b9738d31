/**
 * Builds the group (consensus) assessment from the workshop: the participants (with roles),
 * the group's agreed level, evidence, next step and "how we settled it" per factor, and every
 * participant's level per factor with the disagreement flag (read by /rapport/), set from the
 * graded measure of src/lib/agreement.ts.
 * The consensus level is the group's choice, never computed from the participants' levels.
 */
import { FACTOR_IDS, type FactorId } from './factors';
import { levelOf } from './aggregate';
import { agreementOf } from './agreement';
import { assessmentSchema, type Assessment, type WorkshopFactor } from './schema';
import { emptyAnswer } from './assessment';
import { participantOf, type AgreedFactor } from './consensus';

export interface ConsensusMeta {
  id: string;
  organisation: string;
  title: string;
  /** ISO timestamp of the workshop (createdAt of the group assessment). */
  createdAt: string;
  modelVersion: string;
  hideNames: boolean;
}

/**
 * The group assessment. `previous` (the stored version, if any) keeps what other pages added
 * (action plan owner/due, notes) and the original createdAt is taken from meta.
 * Throws only on a programming error (the result is checked against the schema).
 */
export function buildConsensus(
  meta: ConsensusMeta,
  participants: readonly Assessment[],
  agreed: Partial<Record<FactorId, AgreedFactor>>,
  previous?: Assessment,
  now: Date = new Date(),
): Assessment {
  const answers: Assessment['answers'] = {};
  const factors: Partial<Record<FactorId, WorkshopFactor>> = {};
  // With no participants loaded (e.g. the group assessment is resumed in a new session), the
  // participants and levels recorded earlier are kept rather than wiped.
  const keep = participants.length === 0 && (previous?.workshop?.participants.length ?? 0) > 0 ? previous!.workshop! : null;
  for (const f of FACTOR_IDS) {
    const levels = keep ? (keep.factors[f]?.levels ?? []) : participants.map((p) => levelOf(p, f));
    const g = agreed[f];
    factors[f] = {
      levels,
      // The stored flag follows the graded measure (agreement.ts, DISAGREEMENT_BELOW).
      disagreement: agreementOf(levels).disagreement,
      resolution: g?.resolution ?? previous?.workshop?.factors[f]?.resolution ?? '',
    };
    const before = previous?.answers[f];
    if (g) answers[f] = { ...emptyAnswer(), ...before, level: g.level, evidence: g.evidence, nextStep: g.nextStep };
    else if (before) answers[f] = before;
  }
  return assessmentSchema.parse({
    id: meta.id,
    kind: 'consensus',
    organisation: meta.organisation,
    title: meta.title,
    participant: null,
    createdAt: meta.createdAt,
    updatedAt: now.toISOString(),
    modelVersion: meta.modelVersion,
    answers,
    workshop: { participants: keep ? keep.participants : participants.map(participantOf), hideNames: meta.hideNames, factors },
  });
}
