/**
 * The storage notices every tool page ships up front (the kit's StorageNotices; /workshop/'s
 * group section): the answers live only in this tab (storage unavailable, full, unreadable and
 * not kept aside, or written by a newer version of the site), which can come with any save, and
 * what to say when the rarer notices' own words (./stored-data.ts, loaded only when needed)
 * could not be fetched.
 */
export const memoryNotices = {
  unavailable:
    'Webbläsaren tillåter inte att sidan sparar något (till exempel i privat läge eller när lagring är blockerad). Du kan göra självskattningen, men svaren finns bara kvar tills du stänger fliken. Exportera en fil innan du stänger.',
  full: 'Webbläsarens lagring är full, så den senaste ändringen kunde inte sparas där. Den finns kvar tills du stänger fliken. Exportera en fil nu för att inte förlora något.',
  unreadableNotKept:
    'Sparade uppgifter i webbläsaren gick inte att läsa och inte heller att lägga åt sidan. Inget skrivs över: ändringar finns bara kvar tills du stänger fliken. Exportera en fil.',
  newer:
    'Uppgifterna i webbläsaren har sparats av en nyare version av webbplatsen, i en annan flik. Den här fliken sparar därför ingenting längre, så att inget skrivs över. Ladda om sidan (tryck F5 eller på knappen för att ladda om) för att fortsätta med den nya versionen. Ändringar du gjort här efter det sparas inte.',
} as const;

export const noticeFailed =
  'Det finns ett meddelande om hur webbläsaren sparar dina uppgifter, men det gick inte att visa. Exportera en fil innan du laddar om sidan, så att inget går förlorat.';
