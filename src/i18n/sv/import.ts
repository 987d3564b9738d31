/**
 * Import errors in plain Swedish: what describeImportError() says for each ImportError of
 * src/lib/io.ts, naming the field that is wrong (readablePath), and why a share link could not
 * be read. Kept out of src/lib so that lib holds no UI strings, and out of `t` so that a page
 * downloads them only with the code that reads a file or a link (import()).
 */
import type { ImportError, IssuePath } from '../../lib/io';
import { decimalComma } from '../../lib/format';
import { plural } from '../plural';

const allAssessments = 'listan över självskattningar';

/** Readable names of the other fields, by their key in the file. */
export const fieldNames: Readonly<Record<string, string>> = {
  assessments: allAssessments,
  format: 'format',
  schemaVersion: 'version',
  exportedAt: 'exportdatum',
  id: 'id',
  kind: 'typ (individuell eller grupp)',
  organisation: 'kommun eller organisation',
  title: 'titel',
  name: 'namn',
  role: 'roll',
  createdAt: 'skapad',
  updatedAt: 'ändrad',
  modelVersion: 'modellens version',
  answers: 'svar',
  level: 'nivå',
  evidence: '”Hur vet vi det?”',
  nextStep: '”Nästa steg”',
  notes: 'anteckningar',
  owner: 'ansvarig',
  due: 'klart senast',
  workshop: 'workshopuppgifter',
  participants: 'deltagare',
  hideNames: 'dölj namn',
  factors: 'faktorer',
  levels: 'nivåer',
  disagreement: 'oenighet',
  resolution: 'hur gruppen kom överens',
};

/** Why a share link could not be read (/sjalvskattning/, and the kit's read-files on /workshop/ and /jamfor/). */
export const shareProblems = {
  damaged:
    'Länken är skadad eller ofullständig och kan inte läsas. Inget har ändrats. Be den som skickade länken att skicka den igen, gärna som fil.',
  tooLarge: 'Länken innehåller för mycket data och kan inte läsas. Inget har ändrats.',
  unsupported: 'Den här webbläsaren kan inte packa upp delade länkar. Be om en exporterad fil i stället.',
} as const;

/** Why a file could not be imported (src/i18n/sv/import.ts words each ImportError). */
export const importErrors = {
  tooLarge: (mb: string) => `Filen är för stor (${mb} MB). Största tillåtna storlek är 5 MB.`,
  empty: 'Filen är tom.',
  readFailed: 'Filen gick inte att läsa. Försök igen eller välj en annan fil.',
  encoding:
    'Filen är inte sparad som UTF-8, så tecken som å, ä och ö skulle bli fel. Inget har lästs in. Öppna filen i en textredigerare (till exempel Anteckningar), välj Spara som och teckenkodningen UTF-8, och försök sedan igen.',
  tooDeep:
    'Filen är en JSON-fil, men den har så många nivåer inuti varandra att den inte går att läsa. En export från självskattningen ser aldrig ut så. Välj en fil som har exporterats från självskattningen.',
  notJson: 'Filen är inte en JSON-fil, eller så är den skadad. Välj en fil som har exporterats från självskattningen.',
  notObject: 'Filen går att läsa men är inte en självskattning. Välj en fil som har exporterats från självskattningen.',
  format: 'Filen är en annan sorts fil: den är inte en export från självskattningen i TSI-boken digital.',
  versionMissing: 'Filen saknar uppgift om version och kan därför inte läsas.',
  versionNewer: (v: string) =>
    `Filen är gjord med en nyare version av självskattningen (version ${v}). Ladda om sidan för att få den senaste versionen och försök igen.`,
  versionUnknown: (v: string) => `Filen har en okänd version (${v}) och kan inte läsas.`,
  versionTooLarge:
    'Filen anger ett orimligt stort versionsnummer och kan inte läsas. En export från självskattningen har version 1.',
  noAssessments: 'Filen innehåller inga självskattningar.',
  tooMany: (count: string, max: string) =>
    `Filen innehåller ${count} självskattningar, men högst ${max} går att läsa in från en fil. Inget har lästs in. Dela upp dem på flera filer.`,
  unknownKeys: (where: string, keys: string) => `Fel i filen: ${where}: okänd uppgift ${keys}.`,
  unknownFactors: (where: string, keys: string) => `Fel i filen: ${where}: okänd faktor ${keys}.`,
  invalid: (where: string, what: string) => `Fel i filen: ${where}: ${what}.`,
  more: (n: number) => plural(n, 'Och ett fel till.', `Och ${n} fel till.`),
  /** The last line of a failed import on /sjalvskattning/. */
  unchanged: 'Inget har ändrats.',
} as const;

/** Parts of readable error paths in import files: "självskattning 2, faktor ’…’, nivå". */
export const fields = {
  assessment: (n: number) => `självskattning ${n}`,
  factor: (title: string) => `faktor ’${title}’`,
  participant: (n: number) => `deltagare ${n}`,
  /** The one participant of an assessment (key `participant`). */
  participantField: 'deltagare',
  /** The whole list (an error at the root of the file). */
  assessments: allAssessments,
} as const;

/** What is wrong with a field of an import file. */
export const issues = {
  missing: 'saknas',
  tooLong: 'är för lång',
  wrongValue: 'har ett ogiltigt värde',
  wrongType: 'har fel typ av värde',
  wrongDate: 'är inte ett giltigt datum',
  empty: 'är tom',
  unknownKey: 'är okänd',
} as const;

/** A whole number with a (no-break) space between thousands: 5 000. */
function wholeNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** "självskattning 2, faktor ’Inrätta tvärprofessionella team’, nivå" */
export function readablePath(path: IssuePath, factorTitle: (id: string) => string | undefined): string {
  const f = fields;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'assessments' && typeof next === 'number') {
      parts.push((f.assessment as (n: number) => string)(next + 1));
      i++;
    } else if ((key === 'answers' || key === 'factors') && typeof next === 'string') {
      parts.push(f.factor(factorTitle(next) ?? next));
      i++;
    } else if (key === 'participants' && typeof next === 'number') {
      parts.push(f.participant(next + 1));
      i++;
    } else if (key === 'participant') parts.push(f.participantField);
    else if (typeof key === 'number') parts.push(`nr ${key + 1}`);
    else if (key !== undefined) parts.push(fieldNames[key] ?? key);
  }
  return parts.join(', ') || f.assessments;
}

/** The import errors that carry nothing but their code. */
type FixedError = Exclude<ImportError, { size: number } | { version: unknown } | { count: number } | { issues: unknown }>;

/** Plain Swedish lines that say what is wrong (at most `max` field errors, then "and n more"). */
export function describeImportError(error: ImportError, factorTitle: (id: string) => string | undefined, max = 5): string[] {
  const e = importErrors;
  // The errors that carry nothing but their code: one fixed sentence each.
  const fixed: Record<FixedError['code'], string> = {
    empty: e.empty,
    'read-failed': e.readFailed,
    encoding: e.encoding,
    'not-json': e.notJson,
    'too-deep': e.tooDeep,
    'not-object': e.notObject,
    format: e.format,
    'version-missing': e.versionMissing,
    'no-assessments': e.noAssessments,
  };
  switch (error.code) {
    case 'too-large':
      return [e.tooLarge(decimalComma(error.size / 1024 / 1024, 1))];
    case 'version-newer':
      return [e.versionNewer(String(error.version))];
    case 'version-unknown':
      // 1e400 in the file parses to Infinity (which JSON would write as null).
      if (typeof error.version === 'number' && !Number.isFinite(error.version)) return [e.versionTooLarge];
      return [e.versionUnknown(String(JSON.stringify(error.version) ?? error.version).slice(0, 40))];
    case 'too-many':
      return [e.tooMany(wholeNumber(error.count), wholeNumber(error.max))];
    case 'invalid': {
      const lines = error.issues.slice(0, max).map((i) => {
        const where = readablePath(i.path, factorTitle);
        if (i.kind !== 'unknownKey' || !i.keys?.length) return e.invalid(where, issues[i.kind]);
        const names = i.keys
          .slice(0, 3)
          .map((k) => `’${k.slice(0, 60)}’`)
          .join(', ');
        const last = i.path.at(-1);
        return (last === 'answers' || last === 'factors' ? e.unknownFactors : e.unknownKeys)(where, names);
      });
      if (error.issues.length > max) lines.push(e.more(error.issues.length - max));
      return lines;
    }
    default:
      return [fixed[error.code]];
  }
}
