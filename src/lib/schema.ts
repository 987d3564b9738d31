/**
 * The assessment schema: the one source of truth for stored data, export files, import and
 * share links. Types come from it (z.infer). Every stored or exported document carries
 * `schemaVersion`; src/lib/migrations.ts upgrades older documents to CURRENT_VERSION (stored-format.ts).
 */
import { z } from 'zod';
import './zod-setup';
import { FACTOR_IDS, ROLES } from './factors';
import { CURRENT_VERSION, FORMAT } from './stored-format';
import { MAX_SHORT_TEXT, MAX_TEXT } from './text-limits';

/** Length limits of text fields (defined zod-free in text-limits.ts for small islands). */
export { MAX_SHORT_TEXT, MAX_TEXT };

const shortText = z.string().max(MAX_SHORT_TEXT);
const longText = z.string().max(MAX_TEXT);
/** ISO 8601 timestamp as produced by Date.prototype.toISOString(). */
const timestamp = z.iso.datetime({ offset: true });

export const roleSchema = z.enum(ROLES);
export const factorIdSchema = z.enum(FACTOR_IDS);

/** 0–4, 'vet-ej' (don't know: a gap in knowledge, never a zero) or null (unanswered). */
export const levelValueSchema = z.union([z.number().int().min(0).max(4), z.literal('vet-ej'), z.null()]);

export const factorAnswerSchema = z.object({
  level: levelValueSchema.default(null),
  /** "Hur vet vi det?" */
  evidence: longText.default(''),
  /** "Nästa steg" */
  nextStep: longText.default(''),
  notes: longText.default(''),
  /** Action plan: "Ansvarig". */
  owner: shortText.default(''),
  /** Action plan: "Klart senast", a date YYYY-MM-DD or ''. */
  due: z.union([z.iso.date(), z.literal('')]).default(''),
});

export const participantSchema = z.object({
  name: shortText.default(''),
  role: roleSchema,
});

/** What the workshop recorded per factor when the group agreed a level (consensus only). */
export const workshopFactorSchema = z.object({
  /** Every participant's level, in participant order ('vet-ej' / null kept as given). */
  levels: z.array(levelValueSchema).max(2000),
  /** True when the answered levels span two steps or more. */
  disagreement: z.boolean(),
  /** How the group settled it (free text). */
  resolution: longText.default(''),
});

export const workshopSchema = z.object({
  participants: z.array(participantSchema).max(2000),
  /** Hide participants' names in views and in the report. */
  hideNames: z.boolean().default(false),
  factors: z.partialRecord(factorIdSchema, workshopFactorSchema).default({}),
});

export const assessmentSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
  kind: z.enum(['individual', 'consensus']),
  /** Municipality, region or organisation. */
  organisation: z.string().trim().min(1).max(MAX_SHORT_TEXT),
  title: shortText.default(''),
  /** The person who answered (individual assessments); for a group, the facilitator if given. */
  participant: participantSchema.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Version of the maturity model the answers were given against. */
  modelVersion: z.string().min(1).max(40),
  answers: z.partialRecord(factorIdSchema, factorAnswerSchema).default({}),
  /** Present on consensus assessments made in /workshop/. */
  workshop: workshopSchema.optional(),
});

export type LevelValue = z.infer<typeof levelValueSchema>;
export type FactorAnswer = z.infer<typeof factorAnswerSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type WorkshopFactor = z.infer<typeof workshopFactorSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

/** An export file, a share link payload and the stored state all use this envelope. */
export const documentSchema = z.object({
  format: z.literal(FORMAT),
  schemaVersion: z.literal(CURRENT_VERSION),
  exportedAt: timestamp,
  assessments: z.array(assessmentSchema).min(1).max(5000),
});
export type ExportDocument = z.infer<typeof documentSchema>;

/**
 * The stored state (localStorage['tsi-boken:assessments']): the same envelope as an export
 * file, but it may hold zero assessments. Added for src/lib/storage.ts.
 */
export const storedDocumentSchema = documentSchema.extend({
  assessments: z.array(assessmentSchema).max(5000),
});
