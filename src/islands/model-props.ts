/** Builds the plain, serialisable model props of islands at build time. */
import type { FactorModel, MaturityModel } from '../lib/model';
import type { ReportModelSource } from '../lib/report';
import type { Role } from '../lib/factors';
import type { ModelProps } from './kit/model-types';

/** One factor as islands need it: what the group answers, the level texts and the chapter link. */
export function factorProps(f: FactorModel, chapterHref: (chapterId: string) => string) {
  return {
    id: f.id,
    number: f.number,
    title: f.title,
    shortLabel: f.shortLabel,
    question: f.question,
    levels: f.levels,
    href: chapterHref(f.chapter),
  };
}

/** The workshop and comparison islands' props: factors with reflection questions, names of levels and roles. */
export function modelProps(model: MaturityModel, chapterHref: (chapterId: string) => string): ModelProps {
  return {
    factors: model.factors.map((f) => ({ ...factorProps(f, chapterHref), reflectionQuestions: f.reflectionQuestions })),
    levelNames: model.scale.levels.map((l) => l.name),
    unknownName: model.scale.unknown.name,
    roleNames: Object.fromEntries(model.scale.roles.map((r) => [r.id, r.name])) as Record<Role, string>,
    modelVersion: model.version,
  };
}

/**
 * The profile and report islands' props: only what the report model and the charts read (no
 * questions, reflection questions or level summaries). With `levelTexts` each factor's level
 * descriptions come along (the report shows them; the profile does not).
 */
export function reportModelProps(model: MaturityModel, opts: { levelTexts: boolean }): ReportModelSource {
  return {
    version: model.version,
    scale: {
      // The report's scale legend needs each level's one-line summary; the profile does not.
      levels: model.scale.levels.map(({ level, name, summary }) =>
        opts.levelTexts ? { level, name, summary } : { level, name },
      ),
      roles: model.scale.roles.map(({ id, name }) => ({ id, name })),
    },
    factors: model.factors.map((f) => ({
      id: f.id,
      number: f.number,
      title: f.title,
      shortLabel: f.shortLabel,
      chapter: f.chapter,
      nextSteps: f.nextSteps,
      ...(opts.levelTexts ? { levels: f.levels } : {}),
    })),
  };
}
