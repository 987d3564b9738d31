/**
 * Reads File objects (picker or drag-and-drop) one by one through the shared file parser and
 * words each problem in Swedish. Shared by /workshop/ and /jamfor/.
 */
import { MAX_FILE_BYTES, parseAssessmentFile, type LoadProblem } from '../../lib/workshop-load';
import type { Assessment } from '../../lib/schema';
import { FACTOR_IDS, type FactorId } from '../../lib/factors';
import { t } from '../../i18n/sv';

export type FileOutcome = { name: string; ok: true; assessments: Assessment[] } | { name: string; ok: false; reason: string };

export function problemText(p: LoadProblem): string {
  const s = t.workshop.problem;
  switch (p.code) {
    case 'too-large':
      return s.tooLarge(p.bytes, MAX_FILE_BYTES);
    case 'empty':
      return s.empty;
    case 'not-json':
      return s.notJson;
    case 'wrong-format':
      return s.wrongFormat;
    case 'unknown-version':
      return s.unknownVersion(p.version);
    case 'invalid': {
      const m = /answers\.([a-z-]+)\.(\w+)/.exec(p.field);
      const n = m ? FACTOR_IDS.indexOf(m[1] as FactorId) + 1 : 0;
      if (m && n > 0) return m[2] === 'level' ? s.invalidLevel(n) : s.invalidAnswer(n, m[2]!);
      return s.invalid(p.field);
    }
  }
}

export async function readFile(file: File): Promise<FileOutcome> {
  const name = file.name;
  // Size limit before reading anything.
  if (file.size > MAX_FILE_BYTES) return { name, ok: false, reason: problemText({ code: 'too-large', bytes: file.size }) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { name, ok: false, reason: t.workshop.problem.unreadable };
  }
  return outcome(name, text);
}

function outcome(name: string, text: string): FileOutcome {
  const r = parseAssessmentFile(text);
  return r.ok ? { name, ok: true, assessments: r.assessments } : { name, ok: false, reason: problemText(r.problem) };
}

/** Largest number of bytes read in one go (see readFiles). */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Reads many files, each validated on its own. Browsers read a file-backed Blob with a fixed
 * cost per read (about 4 ms each in Chromium), so files are read together as one Blob in
 * batches and split by their sizes; if a batch cannot be read (a file vanished), its files are
 * read one by one so that only the bad one is reported.
 */
export async function readFiles(files: Iterable<File>): Promise<FileOutcome[]> {
  const list = [...files];
  const out: FileOutcome[] = new Array(list.length);
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  list.forEach((f, i) => {
    if (f.size > MAX_FILE_BYTES) {
      out[i] = { name: f.name, ok: false, reason: problemText({ code: 'too-large', bytes: f.size }) };
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
  const decoder = new TextDecoder('utf-8');
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
        out[i] = outcome(f.name, decoder.decode(new Uint8Array(buf, offset, f.size)));
        offset += f.size;
      }
    } else {
      for (const i of b) out[i] = await readFile(list[i]!);
    }
  }
  if (typeof performance !== 'undefined') performance.mark('tsi:files-parsed');
  return out;
}

/** Files from a drop event (only .json-ish files are offered, others are still reported). */
export function droppedFiles(e: DragEvent): File[] {
  return e.dataTransfer ? [...e.dataTransfer.files] : [];
}
