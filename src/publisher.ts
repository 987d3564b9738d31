/**
 * Who publishes this copy of the site. ONE place for the publisher's name, contact and
 * postal address: the footer, /om-tsi/ and the accessibility statement (/tillganglighet/)
 * read it from here. The publisher replaces every PLACEHOLDER value before publishing.
 */
export const PLACEHOLDER = 'fylls i av utgivaren';

export const publisher = {
  /** Organisation that publishes the site, e.g. "Exempels kommun". */
  name: PLACEHOLDER,
  /** E-mail for questions and for reporting accessibility problems. */
  email: PLACEHOLDER,
  /** Telephone number. */
  phone: PLACEHOLDER,
  /** Postal address. */
  address: PLACEHOLDER,
} as const;

/** True while any value is still the placeholder (the pages then say so). */
export const publisherIncomplete = Object.values(publisher).some((v) => v === PLACEHOLDER);
