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
  const r = parseAssessmentFile(text);
  return r.ok ? { name, ok: true, assessments: r.assessments } : { name, ok: false, reason: problemText(r.problem) };
}

export function readFiles(files: Iterable<File>): Promise<FileOutcome[]> {
  return Promise.all([...files].map(readFile));
}

/** Files from a drop event (only .json-ish files are offered, others are still reported). */
export function droppedFiles(e: DragEvent): File[] {
  return e.dataTransfer ? [...e.dataTransfer.files] : [];
}
