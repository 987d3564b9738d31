/**
 * Reads a PDF (as Chromium prints it) with pdf.js: page count, text per page and how many
 * images each page paints (a chart printed from a canvas arrives as an image).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfInfo {
  pages: number;
  /** Text of each page, items joined by spaces, whitespace collapsed. */
  pageTexts: string[];
  /** All text. */
  text: string;
  /** Number of images painted on each page. */
  imagesPerPage: number[];
}

export async function readPdf(data: Uint8Array | Buffer): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pageTexts: string[] = [];
  const imagesPerPage: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    pageTexts.push(text.replace(/\s+/g, ' ').trim());
    const ops = await page.getOperatorList();
    imagesPerPage.push(
      ops.fnArray.filter(
        (fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageXObjectRepeat,
      ).length,
    );
  }
  await doc.destroy();
  return { pages: doc.numPages, pageTexts, text: pageTexts.join('\n'), imagesPerPage };
}
