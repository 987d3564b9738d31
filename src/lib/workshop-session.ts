/**
 * /workshop/'s session as pure state transitions: loading participants (the "latest list" is
 * always the state's own, so loads that finish late merge with what happened meanwhile),
 * duplicate questions, removing, view choices, the group's decisions and what saving the group
 * assessment did. The island (src/islands/workshop/) only wires this state to its views and
 * does the storage; every word a user sees is chosen there (messages here are codes).
 *
 * Just over 300 lines on purpose: it is one reducer over one state type, and each transition
 * must see the whole state (the latest list, the decisions, what is dirty); split across files
 * the transitions would import each other's internals.
 */
import { agreedFrom, appendText, emptyAgreed, type AgreedFactor } from './consensus';
import type { FactorId, Role } from './factors';
import type { Assessment } from './schema';
import type { Entry } from './session-entries';
import type { SavedPart } from './workshop-saved';
import {
  addLoaded,
  resolveDuplicates,
  type DuplicateChoice,
  type LoadedFile,
  type LoadProblem,
  type LoadWords,
  type Pending,
} from './workshop-load';

export interface Meta {
  organisation: string;
  title: string;
  date: string;
}
export type GroupMessage =
  | { kind: 'ok'; code: 'created' | 'saved' | 'startedNew' }
  | { kind: 'ok'; code: 'continued'; name: string }
  | { kind: 'error'; code: 'needOrganisation' | 'saveFailed' | 'loadFailed' };

/** What the status line says after the last load or removal. */
export type LoadStatus =
  | { code: 'reading' }
  | { code: 'added'; added: number; problems: number }
  | { code: 'removed'; who: string }
  | { code: 'removedAll' }
  | { code: 'restored'; n: number }
  | { code: 'opened'; name: string; dropped: number }
  | { code: 'closed' }
  | { code: 'refreshed' }
  | { code: 'appended'; field: 'evidence' | 'nextStep' }
  | { code: 'tooLong' };

export interface WorkshopState {
  /** The saved workshop this tab is writing (null until there is something to save). */
  sessionId: string | null;
  entries: Entry[];
  /** The factor the facilitator is at (the projector view and back). */
  factor: FactorId | null;
  /** The participants "Ta bort alla" removed, until undone or something else is removed. */
  undo: Entry[] | null;
  hideNames: boolean;
  roleFilter: Role | '';
  /** The group assessment being written (null until first saved). */
  groupId: string | null;
  meta: Meta;
  agreed: Partial<Record<FactorId, AgreedFactor>>;
  /** Factors whose decision changed since the last save. */
  dirty: FactorId[];
  /** When each factor's decision was last saved (the forms say "Sparat." when it changes). */
  savedAt: Partial<Record<FactorId, number>>;
  /** Changes when the decisions are replaced from outside the forms, so the forms start over. */
  formsKey: number;
  /** Per factor: changes when a participant's text is added to its form from outside. */
  formKeys: Partial<Record<FactorId, number>>;
  pending: Pending[];
  /** "Do the same with the other duplicates" is ticked. */
  dupAll: boolean;
  problems: LoadProblem[];
  status: LoadStatus | null;
  busy: boolean;
  groupMsg: GroupMessage | null;
}

/** The small part of the session an older version of the page kept in sessionStorage (read by initialState). */
export interface StoredSession {
  hideNames: boolean;
  roleFilter: Role | '';
  groupId: string | null;
  meta: Meta;
  agreed: Partial<Record<FactorId, AgreedFactor>>;
}

export type WorkshopAction =
  | { type: 'loadStarted'; reading: boolean }
  | { type: 'loadFinished' }
  | { type: 'loaded'; files: LoadedFile[]; words: LoadWords }
  | { type: 'duplicateResolved'; choice: DuplicateChoice }
  | { type: 'dupAllSet'; on: boolean }
  | { type: 'removed'; key: string; who: string }
  | { type: 'removedAll' }
  | { type: 'removedAllUndone' }
  | { type: 'problemsCleared' }
  | { type: 'factorSet'; factor: FactorId | null }
  | { type: 'sessionSaved'; id: string }
  /** `refreshed`: the same workshop, as another tab saved it. */
  | { type: 'sessionOpened'; id: string; saved: SavedPart; name: string; dropped: number; refreshed?: boolean }
  | { type: 'sessionClosed'; title: string; date: string }
  | { type: 'hideNamesSet'; on: boolean }
  | { type: 'roleFilterSet'; role: Role | '' }
  | { type: 'metaSet'; patch: Partial<Meta> }
  | { type: 'agreedSet'; factor: FactorId; value: AgreedFactor }
  | { type: 'agreedAppended'; factor: FactorId; field: 'evidence' | 'nextStep'; text: string }
  | { type: 'groupSaved'; id: string; created: boolean; at: number }
  | { type: 'groupSaveFailed'; code: 'needOrganisation' | 'saveFailed' | 'loadFailed' }
  | { type: 'groupContinued'; group: Assessment; name: string }
  | { type: 'groupStartedNew'; title: string; date: string };

/** The organisation most participants wrote ('' when there are none). */
export function mostCommonOrganisation(entries: readonly Entry[]): string {
  const n = new Map<string, number>();
  for (const e of entries) n.set(e.a.organisation, (n.get(e.a.organisation) ?? 0) + 1);
  let best = '';
  let max = 0;
  for (const [k, v] of n) if (v > max) [best, max] = [k, v];
  return best;
}

/** The workshop date as the group assessment's createdAt (noon UTC; now when not a date). */
export function dateIso(d: string, now: () => Date = () => new Date()): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T12:00:00.000Z` : now().toISOString();
}

/** How a group assessment is named in lists and messages. */
export function groupName(a: Pick<Assessment, 'organisation' | 'title' | 'createdAt'>): string {
  return `${a.organisation}${a.title ? ` – ${a.title}` : ''} (${a.createdAt.slice(0, 10)})`;
}

/** New entries; an empty organisation is filled in from the participants' files. */
function withEntries(state: WorkshopState, entries: Entry[]): WorkshopState {
  const fill = !state.meta.organisation && entries.length > 0;
  return { ...state, entries, meta: fill ? { ...state.meta, organisation: mostCommonOrganisation(entries) } : state.meta };
}

/** Decisions replaced from outside the forms (another group assessment, or a new one). */
function withAgreed(state: WorkshopState, agreed: WorkshopState['agreed']): WorkshopState {
  return { ...state, agreed, dirty: [], formsKey: state.formsKey + 1 };
}

/**
 * The state a page load starts from: the group assessment the session was writing (its stored
 * version wins), else what the session kept, else a new workshop dated `today`.
 */
export function initialState(
  session: (Partial<StoredSession> & { entries: Entry[] }) | null,
  group: Assessment | undefined,
  today: string,
  titleDefault: string,
): WorkshopState {
  const state: WorkshopState = {
    sessionId: null,
    entries: [],
    factor: null,
    undo: null,
    hideNames: group?.workshop?.hideNames ?? session?.hideNames ?? false,
    roleFilter: session?.roleFilter ?? '',
    groupId: group?.id ?? null,
    meta: {
      organisation: group?.organisation ?? session?.meta?.organisation ?? '',
      title: group?.title ?? session?.meta?.title ?? titleDefault,
      date: group?.createdAt.slice(0, 10) ?? session?.meta?.date ?? today,
    },
    agreed: group ? agreedFrom(group) : (session?.agreed ?? {}),
    dirty: [],
    savedAt: {},
    formsKey: 0,
    formKeys: {},
    pending: [],
    dupAll: false,
    problems: [],
    status: null,
    busy: false,
    groupMsg: null,
  };
  return withEntries(state, session?.entries ?? []);
}

export function workshopReducer(state: WorkshopState, action: WorkshopAction): WorkshopState {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, busy: true, status: action.reading ? { code: 'reading' } : state.status };
    case 'loadFinished':
      return { ...state, busy: false };
    case 'loaded': {
      const r = addLoaded(state.entries, action.files, action.words);
      return {
        ...withEntries(state, r.entries),
        problems: r.problems,
        pending: r.pending.length ? [...state.pending, ...r.pending] : state.pending,
        status: { code: 'added', added: r.added, problems: r.problems.length },
      };
    }
    case 'duplicateResolved': {
      if (state.pending.length === 0) return state;
      const r = resolveDuplicates(state.entries, state.pending, action.choice, state.dupAll);
      const next = r.entries === state.entries ? state : withEntries(state, r.entries);
      return { ...next, pending: r.pending, dupAll: false };
    }
    case 'dupAllSet':
      return { ...state, dupAll: action.on };
    case 'removed':
      return {
        ...withEntries(
          state,
          state.entries.filter((e) => e.key !== action.key),
        ),
        status: { code: 'removed', who: action.who },
      };
    case 'removedAll':
      return { ...withEntries(state, []), pending: [], undo: state.entries, status: { code: 'removedAll' } };
    case 'removedAllUndone': {
      if (!state.undo) return state;
      // Those loaded meanwhile stay, after the restored ones.
      const back = [...state.undo, ...state.entries.filter((e) => !state.undo!.some((u) => u.key === e.key))];
      return { ...withEntries(state, back), undo: null, status: { code: 'restored', n: state.undo.length } };
    }
    case 'factorSet':
      return { ...state, factor: action.factor };
    case 'sessionSaved':
      return { ...state, sessionId: action.id };
    case 'sessionOpened':
      return {
        ...withAgreed(state, action.saved.agreed),
        ...action.saved,
        sessionId: action.id,
        undo: null,
        pending: [],
        problems: [],
        groupMsg: null,
        status: action.refreshed ? { code: 'refreshed' } : { code: 'opened', name: action.name, dropped: action.dropped },
      };
    case 'sessionClosed':
      return {
        ...withAgreed(state, {}),
        sessionId: null,
        entries: [],
        factor: null,
        undo: null,
        pending: [],
        problems: [],
        groupId: null,
        groupMsg: null,
        meta: { organisation: '', title: action.title, date: action.date },
        status: { code: 'closed' },
      };
    case 'problemsCleared':
      return { ...state, problems: [] };
    case 'hideNamesSet':
      return { ...state, hideNames: action.on };
    case 'roleFilterSet':
      return { ...state, roleFilter: action.role };
    case 'metaSet':
      return { ...state, meta: { ...state.meta, ...action.patch } };
    case 'agreedSet':
      return {
        ...state,
        agreed: { ...state.agreed, [action.factor]: action.value },
        dirty: state.dirty.includes(action.factor) ? state.dirty : [...state.dirty, action.factor],
      };
    case 'agreedAppended': {
      const cur = state.agreed[action.factor] ?? emptyAgreed();
      const text = appendText(cur[action.field], action.text);
      if (text === null) return { ...state, status: { code: 'tooLong' } };
      const f = action.factor;
      return {
        ...workshopReducer(state, { type: 'agreedSet', factor: f, value: { ...cur, [action.field]: text } }),
        formKeys: { ...state.formKeys, [f]: (state.formKeys[f] ?? 0) + 1 },
        status: { code: 'appended', field: action.field },
      };
    }
    case 'groupSaved': {
      const g = state.groupMsg;
      const groupMsg: GroupMessage = action.created
        ? { kind: 'ok', code: 'created' }
        : g && g.kind === 'ok'
          ? g
          : { kind: 'ok', code: 'saved' };
      const savedAt = state.dirty.length
        ? { ...state.savedAt, ...Object.fromEntries(state.dirty.map((f) => [f, action.at])) }
        : state.savedAt;
      return { ...state, groupId: action.id, groupMsg, savedAt, dirty: [] };
    }
    case 'groupSaveFailed':
      return { ...state, groupMsg: { kind: 'error', code: action.code } };
    case 'groupContinued': {
      const a = action.group;
      return {
        ...withAgreed(state, agreedFrom(a)),
        groupId: a.id,
        meta: { organisation: a.organisation, title: a.title, date: a.createdAt.slice(0, 10) },
        hideNames: a.workshop?.hideNames ?? false,
        groupMsg: { kind: 'ok', code: 'continued', name: action.name },
      };
    }
    case 'groupStartedNew':
      return {
        ...withAgreed(state, {}),
        groupId: null,
        meta: { organisation: mostCommonOrganisation(state.entries), title: action.title, date: action.date },
        groupMsg: { kind: 'ok', code: 'startedNew' },
      };
  }
}
