/**
 * /workshop/: the facilitator loads every participant's answers (files or share links), sees
 * per factor where the group agrees and disagrees, and records the group's decision, which is
 * saved as a consensus assessment (storage.ts) and made active for /profil/ and /rapport/.
 *
 * Session state (loaded participants, choices, unsaved decisions) lives in sessionStorage:
 * a reload keeps it, closing the tab forgets it. The group assessment lives in localStorage.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { aggregateResponses, formatLevel, participantRole, type FactorAggregate } from '../../lib/aggregate';
import { agreedFrom, buildConsensus, emptyAgreed, newGroupId as newId, participantLabel, participantOf, type AgreedFactor } from '../../lib/consensus';
import { FACTOR_IDS, ROLES, type FactorId, type Role } from '../../lib/factors';
import type { Assessment, LevelValue } from '../../lib/schema';
import { store } from '../../lib/storage';
import { findDuplicate } from '../../lib/workshop-load';
import { t } from '../../i18n/sv';
import { readFiles, readLinks, type FileOutcome } from './files';
import { FileDrop, FileProblems, type FileProblem as Problem } from './FileDrop';
import { ConsensusForm, Discussion, FactorView, RoleMark, type Marker } from './FactorPanel';
import { entryKey, readSession, writeSession, type Entry } from './session';
import { memo } from './memo';
import type { WorkshopProps } from './types';

const s = t.workshop;
/** Small state (choices, decisions not yet saved) and the loaded participants, kept apart so
 * that typing never re-serialises hundreds of participants. */
const SESSION_KEY = 'tsi-boken:workshop-session';
const ENTRIES_KEY = 'tsi-boken:workshop-participants';
const MAX_PARTICIPANTS = 2000;

interface Meta {
  organisation: string;
  title: string;
  date: string;
}
interface SessionState {
  entries: Entry[];
  hideNames: boolean;
  roleFilter: Role | '';
  groupId: string | null;
  meta: Meta;
  agreed: Partial<Record<FactorId, AgreedFactor>>;
}
interface Pending {
  entry: Entry;
  existingKey: string;
}

const today = () => new Date().toLocaleDateString('sv-SE');
const dateIso = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T12:00:00.000Z` : new Date().toISOString());

function mostCommonOrganisation(entries: Entry[]): string {
  const n = new Map<string, number>();
  for (const e of entries) n.set(e.a.organisation, (n.get(e.a.organisation) ?? 0) + 1);
  let best = '';
  let max = 0;
  for (const [k, v] of n) if (v > max) [best, max] = [k, v];
  return best;
}

function levelText(l: LevelValue | undefined, unknownName: string): string {
  return l === 'vet-ej' ? unknownName : l === null || l === undefined ? '–' : String(l);
}

export default function Workshop(props: WorkshopProps) {
  const { factors, roleNames } = props;
  const initial = useMemo(() => {
    const small = readSession<SessionState>(SESSION_KEY);
    const session = small ? { ...small, entries: readSession<SessionState>(ENTRIES_KEY)?.entries ?? [] } : null;
    const stored = session?.groupId ? store.get(session.groupId) : undefined;
    return { session, stored };
  }, []);
  const { session, stored } = initial;

  const [entries, setEntries] = useState<Entry[]>(session?.entries ?? []);
  const [hideNames, setHideNames] = useState<boolean>(stored?.workshop?.hideNames ?? session?.hideNames ?? false);
  const [roleFilter, setRoleFilter] = useState<Role | ''>(session?.roleFilter ?? '');
  const [groupId, setGroupId] = useState<string | null>(stored?.id ?? null);
  const [meta, setMeta] = useState<Meta>(() => ({
    organisation: stored?.organisation ?? session?.meta?.organisation ?? '',
    title: stored?.title ?? session?.meta?.title ?? s.group.titleDefault(today()),
    date: stored?.createdAt.slice(0, 10) ?? session?.meta?.date ?? today(),
  }));
  const agreedRef = useRef<Partial<Record<FactorId, AgreedFactor>>>(stored ? agreedFrom(stored) : (session?.agreed ?? {}));
  const [agreedLevels, setAgreedLevels] = useState<Partial<Record<FactorId, LevelValue>>>(() =>
    Object.fromEntries(Object.entries(agreedRef.current).map(([k, v]) => [k, v.level])),
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [groupMsg, setGroupMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [savedAt, setSavedAt] = useState<Partial<Record<FactorId, number>>>({});
  const [sessionOk, setSessionOk] = useState(true);
  const [links, setLinks] = useState('');
  const [formsKey, setFormsKey] = useState(0);
  const [continuePick, setContinuePick] = useState('');
  const [dupAll, setDupAll] = useState(false);
  const factorTitle = useCallback((id: string) => factors.find((f) => f.id === id)?.title, [factors]);

  const latest = useRef({ entries, hideNames, meta, groupId, roleFilter, labels: [] as string[] });
  const fileInput = useRef<HTMLInputElement>(null);
  const dupHeading = useRef<HTMLHeadingElement>(null);
  const orgInput = useRef<HTMLInputElement>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef<Set<FactorId>>(new Set());

  // Keep the session in sessionStorage.
  const persistSmall = () => {
    const cur = latest.current;
    writeSession(SESSION_KEY, { hideNames: cur.hideNames, roleFilter: cur.roleFilter, groupId: cur.groupId, meta: cur.meta, agreed: agreedRef.current, entries: [] });
  };
  useEffect(persistSmall, [hideNames, roleFilter, groupId, meta, agreedLevels, savedAt]);
  useEffect(() => {
    setSessionOk(writeSession(ENTRIES_KEY, { entries }));
  }, [entries]);

  // Prefill the organisation from the participants' files.
  useEffect(() => {
    if (!meta.organisation && entries.length > 0) setMeta((m) => ({ ...m, organisation: mostCommonOrganisation(entries) }));
  }, [entries]);

  /** Saves the group assessment (creating it the first time). Returns false when it cannot. */
  const saveGroup = useCallback((): boolean => {
    clearTimeout(saveTimer.current);
    const cur = latest.current;
    const organisation = cur.meta.organisation.trim();
    if (!organisation) {
      setGroupMsg({ kind: 'error', text: s.group.needOrganisation });
      return false;
    }
    const prev = cur.groupId ? store.get(cur.groupId) : undefined;
    const id = prev?.id ?? cur.groupId ?? newId();
    const build = (before: Assessment | undefined) =>
      buildConsensus(
        { id, organisation, title: cur.meta.title.trim(), createdAt: dateIso(cur.meta.date), modelVersion: props.modelVersion, hideNames: cur.hideNames },
        cur.entries.map((e) => e.a),
        agreedRef.current,
        before,
      );
    try {
      // An existing group assessment is updated from its freshest stored version, so that what
      // another page or tab added (the report's action plan) is kept.
      if (prev) store.update(id, build);
      else store.save(build(undefined));
      store.setActiveId(id);
    } catch {
      setGroupMsg({ kind: 'error', text: s.group.saveFailed });
      return false;
    }
    if (!prev) {
      setGroupId(id);
      latest.current.groupId = id;
      setGroupMsg({ kind: 'ok', text: s.group.created });
    } else setGroupMsg((g) => (g?.kind === 'error' ? { kind: 'ok', text: s.group.saved } : g ?? { kind: 'ok', text: s.group.saved }));
    const now = Date.now();
    const done = [...dirty.current];
    dirty.current.clear();
    if (done.length) setSavedAt((sa) => ({ ...sa, ...Object.fromEntries(done.map((f) => [f, now])) }));
    return true;
  }, []);

  // Flush a pending save when the page is left.
  useEffect(() => {
    const flush = () => {
      if (dirty.current.size) saveGroup();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // Participants or name hiding changed: update the saved group assessment.
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    if (latest.current.groupId) saveGroup();
  }, [entries, hideNames]);

  const onAgreedChange = useCallback((id: FactorId, value: AgreedFactor, immediate: boolean) => {
    const before = agreedRef.current[id]?.level ?? null;
    agreedRef.current = { ...agreedRef.current, [id]: value };
    dirty.current.add(id);
    persistSmall();
    if (before !== value.level) setAgreedLevels((l) => ({ ...l, [id]: value.level }));
    clearTimeout(saveTimer.current);
    if (immediate) saveGroup();
    else saveTimer.current = setTimeout(saveGroup, 400);
  }, []);

  function addOutcomes(outcomes: FileOutcome[]) {
    const list = [...latest.current.entries];
    const queue: Pending[] = [];
    const probs: Problem[] = [];
    let added = 0;
    for (const o of outcomes) {
      if (!o.ok) {
        probs.push({ name: o.name, reason: o.reason });
        continue;
      }
      const people = o.assessments.filter((a) => a.kind === 'individual');
      if (people.length === 0) probs.push({ name: o.name, reason: s.problem.onlyGroup });
      for (const a of people) {
        if (list.length + queue.length >= MAX_PARTICIPANTS) {
          probs.push({ name: o.name, reason: s.problem.tooMany(MAX_PARTICIPANTS) });
          break;
        }
        const entry: Entry = { key: entryKey(), file: o.name, a };
        const dup = findDuplicate(
          list.map((e) => e.a),
          a,
        );
        if (dup >= 0) queue.push({ entry, existingKey: list[dup]!.key });
        else {
          list.push(entry);
          added++;
        }
      }
    }
    latest.current.entries = list;
    setEntries(list);
    setProblems(probs);
    if (queue.length) setPending((p) => [...p, ...queue]);
    setStatus([s.load.added(added), probs.length ? s.load.problemsHeading(probs.length) + '.' : ''].filter(Boolean).join(' '));
  }

  async function loadFiles(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    setStatus(s.load.reading);
    try {
      addOutcomes(await readFiles(files, factorTitle));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function loadLinks() {
    if (!links.trim()) return;
    setBusy(true);
    try {
      const from = latest.current.entries.filter((e) => e.file.startsWith(s.load.linkName(0).replace(/\d+$/, ''))).length + 1;
      const outcomes = await readLinks(links, factorTitle, from);
      addOutcomes(outcomes);
      if (outcomes.every((o) => o.ok)) setLinks('');
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (pending.length) dupHeading.current?.focus();
  }, [pending.length > 0 ? pending[0]!.entry.key : '']);

  /** Answers the first duplicate question, or all of them when `all` is ticked. */
  function resolve(choice: 'replace' | 'keep' | 'skip') {
    const take = dupAll ? pending : pending.slice(0, 1);
    const rest = pending.slice(take.length);
    if (!take.length) return;
    let list = entries;
    for (const p of take) {
      if (choice === 'replace') {
        const at = list.findIndex((e) => e.key === p.existingKey);
        list = at >= 0 ? list.map((e, i) => (i === at ? p.entry : e)) : [...list, p.entry];
      } else if (choice === 'keep') list = [...list, p.entry];
    }
    if (list !== entries) setEntries(list);
    setPending(rest);
    setDupAll(false);
    if (rest.length === 0) fileInput.current?.focus();
  }

  const labels = useMemo(
    () => entries.map((e, i) => participantLabel(i, participantOf(e.a), hideNames, roleNames[participantRole(e.a)], s.participants.person)),
    [entries, hideNames],
  );
  latest.current = { entries, hideNames, meta, groupId, roleFilter, labels };
  const removeEntry = useCallback((key: string) => {
    const { entries: list, labels: names } = latest.current;
    const i = list.findIndex((e) => e.key === key);
    setStatus(s.participants.removed(names[i] ?? ''));
    setEntries(list.filter((e) => e.key !== key));
    document.getElementById('wk-people-h')?.focus();
  }, []);
  const rolesPresent = useMemo(() => ROLES.filter((r) => entries.some((e) => participantRole(e.a) === r)), [entries]);
  const visible = useMemo(() => {
    const idx = entries.map((_, i) => i);
    return roleFilter ? idx.filter((i) => participantRole(entries[i]!.a) === roleFilter) : idx;
  }, [entries, roleFilter]);
  const perFactor = useMemo(() => {
    const out = {} as Record<FactorId, { markers: Marker[]; agg: FactorAggregate }>;
    for (const f of FACTOR_IDS) {
      const markers = visible.map((i) => {
        const a = entries[i]!.a;
        return { label: labels[i]!, role: participantRole(a), level: a.answers[f]?.level ?? null };
      });
      out[f] = { markers, agg: aggregateResponses(markers) };
    }
    return out;
  }, [visible, labels]);

  const groups = useMemo(() => store.list().filter((a) => a.kind === 'consensus'), [groupId, groupMsg]);
  const groupName = (a: Assessment) => `${a.organisation}${a.title ? ` – ${a.title}` : ''} (${a.createdAt.slice(0, 10)})`;
  const current = groups.find((a) => a.id === groupId);
  const memoryReason = store.status().memoryReason;
  const memoryText = memoryReason ? t.assessment.storage[memoryReason === 'unreadable-not-kept' ? 'unreadableNotKept' : memoryReason] : null;

  function applyAgreed(next: Partial<Record<FactorId, AgreedFactor>>) {
    agreedRef.current = next;
    dirty.current.clear();
    setAgreedLevels(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, v.level])));
    setFormsKey((k) => k + 1);
  }

  function continueWith(id: string) {
    const a = store.get(id);
    if (!a) return;
    clearTimeout(saveTimer.current);
    latest.current.groupId = id;
    setGroupId(id);
    setMeta({ organisation: a.organisation, title: a.title, date: a.createdAt.slice(0, 10) });
    setHideNames(a.workshop?.hideNames ?? false);
    applyAgreed(agreedFrom(a));
    store.setActiveId(id);
    setContinuePick('');
    setGroupMsg({ kind: 'ok', text: s.group.continued(groupName(a)) });
  }

  function startNew() {
    clearTimeout(saveTimer.current);
    latest.current.groupId = null;
    setGroupId(null);
    setMeta({ organisation: mostCommonOrganisation(entries), title: s.group.titleDefault(today()), date: today() });
    applyAgreed({});
    setGroupMsg({ kind: 'ok', text: s.group.startedNew });
  }

  const dupWho = pending[0] ? participantLabel(entries.length, participantOf(pending[0].entry.a), hideNames, roleNames[participantRole(pending[0].entry.a)], s.participants.person) : '';
  const dupOther = pending[0] ? entries.find((e) => e.key === pending[0]!.existingKey)?.file ?? '' : '';

  return (
    <div class="wk" data-pagefind-ignore="all">
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="wk-load-h">
        <h2 id="wk-load-h">{s.load.heading}</h2>
        <FileDrop id="wk-files" label={s.load.fileLabel} hint={`${s.load.fileHint} ${s.privacy}`} disabled={busy} inputRef={fileInput} onFiles={(files) => void loadFiles(files)} />
        <div class="field wk-links">
          <label for="wk-links">{s.load.linkLabel}</label>
          <span class="hint" id="wk-links-hint">
            {s.load.linkHint}
          </span>
          <textarea id="wk-links" aria-describedby="wk-links-hint" value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
        </div>
        <div class="button-row">
          <button type="button" class="button" disabled={busy} onClick={() => void loadLinks()}>
            {s.load.linkButton}
          </button>
        </div>
        <p class="hint">{s.sessionNote}</p>
        {!sessionOk && <p class="notice notice--warn">{s.sessionNote}</p>}
        {status && !busy && (
          <p class="notice notice--ok wk-loaded" aria-hidden="true">
            {status}
          </p>
        )}
        <FileProblems problems={problems} intro={s.load.problemsIntro} onClear={() => setProblems([])} />
        {pending[0] && (
          <div class="notice notice--warn wk-dup" role="group" aria-labelledby="wk-dup-h">
            <h3 id="wk-dup-h" tabIndex={-1} ref={dupHeading}>
              {s.duplicate.heading}
            </h3>
            <p>{s.duplicate.text(dupWho, pending[0].entry.file, dupOther)}</p>
            <div class="button-row">
              <button type="button" class="button" onClick={() => resolve('replace')}>
                {s.duplicate.replace}
              </button>
              <button type="button" class="button" onClick={() => resolve('keep')}>
                {s.duplicate.keepBoth}
              </button>
              <button type="button" class="button" onClick={() => resolve('skip')}>
                {s.duplicate.skip}
              </button>
            </div>
            {pending.length > 1 && (
              <div class="field wk-check">
                <label>
                  <input type="checkbox" checked={dupAll} onChange={(e) => setDupAll(e.currentTarget.checked)} /> {s.duplicate.all(pending.length - 1)}
                </label>
              </div>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="wk-people-h">
        <h2 id="wk-people-h" tabIndex={-1}>
          {s.participants.heading}
        </h2>
        <div class="field wk-check">
          <label>
            <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.currentTarget.checked)} /> {s.participants.hideNames}
          </label>
          <span class="hint">{s.participants.hideNamesHint}</span>
        </div>
        {entries.length === 0 ? (
          <p>{s.participants.empty}</p>
        ) : (
          <ParticipantTable
            entries={entries}
            labels={labels}
            roleNames={roleNames}
            hideNames={hideNames}
            onRemove={removeEntry}
          />
        )}
        {entries.length > 0 && (
          <div class="button-row">
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                setEntries([]);
                setPending([]);
                setStatus(s.participants.removed(s.participants.removeAll));
              }}
            >
              {s.participants.removeAll}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="wk-group-h">
        <h2 id="wk-group-h">{s.group.heading}</h2>
        <p>{s.group.intro}</p>
        {memoryText && <p class="notice notice--warn">{memoryText}</p>}
        {current && <p class="wk-current">{s.group.current(groupName(current))}</p>}
        {current && entries.length === 0 && (current.workshop?.participants.length ?? 0) > 0 && <p class="hint">{s.group.keptParticipants}</p>}
        {groups.some((a) => a.id !== groupId) && (
          <div class="wk-continue">
            <div class="field">
              <label for="wk-continue">{s.group.continueLabel}</label>
              <select id="wk-continue" value={continuePick} onChange={(e) => setContinuePick(e.currentTarget.value)}>
                <option value="">{s.group.continueNone}</option>
                {groups
                  .filter((a) => a.id !== groupId)
                  .map((a) => (
                    <option value={a.id} key={a.id}>
                      {groupName(a)}
                    </option>
                  ))}
              </select>
            </div>
            <button type="button" class="button" disabled={!continuePick} onClick={() => continueWith(continuePick)}>
              {s.group.continueButton}
            </button>
          </div>
        )}
        <form
          class="wk-group"
          onSubmit={(e) => {
            e.preventDefault();
            if (!saveGroup()) orgInput.current?.focus();
          }}
        >
          <div class="field">
            <label for="wk-org">{s.group.organisation}</label>
            <input
              ref={orgInput}
              id="wk-org"
              type="text"
              maxLength={200}
              autocomplete="organization"
              aria-invalid={groupMsg?.kind === 'error' && !meta.organisation.trim() ? 'true' : undefined}
              aria-describedby={groupMsg?.kind === 'error' ? 'wk-group-msg' : undefined}
              value={meta.organisation}
              onInput={(e) => setMeta({ ...meta, organisation: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="wk-title">{s.group.title}</label>
            <input id="wk-title" type="text" maxLength={200} value={meta.title} onInput={(e) => setMeta({ ...meta, title: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="wk-date">{s.group.date}</label>
            <input id="wk-date" type="date" value={meta.date} onInput={(e) => setMeta({ ...meta, date: e.currentTarget.value })} />
          </div>
          <div class="button-row">
            <button type="submit" class="button button--primary">
              {s.group.save}
            </button>
            {groupId && (
              <button type="button" class="button" onClick={startNew}>
                {s.group.startNew}
              </button>
            )}
          </div>
        </form>
        <div id="wk-group-msg" role="status">
          {groupMsg && (
            <p class={`notice ${groupMsg.kind === 'error' ? 'notice--error' : 'notice--ok'}`}>
              {groupMsg.text}{' '}
              {groupId && groupMsg.kind === 'ok' && (
                <>
                  <a href={props.links.profile}>{s.group.openProfile}</a> · <a href={props.links.report}>{s.group.openReport}</a>
                </>
              )}
            </p>
          )}
        </div>
      </section>

      {entries.length > 0 && (
        <section aria-labelledby="wk-view-h">
          <h2 id="wk-view-h">{s.view.heading}</h2>
          <div class="field">
            <label for="wk-role">{s.view.roleFilter}</label>
            <select id="wk-role" value={roleFilter} onChange={(e) => setRoleFilter(e.currentTarget.value as Role | '')}>
              <option value="">{s.view.allRoles}</option>
              {rolesPresent.map((r) => (
                <option value={r} key={r}>
                  {roleNames[r]}
                </option>
              ))}
            </select>
          </div>
          {roleFilter && <p class="notice">{s.view.filterNote(roleNames[roleFilter], visible.length)}</p>}
          <Legend roles={rolesPresent} model={props} />
          <SummaryTable model={props} perFactor={perFactor} agreedLevels={agreedLevels} />
          <AllAnswers model={props} entries={entries} labels={labels} />
          {factors.map((f) => (
            <section class="wk-factor" aria-labelledby={`wk-f-${f.id}`} key={f.id}>
              <h3 id={`wk-f-${f.id}`}>
                {f.number}. {f.title}
                {perFactor[f.id].agg.disagreement && (
                  <span class="wk-badge">
                    <span aria-hidden="true">⚠ </span>
                    {s.view.disagreement}
                  </span>
                )}
              </h3>
              <div class="wk-factor__grid">
                <div>
                  <FactorView factor={f} model={props} agg={perFactor[f.id].agg} markers={perFactor[f.id].markers} />
                  <h4>{s.consensus.heading(f.shortLabel)}</h4>
                  <ConsensusForm key={`${formsKey}-${f.id}`} factor={f} model={props} initial={agreedRef.current[f.id] ?? emptyAgreed()} onChange={onAgreedChange} savedAt={savedAt[f.id] ?? 0} />
                </div>
                <Discussion factor={f} model={props} />
              </div>
            </section>
          ))}
        </section>
      )}
    </div>
  );
}

const ParticipantTable = memo(function ParticipantTable(p: {
  entries: Entry[];
  labels: string[];
  roleNames: Record<Role, string>;
  /** File names often carry a person's name, so they are hidden with the names. */
  hideNames: boolean;
  onRemove: (key: string) => void;
}) {
  return (
    <div class="table-scroll">
      <table class="wk-table wk-people">
        <caption>
          {s.participants.caption} ({p.entries.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.participants.colNumber}</th>
            <th scope="col">{s.participants.colName}</th>
            <th scope="col">{s.participants.colRole}</th>
            {!p.hideNames && <th scope="col">{s.participants.colFile}</th>}
            <th scope="col">{s.participants.colAnswered}</th>
            <th scope="col">{s.participants.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {p.entries.map((e, i) => {
            const answered = FACTOR_IDS.filter((f) => (e.a.answers[f]?.level ?? null) !== null).length;
            return (
              <tr key={e.key}>
                <td>{i + 1}</td>
                <th scope="row">{p.labels[i]}</th>
                <td>{p.roleNames[participantRole(e.a)]}</td>
                {!p.hideNames && <td class="wk-filename">{e.file}</td>}
                <td>{s.participants.answeredOf(answered, FACTOR_IDS.length)}</td>
                <td>
                  <button type="button" class="button wk-small" aria-label={s.participants.remove(p.labels[i] ?? '')} onClick={() => p.onRemove(e.key)}>
                    {s.participants.removeShort}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

function Legend({ roles, model }: { roles: Role[]; model: WorkshopProps }) {
  return (
    <div class="wk-legend">
      <h3 class="wk-legend__h">{s.view.legend}</h3>
      <ul>
        {roles.map((r) => (
          <li key={r}>
            <RoleMark role={r} /> {model.roleNames[r]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SummaryTable({
  model,
  perFactor,
  agreedLevels,
}: {
  model: WorkshopProps;
  perFactor: Record<FactorId, { agg: FactorAggregate }>;
  agreedLevels: Partial<Record<FactorId, LevelValue>>;
}) {
  return (
    <div class="table-scroll">
      <table class="wk-table wk-summary">
        <caption>{s.view.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.view.colFactor}</th>
            <th scope="col">{s.view.colMedian}</th>
            <th scope="col">{s.view.colMin}</th>
            <th scope="col">{s.view.colMax}</th>
            <th scope="col">{s.view.colUnknown}</th>
            <th scope="col">{s.view.colUnanswered}</th>
            <th scope="col">{s.view.colDisagreement}</th>
            <th scope="col">{s.view.colAgreed}</th>
          </tr>
        </thead>
        <tbody>
          {model.factors.map((f) => {
            const a = perFactor[f.id].agg;
            const agreed = agreedLevels[f.id];
            return (
              <tr key={f.id}>
                <th scope="row">
                  <a href={`#wk-f-${f.id}`}>
                    {f.number}. {f.shortLabel}
                  </a>
                </th>
                <td>{formatLevel(a.median)}</td>
                <td>{formatLevel(a.min)}</td>
                <td>{formatLevel(a.max)}</td>
                <td>{a.unknown}</td>
                <td>{a.unanswered}</td>
                <td>
                  {a.disagreement ? (
                    <strong class="wk-flag-cell">
                      <span aria-hidden="true">⚠ </span>
                      {s.view.disagreement}
                    </strong>
                  ) : (
                    s.view.no
                  )}
                </td>
                <td>{agreed === undefined || agreed === null ? s.view.notSet : levelText(agreed, model.unknownName)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const AllAnswers = memo(function AllAnswers({ model, entries, labels }: { model: WorkshopProps; entries: Entry[]; labels: string[] }) {
  // The table is built when the section is opened (it repeats what the factor tables show).
  const [open, setOpen] = useState(false);
  return (
    <details class="wk-all" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{s.view.allAnswersSummary}</summary>
      {open && (
        <div class="table-scroll">
          <table class="wk-table">
            <caption>{s.view.allAnswersCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.participants.colName}</th>
                {model.factors.map((f) => (
                  <th scope="col" key={f.id}>
                    {f.number}. {f.shortLabel}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={e.key}>
                  <th scope="row">{labels[i]}</th>
                  {model.factors.map((f) => (
                    <td key={f.id}>{levelText(e.a.answers[f.id]?.level ?? null, model.unknownName)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
});

export type { Assessment };
