/**
 * Words of loading participants' files and links (the kit's FileDrop and read-files), shared by
 * /workshop/ and /jamfor/, and the table words /jamfor/ borrows from /workshop/. Part of
 * `t.workshop`; a module of its own so that /jamfor/ does not download the workshop's strings.
 */
import { count, plural } from '../plural';

export const load = {
  heading: '1. Läs in deltagarnas svar',
  fileLabel: 'Välj filer (.json)',
  fileHint: 'Ni kan välja flera filer på en gång. Varje fil kontrolleras för sig.',
  drop: 'Eller dra och släpp filerna här.',
  dropActive: 'Släpp filerna för att läsa in dem.',
  linkLabel: 'Klistra in delningslänkar',
  linkHint: 'En länk per rad.',
  linkButton: 'Läs in länkarna',
  reading: 'Läser filerna …',
  added: (n: number) => (n === 0 ? 'Inga nya deltagare lästes in.' : `${count(n, 'ny deltagare', 'nya deltagare')} inlästa.`),
  problemsHeading: (n: number) => plural(n, 'En fil kunde inte läsas', `${n} filer kunde inte läsas`),
  problemsIntro: 'De andra filerna är inlästa. Be deltagaren om en ny fil, eller hoppa över den.',
  clearProblems: 'Dölj listan',
  linkName: (n: number) => `Länk ${n}`,
} as const;

/**
 * Words that more than one area uses (plain constants: reading them is free): table words of
 * /workshop/ that /jamfor/ uses too, and words the workshop's first view shares with its factor
 * views (./workshop-factors.ts).
 */
export const lowest = 'Lägst';
export const highest = 'Högst';
export const colAction = 'Åtgärd';
export const removeShort = 'Ta bort';
export const colParticipant = 'Deltagare';
export const colRole = 'Roll';
export const fieldEvidence = 'Hur vet vi det?';
export const fieldNextStep = 'Nästa steg';
export const personWord = 'Deltagare';
export const removeAllParticipants = 'Ta bort alla deltagare';
