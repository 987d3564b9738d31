/**
 * Strings of /workshop/ (the facilitator). Strings with numbers or names are functions of typed
 * arguments; counts take their form from plural.ts. The file picker's words (`load`) and a few
 * table words are shared with /jamfor/ and live in ./file-loading.ts.
 */
import { count, plural } from '../plural';
import { fieldEvidence, fieldNextStep, load, personWord, removeAllParticipants } from './file-loading';

/** The page's own words (title, lead, no-JS text): read by the Astro page only, never shipped to the island. */
export const workshopPage = {
  pageTitle: 'Workshop: samla gruppens svar',
  pageDescription:
    'För den som leder workshopen: läs in deltagarnas svar, se var ni är oense och skriv in det ni kommer överens om.',
  intro:
    'Varje deltagare har först skattat de tio faktorerna på egen hand och sparat sina svar som en fil eller en länk. Här läser samtalsledaren in allas svar. Ni ser var gruppen är överens och var ni ser olika på läget. Sedan samtalar ni och skriver in den nivå ni kommer överens om. Det blir gruppens skattning, som ni ser i Profil och Rapport.',
  noJs: 'Workshopverktyget behöver JavaScript. Utan JavaScript kan ni läsa guiden och mognadsskalorna.',
} as const;

export const workshop = {
  privacy: 'Filerna läses bara i den här webbläsaren. Inget skickas någonstans.',
  sessionNote:
    'Workshopen sparas i den här webbläsaren medan ni arbetar: deltagarnas svar, gruppens beslut och era val. Ni hittar den under Sparade workshoppar nästa gång. Webbläsaren kan tömma sin lagring, så exportera workshopen som fil om den ska finnas kvar länge.',

  saved: {
    heading: 'Sparade workshoppar',
    intro: 'Öppna en workshop för att fortsätta där ni slutade. Inga filer behövs.',
    empty: 'Inga workshoppar är sparade i den här webbläsaren ännu.',
    caption: 'Workshoppar sparade i den här webbläsaren',
    colName: 'Workshop',
    colDate: 'Datum',
    colParticipants: 'Deltagare',
    colChanged: 'Senast ändrad',
    colActions: 'Åtgärder',
    noOrganisation: 'Utan namn',
    current: 'öppen nu',
    open: 'Öppna',
    openLabel: (name: string) => `Öppna ${name}`,
    exportShort: 'Exportera',
    exportLabel: (name: string) => `Exportera ${name} som fil`,
    exportFailed:
      'Filen kunde inte skapas: en del av sidan gick inte att hämta. Kontrollera att datorn är ansluten till internet, ladda om sidan och försök igen.',
    remove: 'Ta bort',
    removeLabel: (name: string) => `Ta bort ${name}`,
    removed: (name: string) => `Workshopen ${name} är borttagen.`,
    undo: 'Ångra',
    undoLabel: (name: string) => `Ångra: ta tillbaka ${name}`,
    restored: (name: string) => `Workshopen ${name} är tillbaka.`,
    newWorkshop: 'Börja en ny workshop',
    newHint: 'Den öppna workshopen finns kvar i listan.',
    opened: (name: string) => `Workshopen ${name} är öppnad.`,
    closed: 'En ny workshop är påbörjad. Den förra finns kvar i listan.',
    refreshed: 'Workshopen är uppdaterad med det som sparades i en annan flik.',
    dropped: (n: number) =>
      `${plural(n, 'En del', `${n} delar`)} av den sparade workshopen kunde inte läsas och är inte med. Resten är öppnat som vanligt.`,
    importLabel: 'Öppna en workshop från fil (.json)',
    importHint: 'En fil som en annan samtalsledare har exporterat. En deltagares fil läses in som deltagare.',
    imported: (n: number) => `${count(n, 'workshop', 'workshoppar')} inläst från filen och sparad här.`,
    importedParticipants: 'Filen innehöll deltagarsvar. De är inlästa som deltagare.',
    importFailed: (file: string, reason: string) => `${file}: ${reason}`,
  },

  load,
  problem: {
    onlyGroup: 'Filen innehåller en gruppskattning, inte en deltagares egna svar.',
    tooMany: (max: number) => `Högst ${max} deltagare kan läsas in.`,
  },

  participants: {
    heading: '2. Deltagare',
    empty: 'Inga deltagare är inlästa ännu.',
    removeAll: removeAllParticipants,
    removed: (who: string) => `${who} är borttagen.`,
    removedAll: (n: number) => `${count(n, 'deltagare', 'deltagare')} är borttagna.`,
    undoAll: 'Ångra',
    undoAllLabel: (n: number) => `Ångra: ta tillbaka ${count(n, 'deltagare', 'deltagare')}`,
    restored: (n: number) => `${count(n, 'deltagare', 'deltagare')} är tillbaka.`,
    hideNames: 'Dölj deltagarnas namn',
    hideNamesHint: 'Visar ”Deltagare 1 (Skola)” i stället för namnet, här och i rapporten. Filnamnen döljs också.',
    person: personWord,
  },

  group: {
    heading: '3. Gruppens skattning',
    intro:
      'Fyll i kommun och rubrik. Gruppens skattning sparas så fort ni skriver in en nivå, och blir vald i Profil och Rapport.',
    organisation: 'Kommun eller organisation',
    title: 'Rubrik',
    titleDefault: (date: string) => `Workshop ${date}`,
    date: 'Datum för workshopen',
    save: 'Spara gruppens skattning',
    saved: 'Gruppens skattning är sparad i den här webbläsaren.',
    created: 'Gruppens skattning är skapad och vald. Den syns nu i Profil och Rapport.',
    needOrganisation: 'Skriv kommun eller organisation först, så kan gruppens skattning sparas.',
    saveFailed: 'Gruppens skattning kunde inte sparas i webbläsaren.',
    loadFailed:
      'Gruppens skattning kunde inte sparas: en del av sidan gick inte att hämta. Kontrollera att datorn är ansluten till internet och försök igen.',
    openProfile: 'Se profilen',
    openReport: 'Öppna rapporten',
    current: (name: string) => `Ni arbetar i gruppskattningen ”${name}”.`,
    continueLabel: 'Fortsätt med en sparad gruppskattning',
    continueNone: 'Välj …',
    continueButton: 'Fortsätt med den',
    continued: (name: string) => `Ni fortsätter med ”${name}”. Läs in deltagarnas filer igen om ni vill se deras svar.`,
    startNew: 'Börja en ny gruppskattning',
    startedNew: 'En ny gruppskattning skapas när ni sparar. Den förra finns kvar i webbläsaren.',
    keptParticipants: 'Inga deltagare är inlästa, så deltagarnas svar från förra gången finns kvar i gruppskattningen.',
  },

  /** What the reasons' buttons did (the views themselves are t.workshopFactors). */
  appended: {
    used: (field: 'evidence' | 'nextStep') => `Texten är tillagd i ”${field === 'evidence' ? fieldEvidence : fieldNextStep}”.`,
    tooLong: 'Texten får inte plats: fältet skulle bli för långt. Korta texten i fältet först.',
  },
} as const;
