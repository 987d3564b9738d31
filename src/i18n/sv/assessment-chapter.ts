/**
 * The self-assessment strings that the chapter island needs (its start form, the factor form,
 * its notices). A module of their own, so that the chapter's bundle carries only these and
 * not the whole table; src/i18n/sv/assessment.ts re-exports them as part of `t.assessment`.
 */

/** "3 av 10 besvarade": the chapter island, the guided flow, the list and the share preview. */
export const progress = (answered: number, total: number) => `${answered} av ${total} besvarade`;

export const chapterIsland = {
  heading: 'Skatta er på den här faktorn',
  noJs: 'Självskattningen kräver JavaScript. Mognadsskalan ovan går att läsa och skriva ut ändå.',
  loadFailed:
    'Formuläret för självskattningen gick inte att hämta. Kontrollera att datorn är ansluten till internet och ladda om sidan. Mognadsskalan ovan går att läsa ändå.',
  noActive: 'Ingen självskattning är igång i den här webbläsaren. Starta en här, så sparas ditt svar direkt.',
  organisation: 'Kommun eller organisation',
  organisationHint: 'Till exempel namnet på er kommun.',
  organisationMissing: 'Skriv kommun eller organisation för att starta.',
  start: 'Starta självskattning',
  startFull: 'Starta med alla uppgifter (titel, deltagare, roll) på sidan Självskattning',
  activeIn: (name: string) => `Du skattar i: ${name}`,
  change: 'Byt självskattning eller se alla',
  continueFlow: 'Fortsätt med alla faktorer i tur och ordning',
  progress,
  saved: 'Svaret är sparat.',
  started: 'Självskattningen är startad. Välj en nivå nedan.',
  unreadable:
    'Det fanns sparade uppgifter som inte gick att läsa. De är sparade åt sidan, inte raderade. Läs mer och ladda ner dem på sidan Självskattning.',
  newerVersion:
    'En nyare version av webbplatsen har sparat uppgifter i en annan flik. Den här fliken sparar inte längre. Ladda om sidan för att fortsätta.',
  memoryOnly:
    'Svaren kan inte sparas i webbläsaren just nu och försvinner när fliken stängs. Exportera en fil på sidan Självskattning för att spara dem.',
} as const;

/** Labels of the factor form (radio group and text fields), shared by chapter and guided flow. */
export const factorForm = {
  levelLegend: 'Hur ser det ut hos er i dag?',
  level: (level: number) => `Nivå ${level}`,
  unknownHint: 'Välj Vet ej när ni inte vet. Det räknas som en kunskapslucka, inte som en nolla.',
  evidence: 'Hur vet vi det?',
  evidenceHint: 'Vad bygger ni svaret på? Till exempel beslut, planer, uppföljningar eller samtal.',
  nextStep: 'Nästa steg',
  nextStepHint: 'Vad ska göras för att komma vidare, och av vem?',
  clear: 'Ta bort nivån',
} as const;
