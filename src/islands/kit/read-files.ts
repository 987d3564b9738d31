/**
 * Reads File objects (picker or drag-and-drop) and pasted share links, each on its own, through
 * the shared import path (src/lib/io.ts, src/lib/share.ts; bytes decoded by src/lib/decode.ts,
 * like every file the site reads) and words each problem in Swedish.
 * Shared by /workshop/ and /jamfor/ (with FileDrop and FileProblems), which load it with
 * import() when files or links are given: the pages do not download the import path before.
 */
import { parseImportBytes, readImportFile, type ImportResult } from '../../lib/io';
import { describeImportError, shareProblems as sh } from '../../i18n/sv/import';
import { decodeShare, type ShareResult } from '../../lib/share';
import { MAX_IMPORT_BYTES } from '../../lib/stored-format';
import { shareHashes } from '../../lib/share-link';
import type { Assessment } from '../../lib/schema';
import { load as fileLoad } from '../../i18n/sv/file-loading';

export type FileOutcome = { name: string; ok: true; assessments: Assessment[] } | { name: string; ok: false; reason: string };
export type FactorTitle = (id: string) => string | undefined;

function outcome(name: string, r: ImportResult | ShareResult, factorTitle: FactorTitle): FileOutcome {
  if (r.ok) return { name, ok: true, assessments: r.assessments };
  const e = r.error;
  if (e.code === 'damaged') return { name, ok: false, reason: sh.damaged };
  if (e.code === 'link-too-large') return { name, ok: false, reason: sh.tooLarge };
  if (e.code === 'unsupported') return { name, ok: false, reason: sh.unsupported };
  return { name, ok: false, reason: describeImportError(e, factorTitle, 3).join(' ') };
}

/** Largest number of bytes read in one go (see readFiles). */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Reads many files, each validated on its own (size limit before reading). Browsers read a
 * file-backed Blob with a fixed cost per read (about 4 ms each in Chromium), so files are read
 * together as one Blob in batches and split by their sizes; if a batch cannot be read (a file
 * vanished), its files are read one by one so that only the bad one is reported.
 */
export async function readFiles(files: Iterable<File>, factorTitle: FactorTitle): Promise<FileOutcome[]> {
  const list = [...files];
  const out: FileOutcome[] = new Array(list.length);
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  list.forEach((f, i) => {
    if (f.size > MAX_IMPORT_BYTES || f.size === 0) {
      out[i] = outcome(
        f.name,
        f.size === 0 ? { ok: false, error: { code: 'empty' } } : { ok: false, error: { code: 'too-large', size: f.size } },
        factorTitle,
      );
      return;
    }
    if (batch.length && bytes + f.size > BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(i);
    bytes += f.size;
  });
  if (batch.length) batches.push(batch);
  for (const b of batches) {
    let buf: ArrayBuffer | null = null;
    try {
      buf = await new Blob(b.map((i) => list[i]!)).arrayBuffer();
    } catch {
      buf = null;
    }
    const total = b.reduce((n, i) => n + list[i]!.size, 0);
    if (buf && buf.byteLength === total) {
      let offset = 0;
      for (const i of b) {
        const f = list[i]!;
        out[i] = outcome(f.name, parseImportBytes(new Uint8Array(buf, offset, f.size)), factorTitle);
        offset += f.size;
      }
    } else {
      for (const i of b) out[i] = outcome(list[i]!.name, await readImportFile(list[i]!), factorTitle);
    }
  }
  if (typeof performance !== 'undefined') performance.mark('tsi:files-parsed');
  return out;
}

/** Pasted share links, one per line; each is named "Länk n" in messages. */
export async function readLinks(text: string, factorTitle: FactorTitle, startAt = 1): Promise<FileOutcome[]> {
  const hashes = shareHashes(text);
  return Promise.all(hashes.map(async (h, i) => outcome(fileLoad.linkName(startAt + i), await decodeShare(h), factorTitle)));
}
