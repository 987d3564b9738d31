/**
 * The rarer notices about the browser's storage (the kit's StorageNoticesView): unreadable data
 * kept aside, a change in another tab, split ids. Loaded only when one is needed; the notice
 * that answers live only in this tab is in ./storage-notice.ts (it can come with any save, so
 * it ships up front). Why a file or a share link could not be read is in ./import.ts.
 */
import { plural } from '../plural';

/** Notices about the browser's storage. */
export const storage = {
  unreadable: (n: number) =>
    `Det fanns ${plural(n, 'sparade uppgifter', `${n} omgångar sparade uppgifter`)} som inte gick att läsa. De är inte raderade utan sparade åt sidan. Du kan ladda ner dem och visa dem för någon som kan hjälpa till.`,
  downloadUnreadable: (time: string) => `Ladda ner oläsbara uppgifter (${time})`,
  conflict:
    'Självskattningen hade ändrats i en annan flik. Din senaste ändring sparades inte, så att den nyare versionen inte skrevs över. Sidan visar nu den senaste versionen.',
  split: (n: number) =>
    n === 1
      ? 'Två sparade självskattningar hade samma id. Nu är de åtskilda: den ena har fått ett nytt id, så att en ändring i den ena aldrig skriver över den andra. Inga svar har tagits bort.'
      : `Några sparade självskattningar hade samma id som en annan. Nu är de åtskilda: ${n} av dem har fått ett nytt id, så att en ändring i en av dem aldrig skriver över en annan. Inga svar har tagits bort.`,
  dismiss: 'Stäng meddelandet',
} as const;
