/**
 * Strings of the self-assessment (chapter island, /sjalvskattning/). The storage notices are in
 * ./stored-data.ts, why a file or link could not be read in ./import.ts (loaded with that code).
 * Strings with values are functions of typed arguments; counts pick their form with plural().
 * The chapter island's strings live in ./assessment-chapter.ts (the island imports them from
 * there, so that its bundle stays small) and are part of `t.assessment` here.
 */
import { plural } from '../plural';
import { chapterIsland, factorForm, progress } from './assessment-chapter';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';

/** The page's own words (title, lead, link to the how-to): read by the Astro page only, never shipped to the island. */
export const assessmentPage = {
  title: 'Självskattning',
  description: 'Skatta er kommuns mognad på de tio framgångsfaktorerna. Allt sparas bara i din webbläsare.',
  intro:
    'Gå igenom de tio framgångsfaktorerna en i taget och välj den nivå som bäst beskriver hur det ser ut hos er i dag. Svaren sparas direkt i din webbläsare.',
  howTo: 'Så genomför ni en workshop',
} as const;

export const assessment = {
  chapterIsland,
  factorForm,
  page: {
    noJs: 'Självskattningen kräver JavaScript. Du kan läsa mognadsskalan för varje framgångsfaktor i kapitlen och skriva ut dem.',
  },
  safety: {
    heading: 'Spara en kopia',
    text: 'Svaren finns bara i den här webbläsaren. Webbläsaren kan radera dem, till exempel när du rensar historiken eller använder privat läge. En exporterad fil är den säkra kopian.',
  },
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
    /** The code that reads and writes files and links could not be fetched (offline, no copy). */
    loadFailed:
      'Det gick inte att hämta den del av sidan som behövs för det här. Inget har ändrats. Kontrollera att datorn är ansluten till internet, ladda om sidan och försök igen.',
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
    damagedHeading: 'Länken kunde inte läsas',
  },
} as const;
