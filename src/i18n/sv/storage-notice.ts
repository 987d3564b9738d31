/**
 * The one storage word the tool pages ship up front: what to say when the storage notices'
 * own words (./stored-data.ts, loaded only when a notice is needed) could not be fetched.
 */
export const noticeFailed =
  'Det finns ett meddelande om hur webbläsaren sparar dina uppgifter, men det gick inte att visa. Ladda om sidan för att läsa det.';
