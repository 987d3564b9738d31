/**
 * Import errors in plain Swedish: what describeImportError() says for each ImportError of
 * src/lib/io.ts, naming the field that is wrong (readablePath). Kept out of src/lib so that lib
 * holds no UI strings.
 */
import type { ImportError, IssuePath } from '../../lib/io';
import { decimalComma } from '../../lib/format';
import * as s from './stored-data';

/** A whole number with a (no-break) space between thousands: 5 000. */
function wholeNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** "självskattning 2, faktor ’Inrätta tvärprofessionella team’, nivå" */
export function readablePath(path: IssuePath, factorTitle: (id: string) => string | undefined): string {
  const f = s.fields;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'assessments' && typeof next === 'number') {
      parts.push((f.assessment as (n: number) => string)(next + 1));
      i++;
    } else if ((key === 'answers' || key === 'factors') && typeof next === 'string') {
      parts.push(f.factor(factorTitle(next) ?? next));
      i++;
    } else if (key === 'participants' && typeof next === 'number') {
      parts.push(f.participant(next + 1));
      i++;
    } else if (key === 'participant') parts.push(f.participantField);
    else if (typeof key === 'number') parts.push(`nr ${key + 1}`);
    else if (key !== undefined) parts.push(s.fieldNames[key] ?? key);
  }
  return parts.join(', ') || f.assessments;
}

/** The import errors that carry nothing but their code. */
type FixedError = Exclude<ImportError, { size: number } | { version: unknown } | { count: number } | { issues: unknown }>;

/** Plain Swedish lines that say what is wrong (at most `max` field errors, then "and n more"). */
export function describeImportError(error: ImportError, factorTitle: (id: string) => string | undefined, max = 5): string[] {
  const e = s.importErrors;
  // The errors that carry nothing but their code: one fixed sentence each.
  const fixed: Record<FixedError['code'], string> = {
    empty: e.empty,
    'read-failed': e.readFailed,
    encoding: e.encoding,
    'not-json': e.notJson,
    'too-deep': e.tooDeep,
    'not-object': e.notObject,
    format: e.format,
    'version-missing': e.versionMissing,
    'no-assessments': e.noAssessments,
  };
  switch (error.code) {
    case 'too-large':
      return [e.tooLarge(decimalComma(error.size / 1024 / 1024, 1))];
    case 'version-newer':
      return [e.versionNewer(String(error.version))];
    case 'version-unknown':
      // 1e400 in the file parses to Infinity (which JSON would write as null).
      if (typeof error.version === 'number' && !Number.isFinite(error.version)) return [e.versionTooLarge];
      return [e.versionUnknown(String(JSON.stringify(error.version) ?? error.version).slice(0, 40))];
    case 'too-many':
      return [e.tooMany(wholeNumber(error.count), wholeNumber(error.max))];
    case 'invalid': {
      const lines = error.issues.slice(0, max).map((i) => {
        const where = readablePath(i.path, factorTitle);
        if (i.kind !== 'unknownKey' || !i.keys?.length) return e.invalid(where, s.issues[i.kind]);
        const names = i.keys
          .slice(0, 3)
          .map((k) => `’${k.slice(0, 60)}’`)
          .join(', ');
        const last = i.path.at(-1);
        return (last === 'answers' || last === 'factors' ? e.unknownFactors : e.unknownKeys)(where, names);
      });
      if (error.issues.length > max) lines.push(e.more(error.issues.length - max));
      return lines;
    }
    default:
      return [fixed[error.code]];
  }
}
