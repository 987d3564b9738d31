/**
 * The notices about the browser's storage that every tool page may show (the kit's
 * StorageNotices; /workshop/'s group section). Kept in their own module so that /workshop/,
 * /jamfor/, /profil/ and /rapport/ do not download the self-assessment's strings to show them.
 * Why a file or a share link could not be read is in ./import.ts, loaded when something is read.
 */
import { plural } from '../plural';

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
