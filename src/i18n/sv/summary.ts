/**
 * The summary in words (3–5 short sentences in plain language, made from summarize()), shown on
 * /profil/ and in the report. A module of its own, so that /profil/ does not ship the report's
 * strings (report.ts).
 */
import { plural } from '../plural';
import type { ReportSummary } from '../../lib/summary';

/** "A", "A och B", "A, B och C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

const named = (fs: { number: number; shortLabel: string }[]) => listWords(fs.map((f) => `${f.number}. ${f.shortLabel}`));

/** The summary in words: 3–5 short sentences in plain language, made from summarize(). */
export function summarySentences(s: ReportSummary): string[] {
  const out: string[] = [];
  const parts = [
    s.unknown ? `${s.unknown} ”Vet ej”` : '',
    s.unanswered ? `${s.unanswered} ${plural(s.unanswered, 'obesvarad', 'obesvarade')}` : '',
  ].filter(Boolean);
  out.push(
    `Ni har gett en nivå till ${s.answered} av ${s.total} faktorer${parts.length ? `. ${capital(listWords(parts))}` : ''}.`,
  );
  if (s.answered === 0) {
    out.push('Därför går det ännu inte att säga var ni har kommit längst eller var behovet är störst.');
  } else if (s.answered === 1 && s.lowest) {
    out.push(
      `Bara ${named(s.lowest.factors)} har en nivå (${s.lowest.level} ${s.lowest.levelName}), så det går ännu inte att jämföra faktorerna med varandra.`,
    );
  } else if (s.allEqual && s.lowest) {
    out.push(`Alla besvarade faktorer ligger på samma nivå: ${s.lowest.level} ${s.lowest.levelName}.`);
  } else {
    if (s.highest) out.push(`Längst har ni kommit i ${named(s.highest.factors)} (${s.highest.level} ${s.highest.levelName}).`);
    if (s.lowest) out.push(`Störst är behovet i ${named(s.lowest.factors)} (${s.lowest.level} ${s.lowest.levelName}).`);
  }
  if (s.unknowns.length)
    out.push(
      `Ni vet ännu inte hur det ser ut i ${named(s.unknowns)}. ${plural(s.unknowns.length, 'Det är en kunskapslucka', 'Det är kunskapsluckor')} att ta reda på, inte en nolla.`,
    );
  else if (s.answered > 0) out.push('Ni har inga kunskapsluckor: alla besvarade faktorer har en nivå.');
  else out.push('Börja med att skatta faktorerna i självskattningen.');
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
}
