/**
 * The glossary's terms: each is defined once, on /om-tsi/ (the <dt id="ord-…"> list in
 * content/chapters/om-tsi.mdx), and the guide's pages link their first use to it
 * (scripts/link-glossary.mjs adds the links; tests/unit/content/glossary.test.ts checks them).
 */
import { FACTOR_IDS } from './factors';

export interface GlossaryTerm {
  /** The anchor on /om-tsi/. */
  id: string;
  /** The term and its inflected forms, as a regular expression source. */
  pattern: string;
  caseSensitive?: boolean;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'ord-vardnadshavare', pattern: 'vårdnadshavar(?:e|na|en|ens|nas)' },
  { id: 'ord-den-unga', pattern: 'den unga' },
  { id: 'ord-halso-och-sjukvard', pattern: 'hälso- och sjukvård(?:en|ens)?' },
  { id: 'ord-berorda-verksamheter', pattern: 'berörda verksamheter(?:na)?' },
  { id: 'ord-styrgrupp', pattern: 'styrgrupp(?:en|er|erna|ens)?' },
  { id: 'ord-samtalsledare', pattern: 'samtalsledare(?:n|ns)?' },
  { id: 'ord-forsta-linjen', pattern: 'första linjen' },
  { id: 'ord-sip', pattern: 'SIP', caseSensitive: true },
  { id: 'ord-mellanrum', pattern: 'organisatoriska mellanrum(?:men)?' },
];

/** The guide pages whose text links the glossary (not Om TSI itself, which defines it). */
export const PAGES = [...FACTOR_IDS, 'genomfora', 'lagar-och-regler', 'for-dig-som-beslutar'] as const;
