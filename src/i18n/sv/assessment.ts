/**
 * Strings of the self-assessment (chapter island, /sjalvskattning/, storage notices, import).
 * Strings with values are functions of typed arguments; counts pick their form with plural().
 * The chapter island's strings live in ./assessment-chapter.ts (the island imports them from
 * there, so that its bundle stays small) and are part of `t.assessment` here.
 */
import { plural } from '../plural';
import { chapterIsland, factorForm, progress } from './assessment-chapter';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';

/** Notices about the browser's storage (the kit's StorageNotices). */
const storage = {
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

const allAssessments = 'listan över självskattningar';

/** Readable names of fields in import error paths, by their key in the file. */
const fieldNames: Readonly<Record<string, string>> = {
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

export const assessment = {
  chapterIsland,
  factorForm,
  page: {
    title: 'Självskattning',
    description: 'Skatta er kommuns mognad på de tio framgångsfaktorerna. Allt sparas bara i din webbläsare.',
    intro:
      'Gå igenom de tio framgångsfaktorerna en i taget och välj den nivå som bäst beskriver hur det ser ut hos er i dag. Svaren sparas direkt i din webbläsare.',
    noJs: 'Självskattningen kräver JavaScript. Du kan läsa mognadsskalan för varje framgångsfaktor i kapitlen och skriva ut dem.',
    howTo: 'Så genomför ni en workshop',
  },
  safety: {
    heading: 'Spara en kopia',
    text: 'Svaren finns bara i den här webbläsaren. Webbläsaren kan radera dem, till exempel när du rensar historiken eller använder privat läge. En exporterad fil är den säkra kopian.',
  },
  storage,
  start: {
    heading: 'Starta en ny självskattning',
    organisation: 'Kommun eller organisation (måste fyllas i)',
    organisationHint: 'Till exempel namnet på er kommun eller region.',
    title: 'Titel',
    titleHint: 'Till exempel ”Styrgruppen hösten” eller ”Uppföljning efter ett år”. Kan lämnas tom.',
    kindLegend: 'Vem svarar?',
    individual: 'Jag svarar själv (individuell skattning)',
    consensus: 'Gruppen svarar tillsammans (gruppskattning)',
    name: 'Ditt namn',
    nameHint: 'Frivilligt. Används för att skilja svaren åt i en workshop.',
    groupName: 'Samtalsledarens namn',
    role: 'Din roll',
    groupRole: 'Samtalsledarens roll',
    noRole: 'Ingen roll angiven',
    submit: 'Starta självskattningen',
    errorsHeading: 'Rätta det här för att kunna starta:',
    organisationMissing: 'Skriv kommun eller organisation.',
    organisationTooLong: `Namnet på kommun eller organisation får vara högst ${MAX_SHORT_TEXT} tecken.`,
    started: (name: string) => `Självskattningen för ${name} är startad.`,
  },
  list: {
    heading: 'Dina självskattningar',
    empty: 'Det finns inga självskattningar sparade i den här webbläsaren ännu.',
    active: 'pågående',
    individual: 'Individuell',
    consensus: 'Grupp',
    created: 'Skapad',
    updated: 'Ändrad',
    open: 'Öppna',
    openLabel: (name: string) => `Öppna ${name}`,
    rename: 'Byt namn',
    renameLabel: (name: string) => `Byt namn på ${name}`,
    renameField: 'Ny titel',
    renameSave: 'Spara namnet',
    renamed: 'Namnet är ändrat.',
    cancel: 'Avbryt',
    duplicate: 'Gör en uppföljning',
    duplicateLabel: (name: string) => `Gör en uppföljning av ${name}`,
    duplicateLegend: 'Vad ska den nya självskattningen innehålla?',
    duplicateCopy: 'Börja med svaren från den här (nivåer och texter kopieras, ni ändrar det som har ändrats)',
    duplicateEmpty: 'Börja med tomma svar (samma organisation och deltagare, inga svar)',
    duplicateTitle: 'Titel på uppföljningen',
    duplicateDefaultTitle: (title: string, date: string) => `Uppföljning ${date}${title ? ` av ${title}` : ''}`,
    duplicateSave: 'Skapa uppföljningen',
    duplicated: (copied: boolean) =>
      copied
        ? 'Uppföljningen är skapad med svaren kopierade. Den är nu öppen.'
        : 'Uppföljningen är skapad med tomma svar. Den är nu öppen.',
    exportOne: 'Exportera',
    exportOneLabel: (name: string) => `Exportera ${name} som fil`,
    share: 'Dela som länk',
    shareLabel: (name: string) => `Dela som länk: ${name}`,
    delete: 'Ta bort',
    deleteLabel: (name: string) => `Ta bort ${name}`,
    deleteConfirm: (name: string) => `Vill du ta bort ${name}? Svaren försvinner från den här webbläsaren.`,
    deleteYes: 'Ja, ta bort',
    deleted: (name: string) => `${name} är borttagen.`,
    undo: 'Ångra',
    restored: (name: string) => `${name} är återställd.`,
    exportAll: 'Exportera alla som fil',
  },
  flow: {
    progress,
    stepOf: (n: number, total: number) => `Faktor ${n} av ${total}`,
    jumpHeading: 'Gå till faktor',
    answered: 'besvarad',
    unanswered: 'inte besvarad',
    previous: 'Föregående faktor',
    next: 'Nästa faktor',
    toSummary: 'Till sammanfattningen',
    readChapter: 'Läs kapitlet om faktorn',
    close: 'Tillbaka till listan',
    done: 'Klart',
    activeHeading: (name: string) => `Självskattning: ${name}`,
  },
  /** The "Klart" step after the tenth factor: what to do with the answers now. */
  done: {
    heading: 'Klart! Skicka nu svaren vidare',
    allAnswered: 'Du har svarat på alla tio faktorer.',
    missing: (n: number) =>
      plural(
        n,
        'En faktor saknar svar. Du kan skicka svaren ändå, eller gå tillbaka och svara först.',
        `${n} faktorer saknar svar. Du kan skicka svaren ändå, eller gå tillbaka och svara först.`,
      ),
    whyIndividual:
      'Svaren finns bara i den här webbläsaren. Samtalsledaren behöver dem för att kunna lägga ihop allas svar inför workshopen.',
    whyGroup:
      'Svaren finns bara i den här webbläsaren. Spara dem som fil, så har ni en säker kopia och kan skicka dem till den som jämför kommunerna.',
    howHeading: 'Gör så här',
    fileIndividual: 'Spara svaren som fil. Skicka sedan filen till samtalsledaren, till exempel i ett mejl.',
    fileGroup: 'Spara svaren som fil. Skicka sedan filen till den som ska ha den, till exempel länssamordnaren.',
    fileName: (name: string) => `Filen heter ${name} och hamnar där webbläsaren brukar spara filer.`,
    link: 'Eller dela svaren som en länk. Kopiera länken och skicka den. Länken innehåller alla svar.',
    exportFile: 'Spara svaren som fil',
    later: 'Du kan ändra svaren senare. Skicka då en ny fil eller länk, så att samtalsledaren får de senaste svaren.',
    back: 'Tillbaka till sista faktorn',
  },
  summary: {
    heading: 'Sammanfattning',
    intro: 'Här är alla svar. Välj en faktor för att ändra svaret.',
    factor: 'Framgångsfaktor',
    level: 'Nivå',
    evidence: 'Hur vet vi det?',
    nextStep: 'Nästa steg',
    notAnswered: 'Inte besvarad',
    edit: (title: string) => `Ändra svaret för ${title}`,
    allDone: 'Alla tio faktorer är besvarade.',
    missing: (n: number) => plural(n, 'En faktor är inte besvarad.', `${n} faktorer är inte besvarade.`),
    toProfile: 'Se profilen',
    toReport: 'Skriv ut rapporten',
  },
  io: {
    heading: 'Spara som fil och hämta från fil',
    importLabel: 'Importera från fil (.json)',
    importHint: 'En fil som har exporterats härifrån, högst 5 MB. Inget ändras om filen inte kan läsas.',
    imported: (n: number) => plural(n, 'En självskattning är importerad.', `${n} självskattningar är importerade.`),
    conflictHeading: 'Finns redan',
    conflict: (names: string) => `Det här finns redan i webbläsaren: ${names}. Vad vill du göra?`,
    replace: 'Ersätt det som finns',
    keepBoth: 'Behåll båda (importera som kopia)',
    cancel: 'Avbryt importen',
    cancelled: 'Importen är avbruten. Inget har ändrats.',
    errorHeading: 'Filen kunde inte importeras',
    unchanged: 'Inget har ändrats.',
  },
  importErrors: {
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
  },
  /** Parts of readable error paths in import files: "självskattning 2, faktor ’…’, nivå". */
  fields: {
    assessment: (n: number) => `självskattning ${n}`,
    factor: (title: string) => `faktor ’${title}’`,
    participant: (n: number) => `deltagare ${n}`,
    /** The one participant of an assessment (key `participant`). */
    participantField: 'deltagare',
    /** The whole list (an error at the root of the file). */
    assessments: allAssessments,
  },
  /** Readable names of the other fields, by their key in the file. */
  fieldNames,
  issues: {
    missing: 'saknas',
    tooLong: 'är för lång',
    wrongValue: 'har ett ogiltigt värde',
    wrongType: 'har fel typ av värde',
    wrongDate: 'är inte ett giltigt datum',
    empty: 'är tom',
    unknownKey: 'är okänd',
  },
  share: {
    heading: 'Dela som länk',
    intro:
      'Länken innehåller hela självskattningen, packad i adressens slut (efter #). Den delen skickas aldrig till någon server. Den som öppnar länken ser först en förhandsvisning och väljer själv om den ska importeras.',
    linkLabel: 'Länk att kopiera',
    copy: 'Kopiera länken',
    copied: 'Länken är kopierad.',
    copyFailed: 'Länken kunde inte kopieras automatiskt. Markera den i fältet och kopiera den själv.',
    long: (n: number) => `Länken är lång (${n} tecken). Vissa e-postprogram kan bryta den; skicka då hellre en exporterad fil.`,
    close: 'Stäng',
    previewHeading: 'Någon har delat en självskattning med dig',
    previewIntro: 'Kontrollera uppgifterna. Inget sparas förrän du väljer att importera.',
    previewOrganisation: 'Kommun eller organisation',
    previewTitle: 'Titel',
    previewParticipant: 'Deltagare',
    previewAnswered: 'Besvarade faktorer',
    previewNone: '–',
    importIt: 'Importera självskattningen',
    decline: 'Importera inte',
    declined: 'Inget har importerats.',
    damaged:
      'Länken är skadad eller ofullständig och kan inte läsas. Inget har ändrats. Be den som skickade länken att skicka den igen, gärna som fil.',
    damagedHeading: 'Länken kunde inte läsas',
    tooLarge: 'Länken innehåller för mycket data och kan inte läsas. Inget har ändrats.',
    unsupported: 'Den här webbläsaren kan inte packa upp delade länkar. Be om en exporterad fil i stället.',
  },
} as const;
