/**
 * Everything /sjalvskattning/ needs to write or read an assessment file or a share link: the
 * export file, the link, reading a picked file or an opened link, and the Swedish lines of what
 * was wrong. Loaded with import() (share-actions.ts `loadFileActions`) on the first click on
 * Exportera, Dela som länk or a file to import, or when the page is opened with a share link,
 * so that the page's first view does not download it (issue 15).
 */
import { describeImportError, importErrors, shareProblems } from '../../i18n/sv/import';
import { assessmentFileName } from '../../lib/file-names';
import { exportJson, readImportFile, type ImportResult } from '../../lib/io';
import type { Assessment } from '../../lib/schema';
import { decodeShare, encodeShare, type ShareResult } from '../../lib/share';
import type { DownloadFile } from '../kit/FileDownload';

/** A file or link as read: its assessments, or the Swedish lines that say what is wrong. */
export type ReadResult = { ok: true; assessments: Assessment[] } | { ok: false; lines: string[] };
type TitleOf = (id: string) => string | undefined;

/** The export file of `list` (one assessment or all). */
export const exportFileOf = (list: Assessment[]): DownloadFile => ({ name: assessmentFileName(list), text: exportJson(list) });

/** The share link's fragment for one assessment ('dela=…'). */
export const shareFragment = (a: Assessment): Promise<string> => encodeShare(a);

type ImportFailure = Extract<ShareResult, { ok: false }>['error'];

/** Swedish lines for a failed import or share link (an import error ends with "nothing changed"). */
export function errorLines(error: ImportFailure, titleOf: TitleOf): string[] {
  if (error.code === 'damaged') return [shareProblems.damaged];
  if (error.code === 'link-too-large') return [shareProblems.tooLarge];
  if (error.code === 'unsupported') return [shareProblems.unsupported];
  return [...describeImportError(error, titleOf), importErrors.unchanged];
}

const worded = (r: ImportResult | ShareResult, titleOf: TitleOf): ReadResult =>
  r.ok ? r : { ok: false, lines: errorLines(r.error, titleOf) };

/** Reads a picked import file (src/lib/io.ts). */
export async function readFile(file: File, titleOf: TitleOf): Promise<ReadResult> {
  return worded(await readImportFile(file), titleOf);
}

/** Reads a share link from a location hash (src/lib/share.ts). */
export async function readLink(hash: string, titleOf: TitleOf): Promise<ReadResult> {
  return worded(await decodeShare(hash), titleOf);
}
