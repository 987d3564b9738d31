/**
 * Field-by-field merge of lists of id-records (assessments today; any other top-level list of
 * records with `id` and `updatedAt` in the stored document, such as saved workshop sessions,
 * gets the same treatment by its list name). Pure: store-core.ts keeps a tab's unsaved changes
 * as a list of Change and applies them to the freshly read document on every write, so a write
 * changes only the fields this tab changed and never writes back another tab's field from a
 * stale copy.
 *
 * The rule for one field: the newest change wins.
 * - A change that reaches storage in the order it was made (`ordered`: its first write, made at
 *   once when the change was made) is the newest change of its field: it applies.
 * - Otherwise (a write that failed and is retried later) it remembers the value it replaced
 *   (`base`): if the stored value still equals that base (or the field was new to this tab and
 *   is still empty: another tab only created it), nobody else changed the field and the
 *   change applies; if not, another tab changed it since, and the change applies only when it is
 *   newer than that tab's change (`fieldTime`: when the field was last changed, as far as the
 *   caller knows; by default the stored record's updatedAt, a time no earlier than it).
 */
import { isRecord } from './stored-format';

export interface IdRecord {
  id: string;
  updatedAt?: string;
}

/** Keys of an object down to one field, e.g. ['answers', 'ga-stegvis-fram', 'level']. */
export type FieldPath = readonly string[];

export type Change =
  /** One field of an existing record set to `value` (undefined: the key removed). */
  | {
      kind: 'field';
      list: string;
      id: string;
      path: FieldPath;
      value: unknown;
      base: unknown;
      at: number;
      /** Written in the order it was made (see the rule above). */
      ordered?: boolean;
      /** A nested object this tab created: set only where the field does not exist yet. */
      ifAbsent?: boolean;
    }
  /**
   * A whole record added (or, when its id exists, replaced: an import that replaces). A new
   * record goes at `index` when given (an undone deletion, back in its place), else at the end.
   */
  | { kind: 'put'; list: string; record: IdRecord; at: number; index?: number }
  | { kind: 'remove'; list: string; id: string; at: number };

export type Lists = Readonly<Record<string, readonly IdRecord[]>>;

/** Fields that belong to the record itself, not to what a user changes. */
const OWN_KEYS = new Set(['id', 'updatedAt']);

/** Structural equality of JSON-like values (key order ignored; undefined keys as absent). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!sameValue(a[k], b[k])) return false;
  return true;
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let v = root;
  for (const key of path) {
    if (!isRecord(v)) return undefined;
    v = v[key];
  }
  return v;
}

/** A copy of root with the field at path set (undefined removes the key); parents are created. */
export function withValueAt<T>(root: T, path: FieldPath, value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const obj: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const next = rest.length ? withValueAt(obj[key], rest, value) : value;
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj as T;
}

/**
 * The fields that differ between two versions of a record, as leaf paths: nested objects are
 * walked, arrays and other values are one field each. id and updatedAt are not fields.
 */
export function changedFields(before: unknown, after: unknown, prefix: string[] = []): FieldChange[] {
  if (sameValue(before, after)) return [];
  if (isRecord(after) && before === undefined && prefix.length) {
    // A new nested object (a factor answered for the first time, its other fields at their
    // defaults): its empty fields created only where it does not exist yet, and its filled-in
    // fields as changes of their own, so two tabs that each fill in a field of it both keep theirs and
    // one tab's defaults never overwrite the other's answers.
    const leaves = changedFields({}, after, prefix);
    const skeleton = leaves
      .filter((f) => isEmpty(f.value))
      .reduce<unknown>((obj, f) => withValueAt(obj, f.path.slice(prefix.length), f.value), {});
    return [{ path: prefix, value: skeleton, base: undefined, ifAbsent: true }, ...leaves.filter((f) => !isEmpty(f.value))];
  }
  if (!isRecord(after) || !isRecord(before)) return prefix.length ? [{ path: prefix, value: after, base: before }] : [];
  const out: FieldChange[] = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (prefix.length === 0 && OWN_KEYS.has(k)) continue;
    out.push(...changedFields(before[k], after[k], [...prefix, k]));
  }
  return out;
}

/** A value that says nothing a default would not: null, '', false, [] or {}. */
function isEmpty(v: unknown): boolean {
  return (
    v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0)
  );
}

export interface FieldChange {
  path: string[];
  value: unknown;
  base: unknown;
  ifAbsent?: boolean;
}

/**
 * Adds new changes to a tab's unsaved ones. Two changes of the same field become one that keeps
 * the first one's base (what the stored value was before this tab touched it); a field change
 * of a record this tab added but has not saved goes into that record; a removal drops the
 * record's other changes.
 */
export function addChanges(pending: readonly Change[], added: readonly Change[]): Change[] {
  let out = pending.slice();
  for (const c of added) {
    if (c.kind === 'remove' || c.kind === 'put') {
      const id = c.kind === 'put' ? c.record.id : c.id;
      out = out.filter((p) => p.list !== c.list || (p.kind === 'put' ? p.record.id : p.id) !== id);
      out.push(c);
      continue;
    }
    const put = out.findIndex((p) => p.kind === 'put' && p.list === c.list && p.record.id === c.id);
    if (put !== -1) {
      const p = out[put] as Extract<Change, { kind: 'put' }>;
      out[put] = { ...p, record: withValueAt(p.record, c.path, c.value), at: c.at };
      continue;
    }
    const same = out.findIndex(
      (p) => p.kind === 'field' && p.list === c.list && p.id === c.id && p.path.join('\u0000') === c.path.join('\u0000'),
    );
    if (same !== -1) out[same] = { ...c, base: (out[same] as Extract<Change, { kind: 'field' }>).base };
    else out.push(c);
  }
  return out;
}

function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

export interface MergeResult<L extends Lists> {
  lists: L;
  /** True when anything differs from the input (a write is needed). */
  changed: boolean;
  /** Field changes that lost to a newer change made elsewhere (not applied). */
  lost: number;
}

/**
 * Applies a tab's changes to freshly read lists, field by field (see the rule at the top).
 * `stamp(prev, at)` gives the new updatedAt of a record whose fields changed (`at`: the time of
 * its newest applied change, so the record's time says when it was changed, not when the change
 * reached storage). Lists not named by any change are returned as they are.
 */
export function applyChanges<L extends Lists>(
  lists: L,
  changes: readonly Change[],
  stamp: (prev: string | undefined, at: number) => string,
  fieldTime: (list: string, record: IdRecord, path: FieldPath) => number = (_l, r) => time(r.updatedAt),
): MergeResult<L> {
  const out: Record<string, IdRecord[]> = {};
  for (const [name, list] of Object.entries(lists)) out[name] = list.slice();
  /** Records whose fields changed, with the time of their newest applied change. */
  const touched = new Map<string, number>();
  let changed = false;
  let lost = 0;
  for (const c of changes) {
    const list = (out[c.list] ??= []);
    if (c.kind === 'put') {
      const i = list.findIndex((r) => r.id === c.record.id);
      if (i === -1) list.splice(Math.max(0, c.index ?? list.length), 0, c.record);
      else if (!sameValue(list[i], c.record)) list[i] = c.record;
      else continue;
      changed = true;
    } else if (c.kind === 'remove') {
      const i = list.findIndex((r) => r.id === c.id);
      if (i === -1) continue;
      list.splice(i, 1);
      changed = true;
    } else {
      const i = list.findIndex((r) => r.id === c.id);
      if (i === -1) continue; // removed elsewhere: nothing to change
      const record = list[i]!;
      const current = valueAt(record, c.path);
      if (sameValue(current, c.value) || (c.ifAbsent && current !== undefined)) continue;
      const untouched = sameValue(current, c.base) || (c.base === undefined && isEmpty(current));
      if (!c.ordered && !untouched && c.at < fieldTime(c.list, record, c.path)) {
        lost++;
        continue;
      }
      list[i] = withValueAt(record, c.path, c.value);
      const key = `${c.list}\u0000${c.id}`;
      touched.set(key, Math.max(c.at, touched.get(key) ?? -Infinity));
      changed = true;
    }
  }
  for (const [key, at] of touched) {
    const [name, id] = key.split('\u0000') as [string, string];
    const list = out[name]!;
    const i = list.findIndex((r) => r.id === id);
    if (i !== -1) list[i] = { ...list[i]!, updatedAt: stamp(list[i]!.updatedAt, at) };
  }
  return { lists: out as unknown as L, changed, lost };
}

/**
 * Gives every record after the first of its id a fresh id, so that two stored records that
 * share an id become two records an edit can tell apart. Returns how many were renamed.
 */
export function splitDuplicates<R extends IdRecord>(list: readonly R[], newId: () => string): { list: R[]; split: number } {
  const ids = new Set<string>();
  let split = 0;
  const out = list.map((r) => {
    if (!ids.has(r.id)) {
      ids.add(r.id);
      return r;
    }
    let id = newId();
    while (ids.has(id) || list.some((x) => x.id === id)) id = newId();
    ids.add(id);
    split++;
    return { ...r, id };
  });
  return { list: out, split };
}
