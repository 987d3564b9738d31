/**
 * Length limits of the stored text fields, without zod, so that small islands can use them
 * (the chapter island must not load the schema library). schema.ts builds its rules from these
 * and re-exports them: the schema stays the one source of truth for what a valid file holds.
 */
/** Organisation, title, names, owner: one line. */
export const MAX_SHORT_TEXT = 200;
/** "Hur vet vi det?", "Nästa steg", notes, resolutions. */
export const MAX_TEXT = 4000;
