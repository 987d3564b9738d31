/**
 * The maturity model's zod schema: the single source of truth for content/model/.
 * Used by src/content.config.ts (build) and by unit tests (which read the JSON directly).
 */
import { z } from 'zod';
import './zod-setup';
import { FACTOR_IDS, ROLES } from './factors';

const text = z.string().trim().min(1);

export const factorModelSchema = z.object({
  id: z.enum(FACTOR_IDS),
  number: z.number().int().min(1).max(10),
  /** The success factor's title, verbatim from the sources. */
  title: text,
  /** Short label for charts and tables (≤ 24 characters). */
  shortLabel: text.max(24),
  /** The id of the chapter (content/chapters/<chapter>.mdx) this factor belongs to. */
  chapter: text,
  /** The question the group answers. */
  question: text,
  /** One concrete, observable description per level 0–4. */
  levels: z.array(text).length(5),
  /** What lifts you from level i to i+1 (index 4: how to keep level 4). */
  nextSteps: z.array(text).length(5),
  /** 3–5 reflection questions (stödfrågor). */
  reflectionQuestions: z.array(text).min(3).max(5),
});
export type FactorModel = z.infer<typeof factorModelSchema>;

export const scaleSchema = z.object({
  /** Model version, recorded in every assessment (e.g. "2026.1"). */
  version: text,
  levels: z.array(z.object({ level: z.number().int().min(0).max(4), name: text, summary: text })).length(5),
  unknown: z.object({ name: text, summary: text }),
  /** The rule people score by, shown above each factor's grid (optional; added in 2026.2). */
  rule: text.optional(),
  /** Short glossary shown beside the scale (optional; added in 2026.2). */
  glossary: z.array(z.object({ term: text, definition: text })).optional(),
  roles: z.array(z.object({ id: z.enum(ROLES), name: text })).length(ROLES.length),
});
export type Scale = z.infer<typeof scaleSchema>;

export interface MaturityModel {
  version: string;
  scale: Scale;
  factors: FactorModel[];
}

/**
 * Cross-file checks zod cannot do per entry: exactly ten factors numbered 1–10 with the
 * ids of FACTOR_IDS in order, and every factor bound to an existing factor chapter and back.
 * Returns developer-facing messages (English) that name file and field.
 */
export function modelProblems(
  factors: { file: string; data: FactorModel }[],
  factorChapters: { id: string; factor: number }[],
): string[] {
  const problems: string[] = [];
  if (factors.length !== 10) problems.push(`content/model/factors: expected 10 factors, found ${factors.length}`);
  const byNumber = new Map<number, string>();
  for (const { file, data } of factors) {
    const prev = byNumber.get(data.number);
    if (prev) problems.push(`${file}: field "number" ${data.number} is also used by ${prev}`);
    byNumber.set(data.number, file);
    if (FACTOR_IDS[data.number - 1] !== data.id)
      problems.push(
        `${file}: field "id" is "${data.id}" but factor ${data.number} must have id "${FACTOR_IDS[data.number - 1]}"`,
      );
    const chapter = factorChapters.find((c) => c.id === data.chapter);
    if (!chapter)
      problems.push(`${file}: field "chapter" names "${data.chapter}", which is not a factor chapter in content/chapters`);
    else if (chapter.factor !== data.number)
      problems.push(
        `${file}: field "chapter" names "${data.chapter}", whose frontmatter "factor" is ${chapter.factor}, not ${data.number}`,
      );
  }
  for (const c of factorChapters) {
    if (!factors.some((f) => f.data.chapter === c.id))
      problems.push(
        `content/chapters/${c.id}.mdx: frontmatter "factor" ${c.factor} has no factor in content/model/factors that names this chapter`,
      );
  }
  return problems;
}
