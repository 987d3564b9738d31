/**
 * The assessment schema: the one source of truth for stored data, export files, import and
 * share links. Types come from it (z.infer). Every stored or exported document carries
 * `schemaVersion`; src/lib/migrations.ts upgrades older documents to CURRENT_VERSION (stored-format.ts).
 *
 * Written with `zod/mini` (the same zod 4 core, tree-shakable functions instead of methods), so
 * the browser gets a small validator: `z._default(s, v)` is `s.default(v)`, `z.optional(s)` is
 * `s.optional()`, and limits are checks: `z.string().check(z.maxLength(n))`.
 */
import * as z from 'zod/mini';
import './zod-setup';
import { FACTOR_IDS, ROLES } from './factors';
import { CURRENT_VERSION, FORMAT } from './stored-format';
import { MAX_SHORT_TEXT, MAX_TEXT } from './text-limits';

/** Length limits of text fields (defined zod-free in text-limits.ts for small islands). */
export { MAX_SHORT_TEXT, MAX_TEXT };

/** Most assessments (or saved workshops) one document may hold. */
export const MAX_DOCUMENT_ITEMS = 5000;
/** Most participants one workshop may hold. */
export const MAX_PARTICIPANTS = 2000;

const shortText = z.string().check(z.maxLength(MAX_SHORT_TEXT));
const longText = z.string().check(z.maxLength(MAX_TEXT));
const shortDefault = z._default(shortText, '');
const longDefault = z._default(longText, '');
/** ISO 8601 timestamp as produced by Date.prototype.toISOString(). */
const timestamp = z.iso.datetime({ offset: true });
/** A date YYYY-MM-DD or '' (not given). */
const optionalDate = z._default(z.union([z.iso.date(), z.literal('')]), '');
const idSchema = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/));

export const roleSchema = z.enum(ROLES);
export const factorIdSchema = z.enum(FACTOR_IDS);

/** 0–4, 'vet-ej' (don't know: a gap in knowledge, never a zero) or null (unanswered). */
export const levelValueSchema = z.union([z.int().check(z.minimum(0), z.maximum(4)), z.literal('vet-ej'), z.null()]);

export const factorAnswerSchema = z.object({
  level: z._default(levelValueSchema, null),
  /** "Hur vet vi det?" */
  evidence: longDefault,
  /** "Nästa steg" */
  nextStep: longDefault,
  notes: longDefault,
  /** Action plan: "Ansvarig". */
  owner: shortDefault,
  /** Action plan: "Klart senast", a date YYYY-MM-DD or ''. */
  due: optionalDate,
});

export const participantSchema = z.object({
  name: shortDefault,
  role: roleSchema,
});

/** What the workshop recorded per factor when the group agreed a level (consensus only). */
export const workshopFactorSchema = z.object({
  /** Every participant's level, in participant order ('vet-ej' / null kept as given). */
  levels: z.array(levelValueSchema).check(z.maxLength(MAX_PARTICIPANTS)),
  /** True when the answered levels span two steps or more. */
  disagreement: z.boolean(),
  /** How the group settled it (free text). */
  resolution: longDefault,
});

export const workshopSchema = z.object({
  participants: z.array(participantSchema).check(z.maxLength(MAX_PARTICIPANTS)),
  /** Hide participants' names in views and in the report. */
  hideNames: z._default(z.boolean(), false),
  factors: z._default(z.partialRecord(factorIdSchema, workshopFactorSchema), {}),
});

/** What became of a planned step (the action plan and the follow-up of last time's plan). */
export const PLAN_STATUSES = ['inte-paborjat', 'pagar', 'genomfort', 'struket'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);

/**
 * One line of the group's action plan (schema v2). The step itself, its owner and date are the
 * factor's answer (nextStep, owner, due); the plan adds the order (array order), the status and
 * a comment.
 */
export const planItemSchema = z.object({
  factor: factorIdSchema,
  status: z._default(planStatusSchema, 'inte-paborjat'),
  comment: longDefault,
});

/**
 * A follow-up (schema v2): what became of the previous assessment's action plan. The previous
 * plan's words are copied in, so the follow-up reads the same if the earlier assessment is gone.
 */
export const followUpItemSchema = z.object({
  factor: factorIdSchema,
  /** The planned step as it was written last time. */
  step: longDefault,
  owner: shortDefault,
  due: optionalDate,
  status: z._default(planStatusSchema, 'inte-paborjat'),
  comment: longDefault,
});
export const followUpSchema = z.object({
  /** The id of the earlier assessment (it may have been deleted since). */
  previousId: idSchema,
  /** When the earlier assessment was made (its createdAt). */
  previousDate: timestamp,
  items: z.array(followUpItemSchema).check(z.maxLength(FACTOR_IDS.length)),
});

/** The decision block of the report (schema v2): printed only when filled. */
export const decisionSchema = z.object({
  /** "Fastställd av" (a committee, a board). */
  by: shortDefault,
  /** The date of the decision, YYYY-MM-DD or ''. */
  date: optionalDate,
  /** "Diarienummer". */
  reference: shortDefault,
});

export const assessmentSchema = z.object({
  id: idSchema,
  kind: z.enum(['individual', 'consensus']),
  /** Municipality, region or organisation. */
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SHORT_TEXT)),
  title: shortDefault,
  /** The person who answered (individual assessments); for a group, the facilitator if given. */
  participant: z._default(z.nullable(participantSchema), null),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Version of the maturity model the answers were given against. */
  modelVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  answers: z._default(z.partialRecord(factorIdSchema, factorAnswerSchema), {}),
  /** Present on consensus assessments made in /workshop/. */
  workshop: z.optional(workshopSchema),
  /** The action plan in the group's order (v2). Absent: the group has not chosen one yet. */
  plan: z.optional(z.array(planItemSchema).check(z.maxLength(FACTOR_IDS.length))),
  /** What became of the previous assessment's plan (v2, follow-up assessments only). */
  followUp: z.optional(followUpSchema),
  /** Who adopted the report, when, and its reference number (v2). */
  decision: z.optional(decisionSchema),
});

/** One participant's file as loaded into a workshop. */
export const workshopEntrySchema = z.object({
  /** Unique within the workshop (the same assessment may be loaded twice). */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  /** File name or "Länk 2": where it came from (shown as text). */
  file: shortText,
  assessment: assessmentSchema,
});

/** The group's decision on one factor, as it is being written in the workshop. */
export const workshopDecisionSchema = z.object({
  level: z._default(levelValueSchema, null),
  evidence: longDefault,
  nextStep: longDefault,
  /** How the group settled it. */
  resolution: longDefault,
});

/**
 * A saved workshop session (schema v2): its participants' answers, the group's decisions and
 * its settings, so a facilitator reopens it the next day without any file, or hands it on.
 */
export const workshopSessionSchema = z.object({
  id: idSchema,
  /** May be empty until the facilitator names it. */
  organisation: shortDefault,
  title: shortDefault,
  createdAt: timestamp,
  updatedAt: timestamp,
  modelVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  entries: z.array(workshopEntrySchema).check(z.maxLength(MAX_PARTICIPANTS)),
  decisions: z._default(z.partialRecord(factorIdSchema, workshopDecisionSchema), {}),
  settings: z._default(
    z.object({
      hideNames: z._default(z.boolean(), false),
      roleFilter: z._default(z.union([roleSchema, z.literal('')]), ''),
      /** The factor the facilitator was at (the projector view and the editing view). */
      factor: z._default(z.nullable(factorIdSchema), null),
    }),
    { hideNames: false, roleFilter: '', factor: null },
  ),
  /** The group assessment this workshop saved (null until first saved). */
  groupId: z._default(z.nullable(idSchema), null),
});

export type LevelValue = z.infer<typeof levelValueSchema>;
export type FactorAnswer = z.infer<typeof factorAnswerSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type WorkshopFactor = z.infer<typeof workshopFactorSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type PlanStatus = z.infer<typeof planStatusSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type FollowUpItem = z.infer<typeof followUpItemSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type WorkshopEntry = z.infer<typeof workshopEntrySchema>;
export type WorkshopDecision = z.infer<typeof workshopDecisionSchema>;
export type WorkshopSession = z.infer<typeof workshopSessionSchema>;

const envelopeShape = {
  format: z.literal(FORMAT),
  schemaVersion: z.literal(CURRENT_VERSION),
  exportedAt: timestamp,
  assessments: z._default(z.array(assessmentSchema).check(z.maxLength(MAX_DOCUMENT_ITEMS)), []),
  /** Saved workshop sessions (v2). */
  workshops: z._default(z.array(workshopSessionSchema).check(z.maxLength(MAX_DOCUMENT_ITEMS)), []),
};

/**
 * The stored state (localStorage['tsi-boken:assessments'] and ['tsi-boken:workshops']): the
 * envelope, which may hold zero items.
 */
export const storedDocumentSchema = z.object(envelopeShape);

/**
 * An export file or a share link payload: the same envelope, holding at least one assessment
 * or one saved workshop.
 */
export const documentSchema = storedDocumentSchema.check(
  z.refine((d) => d.assessments.length + d.workshops.length > 0, { path: ['assessments'], message: 'empty' }),
);
export type ExportDocument = z.infer<typeof documentSchema>;
