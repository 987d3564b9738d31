/** Small pure helpers of the report's outputs: the print header's CSS string and the Word file's name. */
import { formatDate } from './labels';

/**
 * Plain text as a CSS string literal (for the custom property the print header reads): quotes
 * and backslashes escaped, control characters (which a CSS string cannot hold) made spaces.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/["\\]/g, '\\$&')}"`;
}

/** "mognadsrapport-ale-kommun-2026-11-23.docx": ASCII letters, digits and dashes only. */
export function wordFileName(report: { organisation: string; createdAt: string }): string {
  const slug = report.organisation
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `mognadsrapport-${slug || 'rapport'}-${formatDate(report.createdAt)}.docx`;
}
