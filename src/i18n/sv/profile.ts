/** Strings for /profil/, /rapport/ and the chart components (Swedish, klarspråk). The report's own strings are `t.report` (report.ts), so /profil/ does not ship them. */
import { count } from '../plural';
import { chart } from './chart';

export const profile = {
  chart,
  levelText: (level: number, name: string) => `${level} ${name}`,
  unknown: 'Vet ej',
  unanswered: 'Inte besvarad',
  kind: { individual: 'Enskild skattning', consensus: 'Gruppens gemensamma skattning' },
  answeredOf: (n: number) => `${count(n, 'faktor', 'faktorer')} av 10 har en nivå.`,
  loading: 'Hämtar era skattningar …',
  noJs: 'Profilen räknas fram i webbläsaren och behöver JavaScript. Era skattningar finns bara i den här webbläsaren.',
  storageError: 'Era sparade skattningar kunde inte läsas. Inget har tagits bort.',
  memoryOnly:
    'Webbläsaren kan inte spara just nu. Det ni skriver finns bara kvar tills ni stänger fliken. Exportera skattningen från Självskattning för att behålla den.',
  empty: {
    heading: 'Det finns ingen skattning ännu',
    text: 'Profilen visas när ni har gjort en självskattning i den här webbläsaren. Skattningen sparas bara här, i er webbläsare.',
    link: 'Gör självskattningen',
  },
  profile: {
    title: 'Er profil',
    description: 'Se var ni står i de tio framgångsfaktorerna och vad ni kan göra härnäst.',
    intro: 'Profilen visar er självskattning som diagram och tabell. Den börjar med vad ni kan göra härnäst.',
    choose: 'Skattning att visa',
    followUpSelect: 'Jämför med en tidigare skattning',
    followUpNone: 'Ingen jämförelse',
    otherOrganisation: 'Jämförelsen gäller en annan organisation. Skillnaderna kan bero på det.',
    otherModel: (before: string, after: string) =>
      `Skattningarna gjordes mot olika versioner av mognadsmodellen (${before} och ${after}). Nivåtexterna ändrades mellan versionerna, så jämför nivåerna med försiktighet.`,
    modelVersion: (version: string) => `Mognadsmodell: version ${version}`,
    nextHeading: 'Gör det här härnäst',
    nextIntro: 'De tre faktorer där ni ligger lägst. Ett steg i taget räcker.',
    nextNone: 'Ingen faktor har en nivå ännu. Börja med att skatta faktorerna.',
    allEqual: (name: string) => `Alla besvarade faktorer ligger på samma nivå (${name}). Ordningen följer faktorernas nummer.`,
    strengthsHeading: 'Det här fungerar bäst',
    strengthsNone: 'För få faktorer har en nivå för att visa styrkor.',
    unknownsHeading: 'Det här vet ni inte ännu',
    unknownsIntro: '”Vet ej” räknas inte som noll. Det är en kunskapslucka att ta reda på.',
    unansweredHeading: 'Inte besvarade',
    summaryHeading: 'Sammanfattning',
    distribution: 'Antal faktorer på varje nivå',
    distributionHelp: 'Nivåerna är steg, inte poäng. Därför räknas inget medelvärde eller index.',
    knowledgeGaps: (n: number) => `Vet ej: ${count(n, 'faktor', 'faktorer')}`,
    unansweredCount: (n: number) => `Inte besvarade: ${count(n, 'faktor', 'faktorer')}`,
    historyHeading: 'Över tid',
    historyIntro: 'Nivån för varje faktor i organisationens skattningar, äldst först.',
    historyCaption: (org: string) => `Nivå per faktor och skattning: ${org}`,
    radarTitle: 'Profil över de tio faktorerna',
    barTitle: 'Faktorerna sorterade efter nivå',
    allHeading: 'Nästa steg för varje faktor',
    ownStep: 'Ert eget nästa steg',
    modelStep: 'Förslag från modellen',
    gapStep: 'Ta reda på hur det ser ut i dag, till exempel genom att fråga dem som arbetar med frågan.',
    readChapter: (title: string) => `Läs om ${title}`,
    toReport: 'Visa rapporten för utskrift',
    toAssessment: 'Ändra skattningen',
    changeHeading: 'Förändring sedan förra skattningen',
  },
  summary: {
    radar: (org: string, answered: number) =>
      answered === 0
        ? `${org}: ingen faktor har en nivå ännu.`
        : `${org}: ${count(answered, 'faktor', 'faktorer')} av 10 har en nivå. ”Vet ej” och obesvarade visas som luckor med en markering, inte som noll.`,
    highLow: (high: string[], low: string[]) =>
      [high.length ? `Högst: ${high.join(', ')}.` : '', low.length ? `Lägst: ${low.join(', ')}.` : ''].filter(Boolean).join(' '),
    followUp: (name: string) => `Jämförs med ${name} (streckad linje).`,
    bar: 'Faktorerna sorterade från högsta till lägsta nivå. Faktorer med ”Vet ej” eller utan svar har ingen stapel utan en markering med texten.',
  },
  change: {
    up: (n: number) => `Upp ${count(n, 'nivå', 'nivåer')}`,
    down: (n: number) => `Ned ${count(n, 'nivå', 'nivåer')}`,
    same: 'Oförändrad',
    notComparable: 'Går inte att jämföra',
    counts: (up: number, down: number, same: number, nc: number) =>
      `${up} upp, ${down} ned, ${same} oförändrade, ${nc} går inte att jämföra.`,
    before: 'Förra',
    beforeNamed: (name: string) => `Förra: ${name}`,
    now: 'Nu',
    change: 'Förändring',
  },
  table: {
    factor: 'Faktor',
    level: 'Nivå',
    count: 'Antal faktorer',
    nextStep: 'Nästa steg',
  },
} as const;
