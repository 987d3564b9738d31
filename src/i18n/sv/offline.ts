/**
 * Strings for working offline, installing the guide as an app, and the browser keeping the
 * data (service worker, manifest, persistent storage). Kept in their own file so that the
 * small script on every page carries only these.
 */

/** Formats a size in bytes as Swedish text ("12 kB", "3,4 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

/** Web app manifest. */
export const offlineManifest = {
  name: 'TSI-boken digital',
  shortName: 'TSI-boken',
  description:
    'Vägledning och självskattning för tidiga och samordnade insatser för barn och unga. Fungerar utan nätverk efter första besöket.',
} as const;

/** The one line shown when a new version of the site has been published. */
export const offlineUpdate = {
  line: 'En ny version av guiden finns. Ladda om när det passar.',
  reload: 'Ladda om nu',
} as const;

/** The status box on /om-dina-uppgifter/. */
export const offlineStatus = {
  heading: 'I den här webbläsaren just nu',
  loading: 'Kontrollerar vad webbläsaren har sparat …',
  noScript: 'Här står vad webbläsaren har sparat om du slår på JavaScript.',
  persisted:
    'Webbläsaren har lovat att behålla dina uppgifter. Den raderar dem inte av sig själv, till exempel när utrymmet blir fullt. De försvinner bara om någon rensar webbplatsdata.',
  notPersisted:
    'Webbläsaren har inte lovat att behålla dina uppgifter. Den kan radera dem av sig själv, till exempel om utrymmet blir fullt.',
  unknown: 'Den här webbläsaren kan inte visa om den behåller dina uppgifter.',
  ask: 'Be webbläsaren att behålla uppgifterna',
  askDenied:
    'Webbläsaren sa nej den här gången. Den bestämmer själv, ofta utifrån hur mycket du använder webbplatsen. Exportera en fil för säkerhets skull.',
  none: 'Du har inga skattningar sparade i den här webbläsaren.',
  saved: (n: number) =>
    n === 1 ? 'Du har 1 skattning sparad i den här webbläsaren.' : `Du har ${n} skattningar sparade i den här webbläsaren.`,
  savedWorkshops: (n: number) =>
    n === 1 ? 'Du har 1 workshop sparad i den här webbläsaren.' : `Du har ${n} workshoppar sparade i den här webbläsaren.`,
  size: (size: string) => `Det du har skrivit i verktygen tar ungefär ${size}.`,
  total: (size: string) =>
    `Totalt använder webbplatsen ungefär ${size} i webbläsaren. Det mesta är en kopia av guiden, så att den fungerar utan nätverk.`,
  offlineReady: 'Guiden fungerar nu utan nätverk i den här webbläsaren.',
  offlineNotReady: 'Guiden är inte sparad för att fungera utan nätverk i den här webbläsaren.',
  safeCopy: 'En exporterad fil är fortfarande den säkra kopian. Exportera när du har skattat klart.',
  unavailable: 'Webbläsaren låter inte webbplatsen spara något just nu, till exempel i ett privat fönster.',
} as const;

/** All of them (separate constants above, so that each script bundles only its own). */
export const offline = { manifest: offlineManifest, update: offlineUpdate, status: offlineStatus } as const;
