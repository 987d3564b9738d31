/**
 * Strings about stored and imported data that every tool page may show: storage notices, why
 * a share link or a file could not be read. Part of `t.assessment`; kept in their own module
 * so that /workshop/, /jamfor/, /profil/ and /rapport/ do not download the self-assessment's
 * strings to show them.
 */
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

/** Notices about the browser's storage (the kit's StorageNotices; /workshop/'s group section). */
export const storage = {
  unavailable:
    'Webbläsaren tillåter inte att sidan sparar något (till exempel i privat läge eller när lagring är blockerad). Du kan göra självskattningen, men svaren finns bara kvar tills du stänger fliken. Exportera en fil innan du stänger.',
  full: 'Webbläsarens lagring är full, så den senaste ändringen kunde inte sparas där. Den finns kvar tills du stänger fliken. Exportera en fil nu för att inte förlora något.',
  unreadableNotKept:
    'Sparade uppgifter i webbläsaren gick inte att läsa och inte heller att lägga åt sidan. Inget skrivs över: ändringar finns bara kvar tills du stänger fliken. Exportera en fil.',
  unreadable: (n: number) =>
    `Det fanns ${plural(n, 'sparade uppgifter', `${n} omgångar sparade uppgifter`)} som inte gick att läsa. De är inte raderade utan sparade åt sidan. Du kan ladda ner dem och visa dem för någon som kan hjälpa till.`,
  downloadUnreadable: (time: string) => `Ladda ner oläsbara uppgifter (${time})`,
  conflict:
    'Självskattningen hade ändrats i en annan flik. Din senaste ändring sparades inte, så att den nyare versionen inte skrevs över. Sidan visar nu den senaste versionen.',
  newer:
    'Uppgifterna i webbläsaren har sparats av en nyare version av webbplatsen, i en annan flik. Den här fliken sparar därför ingenting längre, så att inget skrivs över. Ladda om sidan (tryck F5 eller på knappen för att ladda om) för att fortsätta med den nya versionen. Ändringar du gjort här efter det sparas inte.',
  split: (n: number) =>
    n === 1
      ? 'Två sparade självskattningar hade samma id. Nu är de åtskilda: den ena har fått ett nytt id, så att en ändring i den ena aldrig skriver över den andra. Inga svar har tagits bort.'
      : `Några sparade självskattningar hade samma id som en annan. Nu är de åtskilda: ${n} av dem har fått ett nytt id, så att en ändring i en av dem aldrig skriver över en annan. Inga svar har tagits bort.`,
  dismiss: 'Stäng meddelandet',
} as const;

/** Why a share link could not be read; also read by the kit (read-files) on /workshop/ and /jamfor/. */
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
