/**
 * Names of the files the site writes, so that a facilitator who receives five participants'
 * files can tell them apart: organisation, participant (or role) and date, ASCII only.
 * e.g. sjalvskattning-ale-kommun-anna-rektor-2026-11-23.json
 */
import type { Assessment } from './schema';

/** Longest slug part (organisation, person), so a name stays readable in any file dialog. */
export const MAX_SLUG = 40;

/**
 * A file-name part: lower case, letters without marks (å/ä→a, ö→o, é→e), any other run of
 * characters one '-', at most `max` characters, cut at a '-' when one is near.
 */
export function slug(text: string, max = MAX_SLUG): string {
  const s = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  if (s[max] === '-') return cut;
  const dash = cut.lastIndexOf('-');
  return (dash >= max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** The date in the user's own time zone, YYYY-MM-DD (a file saved at 00:30 carries that day). */
export function localDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Who answered: the participant's name, else their role id (already a slug), else nothing. */
function personPart(a: Pick<Assessment, 'participant'>): string {
  const p = a.participant;
  if (!p) return '';
  return slug(p.name) || slug(p.role);
}

/**
 * The export file's name: one assessment gives organisation and participant (or role), several
 * give "alla"; always the date. `ext` without the dot.
 */
export function assessmentFileName(
  assessments: readonly Pick<Assessment, 'organisation' | 'participant'>[],
  now = new Date(),
  ext = 'json',
): string {
  const one = assessments.length === 1 ? assessments[0] : undefined;
  const parts = one ? [slug(one.organisation) || 'export', personPart(one)] : ['alla'];
  return ['sjalvskattning', ...parts.filter(Boolean), localDate(now)].join('-') + `.${ext}`;
}
