/**
 * A level and its words: the one place that turns a level (0–4, 'vet-ej' or unanswered) into
 * what people read ("2 Under utveckling", "Vet ej"), and the one list of level options that
 * every level choice shows (0–4, then "Vet ej"). Pure: the scale's names come in as data.
 */
import type { LevelValue } from './schema';

/** The part of the maturity model's scale that names the levels. */
export interface LevelScale {
  levels: readonly { level: number; name: string }[];
  unknown: { name: string };
}

/** The scale's name of a level ("Under utveckling"), or '' for a level the scale lacks. */
export function levelName(level: number, scale: Pick<LevelScale, 'levels'>): string {
  return scale.levels.find((l) => l.level === level)?.name ?? '';
}

/**
 * "2 Under utveckling" for a level, the scale's "Vet ej" for 'vet-ej', and `unanswered` (the
 * caller's words, for example "Inte besvarad" or "–") when there is no answer.
 */
export function levelWords(level: LevelValue | undefined, scale: LevelScale, unanswered: string): string {
  if (level === null || level === undefined) return unanswered;
  if (level === 'vet-ej') return scale.unknown.name;
  return `${level} ${levelName(level, scale)}`.trim();
}

/** The short form for tables and markers: "2", the scale's "Vet ej", or `unanswered`. */
export function levelShort(level: LevelValue | undefined, scale: Pick<LevelScale, 'unknown'>, unanswered: string): string {
  if (level === null || level === undefined) return unanswered;
  return level === 'vet-ej' ? scale.unknown.name : String(level);
}

export interface LevelOption {
  /** The radio value: '0'–'4' or 'vet-ej'. */
  value: string;
  level: Exclude<LevelValue, null>;
  /** The scale's name ("Etablerat", "Vet ej"). */
  name: string;
}

/** Every level the scale has, in order, then "Vet ej": the options of a level choice. */
export function levelOptions(scale: LevelScale): LevelOption[] {
  return [
    ...scale.levels.map((l) => ({ value: String(l.level), level: l.level, name: l.name })),
    { value: 'vet-ej', level: 'vet-ej' as const, name: scale.unknown.name },
  ];
}
