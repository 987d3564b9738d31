/**
 * Names of assessments in selects, legends and headings (pure). Never the same words twice:
 * "Ale kommun – Ale kommun (2026-11-23)" becomes "Ale kommun (2026-11-23)", and a workshop's
 * "Workshop 2026-11-23 (2026-11-23)" becomes "Workshop 2026-11-23".
 */
import type { Assessment } from './schema';
import { formatDate } from './dates';

/** A timestamp as a date in Swedish time: "2026-11-22" (dates.ts: without Intl). */
export { formatDate };

type Named = Pick<Assessment, 'title' | 'organisation' | 'createdAt'>;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** The title without what it repeats of the organisation (an empty string when nothing is left). */
function ownTitle(title: string, organisation: string): string {
  const t = title.trim().replace(/\s+/g, ' ');
  const o = organisation.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  // A title that is the organisation, or is part of it ("Ale" in "Ale kommun"), adds nothing.
  if (o && norm(o).includes(norm(t))) return '';
  return t;
}

/**
 * "Organisation – Title (date)" with every part said once: the title is left out when it is
 * (part of) the organisation's name, the organisation when the title already contains it, and
 * the date when the title already contains it. `organisation: false` leaves the organisation
 * out (a legend where every series is the same organisation), unless nothing else would name it;
 * `date: false` leaves the date out (the assessment's own headings and lists on /sjalvskattning/).
 */
export function assessmentLabel(a: Named, options: { organisation?: boolean; date?: boolean } = {}): string {
  const withOrganisation = options.organisation ?? true;
  const org = a.organisation.trim().replace(/\s+/g, ' ');
  const title = ownTitle(a.title, org);
  const titleHasOrg = !!org && norm(title).includes(norm(org));
  const parts = [withOrganisation && !titleHasOrg ? org : '', title].filter(Boolean);
  if (!parts.length) parts.push(org || title);
  const name = parts.join(' – ');
  if (options.date === false) return name;
  const date = formatDate(a.createdAt);
  return norm(name).includes(norm(date)) ? name : `${name} (${date})`;
}
