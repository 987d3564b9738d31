/** Builds the plain model props of the workshop and comparison islands (used at build time). */
import type { MaturityModel } from '../../lib/model';
import type { Role } from '../../lib/factors';
import type { ModelProps } from './types';

export function modelProps(model: MaturityModel, chapterHref: (chapterId: string) => string): ModelProps {
  return {
    factors: model.factors.map((f) => ({
      id: f.id,
      number: f.number,
      title: f.title,
      shortLabel: f.shortLabel,
      question: f.question,
      levels: f.levels,
      reflectionQuestions: f.reflectionQuestions,
      href: chapterHref(f.chapter),
    })),
    levelNames: model.scale.levels.map((l) => l.name),
    unknownName: model.scale.unknown.name,
    roleNames: Object.fromEntries(model.scale.roles.map((r) => [r.id, r.name])) as Record<Role, string>,
    modelVersion: model.version,
  };
}
