/**
 * What /workshop/ needs once participants are loaded, in one chunk loaded on first use
 * (kit/lazy.ts): their table, the question about a participant loaded twice, the
 * factor-by-factor view and the code that builds the group assessment (with the aggregation and
 * agreement measure it needs). Saving the group before any participant is loaded fetches it on
 * that click (useGroupSave).
 */
export { DuplicateQuestion } from './DuplicateQuestion';
export { FactorsSection } from './FactorsSection';
export { ParticipantList } from './ParticipantList';
export { buildConsensus } from '../../lib/consensus-build';
