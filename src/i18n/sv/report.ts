/** Strings for /rapport/ (the report to file), its Word file and the summary in words. */
import { count, plural } from '../plural';
import type { ReportSummary } from '../../lib/summary';
import type { PlanStatus } from '../../lib/schema';

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

export const statusName: Record<PlanStatus, string> = {
  'inte-paborjat': 'Inte påbörjat',
  pagar: 'Pågår',
  genomfort: 'Genomfört',
  struket: 'Struket',
};

export const report = {
  title: 'Mognadsrapport',
  description: 'Rapporten om er självskattning, för utskrift eller för att spara som PDF eller Word.',
  intro: 'Rapporten är gjord för att skrivas ut eller sparas som PDF. Välj först vad som ska stå i handlingsplanen.',
  print: 'Skriv ut / spara som PDF',
  word: 'Ladda ner som Word',
  wordBusy: 'Gör Word-filen …',
  wordDone: (file: string) => `Word-filen ${file} är nedladdad.`,
  wordFailed: 'Word-filen kunde inte göras. Skriv ut rapporten som PDF i stället.',
  docTitle: (org: string) => `Mognadsrapport – ${org}`,
  /** The running header on every printed page. */
  running: (org: string, title: string, date: string) => [org, title, date].filter(Boolean).join(' · '),
  organisation: 'Kommun eller organisation',
  assessmentTitle: 'Skattningens namn',
  date: 'Datum',
  updated: 'Senast ändrad',
  kind: 'Typ av skattning',
  participants: 'Deltagare',
  participantsHidden: (n: number) => `${count(n, 'deltagare', 'deltagare')} (namnen visas inte)`,
  respondent: 'Besvarad av',
  facilitator: 'Samtalsledare',
  modelVersion: 'Mognadsmodellens version',
  summaryHeading: 'Sammanfattning',
  legendHeading: 'Så läser ni nivåerna',
  legendIntro: 'Varje faktor skattas på en skala från 0 till 4. ”Vet ej” är en kunskapslucka, inte en nolla.',
  distributionHeading: 'Hur många faktorer som ligger på varje nivå',
  distributionCount: (n: number) => count(n, 'faktor', 'faktorer'),
  strengths: 'Styrkor',
  priorities: 'Att prioritera',
  unknowns: 'Kunskapsluckor (vet ej)',
  none: 'Inga.',
  profileHeading: 'Profil',
  factorsHeading: 'Faktor för faktor',
  levelLabel: 'Nivå',
  evidence: 'Hur vet vi det?',
  notes: 'Anteckningar',
  nextStep: 'Nästa steg',
  planHeading: 'Handlingsplan',
  planIntroChosen: 'Gruppens handlingsplan i den ordning gruppen har valt.',
  planIntroDefault:
    'Gruppen har inte valt handlingsplan ännu. Förslaget nedan är faktorerna med ett eget nästa steg, lägsta nivå först.',
  planEmpty: 'Handlingsplanen är tom. Välj faktorer till den nedan.',
  chooseHeading: 'Välj vad som ska stå i handlingsplanen',
  chooseHint: 'Kryssa i faktorerna som ska vara med och flytta dem i den ordning ni vill ta dem. Det sparas direkt.',
  include: (factor: string) => `Med i planen: ${factor}`,
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ned',
  moveUpNamed: (factor: string) => `Flytta upp: ${factor}`,
  moveDownNamed: (factor: string) => `Flytta ned: ${factor}`,
  moved: (factor: string, pos: number) => `${factor} är nu nummer ${pos} i planen.`,
  included: (factor: string) => `${factor} är med i planen.`,
  excluded: (factor: string) => `${factor} är inte längre med i planen.`,
  owner: 'Ansvarig',
  due: 'Klart senast',
  status: 'Status',
  statusAndComment: 'Status och kommentar',
  comment: 'Kommentar',
  ownerFor: (factor: string) => `Ansvarig för ${factor}`,
  dueFor: (factor: string) => `Klart senast för ${factor}`,
  statusFor: (factor: string) => `Status för ${factor}`,
  commentFor: (factor: string) => `Kommentar för ${factor}`,
  savedField: (field: string, factor: string) => `Sparat: ${field.toLocaleLowerCase('sv')} för ${factor}.`,
  saveFailed: 'Det gick inte att spara. Det ni skrev finns kvar i fältet.',
  position: 'Nr',
  followUpHeading: 'Jämförelse med tidigare skattning',
  followUpAgainst: (name: string) => `Jämförs med: ${name}.`,
  loopHeading: 'Sedan förra skattningen',
  loopIntro: (date: string) => `Så gick det med handlingsplanen från skattningen ${date}.`,
  loopCounts: (done: number, going: number, notStarted: number, dropped: number) =>
    `Genomfört: ${done}. Pågår: ${going}. Inte påbörjat: ${notStarted}. Struket: ${dropped}.`,
  loopStep: 'Planerat steg',
  loopPlanHeading: 'Förra handlingsplanen',
  loopStart: 'Följ upp förra handlingsplanen',
  loopStartHint: (name: string) =>
    `Hämtar handlingsplanen från ${name}. För varje steg markerar ni vad som blev av det och kan skriva en kommentar.`,
  loopEditHeading: 'Vad blev av förra handlingsplanen?',
  loopOther: (date: string) =>
    `Uppföljningen nedan gäller handlingsplanen från skattningen ${date}, inte den skattning ni jämför med nu.`,
  loopEmpty: 'Förra skattningen hade ingen handlingsplan.',
  loopStarted: 'Förra handlingsplanen är hämtad. Markera vad som blev av varje steg.',
  disagreementHeading: 'Där gruppen var oenig',
  disagreementIntro: 'Faktorer där deltagarnas egna nivåer skilde två steg eller mer.',
  disagreementNone: 'Gruppen var inte oenig om någon faktor.',
  lowest: 'Lägst',
  highest: 'Högst',
  agreed: 'Gruppens nivå',
  resolution: 'Så kom gruppen överens',
  decisionHeading: 'Beslut',
  decisionFormHeading: 'Beslut om rapporten (skrivs ut när det är ifyllt)',
  decisionBy: 'Fastställd av',
  decisionByHint: 'Till exempel en nämnd eller en styrgrupp.',
  decisionDate: 'Datum för beslutet',
  decisionReference: 'Diarienummer',
  decisionSaved: 'Sparat: beslutet.',
} as const;
