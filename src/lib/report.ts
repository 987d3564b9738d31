/**
 * The report model: a pure function from an assessment (and optionally an earlier one) and the
 * maturity model to everything /rapport/ and /profil/ show. No DOM, no formatting of markup:
 * user-typed text is passed through as plain strings and rendered as text by the islands.
 *
 * Just over 300 lines on purpose: it is the one place that assembles the report's sections in
 * order from the smaller pure modules (scoring, summary, plan, follow-up, labels), so a reader
 * sees the whole report model at once.
 */
import type { FactorId } from './factors';
import type { Assessment, Decision, PlanStatus } from './schema';
import { levelStats } from './aggregate';
import { followUp, rank, sameOrganisation, scoreAssessment, type FollowUp, type FactorState, type Scores } from './scoring';
import { effectivePlan } from './plan';
import { levelName } from './levels';
import { assessmentLabel, formatDate } from './labels';
import { compareIso } from './dates';

export { assessmentLabel, formatDate };

/**
 * What the report, the profile and their charts need of the maturity model, and no more: the
 * islands of /profil/ and /rapport/ get this (src/islands/model-props.ts), not the whole model.
 * `levels` (the description of each level) is only needed where levelDescription is shown.
 */
export interface ReportModelSource {
  version: string;
  /** `summary` (one line per level, for the report's legend) only comes with the level texts. */
  scale: { levels: { level: number; name: string; summary?: string }[]; roles: { id: string; name: string }[] };
  factors: {
    id: FactorId;
    number: number;
    title: string;
    shortLabel: string;
    chapter: string;
    nextSteps: string[];
    levels?: string[];
  }[];
}

export interface ReportWords {
  /** Next step shown for a 'vet-ej' factor without the group's own step. */
  gapStep: string;
}

export type NextStepSource = 'own' | 'model' | 'gap' | 'none';

export interface ReportFactor {
  id: FactorId;
  number: number;
  title: string;
  shortLabel: string;
  /** Chapter id (link: framgangsfaktorer/<chapter>/). */
  chapter: string;
  state: FactorState;
  /** Scale name of the level ("Etablerat"), null for vet-ej/unanswered. */
  levelName: string | null;
  /** The model's description of this factor at this level. */
  levelDescription: string | null;
  evidence: string;
  notes: string;
  nextStep: string;
  nextStepSource: NextStepSource;
  owner: string;
  due: string;
}

/** One line of the action plan: the factor (its step, owner and date) and the plan's status. */
export interface PlanRow {
  /** 1-based, the group's order. */
  position: number;
  factor: ReportFactor;
  status: PlanStatus;
  comment: string;
}

/** What became of one step of the previous plan (a follow-up). */
export interface LoopRow {
  factor: ReportFactor;
  step: string;
  owner: string;
  due: string;
  status: PlanStatus;
  comment: string;
}

export interface ReportParticipant {
  /** null when names are hidden or none was given. */
  name: string | null;
  role: string;
}

export interface Disagreement {
  id: FactorId;
  number: number;
  title: string;
  /** How many participants gave each level 0–4. */
  counts: [number, number, number, number, number];
  unknown: number;
  unanswered: number;
  /** Number of participants with a level. */
  answered: number;
  min: number | null;
  max: number | null;
  agreed: FactorState;
  agreedName: string | null;
  resolution: string;
}

export interface ReportModel {
  id: string;
  organisation: string;
  title: string;
  kind: Assessment['kind'];
  createdAt: string;
  updatedAt: string;
  /** The model version the answers were given against. */
  modelVersion: string;
  /** The model version used for descriptions now (differs if the model was updated). */
  currentModelVersion: string;
  participants: ReportParticipant[];
  /** Where the participants come from: the workshop, the one who answered, or a group's facilitator. */
  participantsSource: 'workshop' | 'respondent' | 'facilitator' | 'none';
  hideNames: boolean;
  scores: Scores;
  strengths: ReportFactor[];
  priorities: ReportFactor[];
  unknowns: ReportFactor[];
  unanswered: ReportFactor[];
  allEqual: boolean;
  factors: ReportFactor[];
  /** The action plan: the group's (chosen) or the default until it chooses. */
  plan: { chosen: boolean; rows: PlanRow[] };
  /** What became of the previous plan ("Sedan förra skattningen"), or null. */
  loop: { previousId: string; previousDate: string; rows: LoopRow[] } | null;
  /** The decision block, only when at least one of its fields is filled. */
  decision: Decision | null;
  /** Change since an earlier assessment (a follow-up), or null. */
  followUp:
    (FollowUp & { earlier: { id: string; organisation: string; title: string; createdAt: string; modelVersion: string } }) | null;
  /** null: not a workshop consensus; otherwise the factors the group disagreed on. */
  disagreements: Disagreement[] | null;
}

function nameOf(model: ReportModelSource, level: number): string | null {
  return levelName(level, model.scale) || null;
}

function roleName(model: ReportModelSource, role: string): string {
  return model.scale.roles.find((r) => r.id === role)?.name ?? role;
}

function reportFactors(a: Assessment, scores: Scores, model: ReportModelSource, words: ReportWords): ReportFactor[] {
  return scores.factors.map((f) => {
    const fm = model.factors.find((x) => x.id === f.id);
    const ans = a.answers[f.id];
    const own = ans?.nextStep.trim() ?? '';
    let nextStep = '';
    let nextStepSource: NextStepSource = 'none';
    if (own) {
      nextStep = own;
      nextStepSource = 'own';
    } else if (f.state.kind === 'level') {
      nextStep = fm?.nextSteps[f.state.level] ?? '';
      nextStepSource = nextStep ? 'model' : 'none';
    } else if (f.state.kind === 'vet-ej') {
      nextStep = words.gapStep;
      nextStepSource = 'gap';
    }
    const level = f.state.kind === 'level' ? f.state.level : null;
    return {
      id: f.id,
      number: f.number,
      title: fm?.title ?? f.id,
      shortLabel: fm?.shortLabel ?? f.id,
      chapter: fm?.chapter ?? f.id,
      state: f.state,
      levelName: level === null ? null : nameOf(model, level),
      levelDescription: level === null ? null : (fm?.levels?.[level] ?? null),
      evidence: ans?.evidence ?? '',
      notes: ans?.notes ?? '',
      nextStep,
      nextStepSource,
      owner: ans?.owner ?? '',
      due: ans?.due ?? '',
    };
  });
}

function disagreements(a: Assessment, factors: ReportFactor[], model: ReportModelSource): Disagreement[] | null {
  const ws = a.workshop;
  if (!ws) return null;
  const out: Disagreement[] = [];
  for (const f of factors) {
    const wf = ws.factors[f.id];
    if (!wf || wf.disagreement !== true) continue;
    const stats = levelStats(wf.levels);
    out.push({
      id: f.id,
      number: f.number,
      title: f.title,
      counts: stats.perLevel,
      unknown: stats.unknown,
      unanswered: stats.unanswered,
      answered: stats.answered,
      min: stats.min,
      max: stats.max,
      agreed: f.state,
      agreedName: f.state.kind === 'level' ? nameOf(model, f.state.level) : null,
      resolution: wf.resolution,
    });
  }
  return out;
}

function participants(
  a: Assessment,
  model: ReportModelSource,
): { list: ReportParticipant[]; hideNames: boolean; source: ReportModel['participantsSource'] } {
  if (a.workshop) {
    const hide = a.workshop.hideNames;
    return {
      hideNames: hide,
      source: 'workshop',
      list: a.workshop.participants.map((p) => ({ name: hide ? null : p.name.trim() || null, role: roleName(model, p.role) })),
    };
  }
  if (a.participant)
    return {
      hideNames: false,
      source: a.kind === 'consensus' ? 'facilitator' : 'respondent',
      list: [{ name: a.participant.name.trim() || null, role: roleName(model, a.participant.role) }],
    };
  return { hideNames: false, source: 'none', list: [] };
}

export function buildReport(
  a: Assessment,
  model: ReportModelSource,
  words: ReportWords,
  earlier?: Assessment | null,
): ReportModel {
  const scores = scoreAssessment(a);
  const ranking = rank(scores);
  const factors = reportFactors(a, scores, model, words);
  const byId = (id: FactorId) => factors.find((f) => f.id === id)!;
  const unknowns = ranking.unknowns.map((f) => byId(f.id));
  const ep = effectivePlan(a);
  const plan = {
    chosen: ep.chosen,
    rows: ep.items.map((p, i) => ({ position: i + 1, factor: byId(p.factor), status: p.status, comment: p.comment })),
  };
  const loop = a.followUp
    ? {
        previousId: a.followUp.previousId,
        previousDate: a.followUp.previousDate,
        rows: a.followUp.items.map((it) => ({ ...it, factor: byId(it.factor) })),
      }
    : null;
  const d = a.decision;
  const decision = d && (d.by.trim() || d.date || d.reference.trim()) ? d : null;
  const p = participants(a, model);
  const change =
    earlier && earlier.id !== a.id
      ? {
          ...followUp(a, earlier),
          earlier: {
            id: earlier.id,
            organisation: earlier.organisation,
            title: earlier.title,
            createdAt: earlier.createdAt,
            modelVersion: earlier.modelVersion,
          },
        }
      : null;
  return {
    id: a.id,
    organisation: a.organisation,
    title: a.title,
    kind: a.kind,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    modelVersion: a.modelVersion,
    currentModelVersion: model.version,
    participants: p.list,
    participantsSource: p.source,
    hideNames: p.hideNames,
    scores,
    strengths: ranking.strengths.map((f) => byId(f.id)),
    priorities: ranking.priorities.map((f) => byId(f.id)),
    unknowns,
    unanswered: ranking.unanswered.map((f) => byId(f.id)),
    allEqual: ranking.allEqual,
    factors,
    plan,
    loop,
    decision,
    followUp: change,
    disagreements: disagreements(a, factors, model),
  };
}

/** Assessments `a` can be followed up against: all others, same organisation first, newest first. */
export function followUpCandidates(a: Assessment, all: Assessment[]): Assessment[] {
  const same = (x: Assessment) => (sameOrganisation(x.organisation, a.organisation) ? 0 : 1);
  return all.filter((x) => x.id !== a.id).sort((x, y) => same(x) - same(y) || compareIso(y.createdAt, x.createdAt));
}
