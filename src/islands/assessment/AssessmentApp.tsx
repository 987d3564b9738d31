/**
 * /sjalvskattning/: start an assessment, the guided flow through the ten factors, summary,
 * manage assessments (open, rename, follow-up, delete with undo), export/import, share links.
 * Thin: data rules live in src/lib (storage, assessment, io, share).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import type { Assessment, FactorAnswer } from '../../lib/schema';
import { FACTOR_IDS, type FactorId, type Role } from '../../lib/factors';
import {
  answerOf,
  createAssessment,
  duplicateAsFollowUp,
  firstUnanswered,
  isAnswered,
  progress,
  withAnswer,
} from '../../lib/assessment';
import { store as storage } from '../../lib/storage';
import { exportFileName, exportJson, readImportFile, type ImportResult } from '../../lib/io';
import { describeImportError } from '../../i18n/sv/import';
import { decodeShare, encodeShare, isShareHash, type ShareResult } from '../../lib/share';
import { FactorForm, type FormFactor, type FormScale } from './FactorForm';

export interface AppFactor extends FormFactor {
  shortLabel: string;
  href: string;
}
interface Props {
  factors: AppFactor[];
  scale: FormScale & { roles: { id: string; name: string }[] };
  modelVersion: string;
  pageHref: string;
  profileHref: string;
  reportHref: string;
}

const s = t.assessment;
type View = { kind: 'home' } | { kind: 'flow'; step: number } | { kind: 'summary' };
type Notice = { tone: 'ok' | 'error' | 'warn'; heading?: string; lines: string[]; undo?: Assessment; wasActive?: boolean } | null;

type AnyError = Extract<ShareResult, { ok: false }>['error'];

/** Swedish lines for a failed import or share link (always ends with "nothing changed"). */
function errorLines(error: AnyError, titleOf: (id: string) => string | undefined): string[] {
  if (error.code === 'damaged') return [s.share.damaged];
  if (error.code === 'link-too-large') return [s.share.tooLarge];
  if (error.code === 'unsupported') return [s.share.unsupported];
  return [...describeImportError(error, titleOf), s.io.unchanged];
}

function nameOf(a: Assessment): string {
  return a.title ? `${a.organisation} – ${a.title}` : a.organisation;
}

function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function snapshot() {
  return { list: storage.list(), activeId: storage.getActiveId(), status: storage.status() };
}

export default function AssessmentApp(props: Props) {
  const { factors, scale, modelVersion } = props;
  const [data, setData] = useState<ReturnType<typeof snapshot> | null>(null);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [notice, setNotice] = useState<Notice>(null);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ items: Assessment[]; conflicts: Assessment[] } | null>(null);
  const [preview, setPreview] = useState<ShareResult | null>(null);
  const [shared, setShared] = useState<{ id: string; url: string } | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const titleOf = (id: string) => factors.find((f) => f.id === id)?.title;

  async function handleHash() {
    const hash = location.hash;
    if (isShareHash(hash)) {
      const r = await decodeShare(hash);
      setPreview(r);
      setView({ kind: 'home' });
      focusSoon('share-preview');
    } else {
      const m = /^#faktor-(\d+)$/.exec(hash);
      const n = m ? Number(m[1]) : 0;
      if (n >= 1 && n <= 10 && storage.getActiveId()) {
        setView({ kind: 'flow', step: n - 1 });
        focusSoon('flow-heading');
      }
    }
  }

  useEffect(() => {
    setData(snapshot());
    const off = storage.subscribe(() => setData(snapshot()));
    void handleHash();
    const onHash = () => void handleHash();
    addEventListener('hashchange', onHash);
    return () => {
      off();
      removeEventListener('hashchange', onHash);
    };
  }, []);

  if (!data) return <p class="hint">{s.page.noJs}</p>;

  const active = data.list.find((a) => a.id === data.activeId) ?? null;

  function open(a: Assessment, step?: number) {
    storage.setActiveId(a.id);
    const first = firstUnanswered(a);
    if (step === undefined && first === -1) setView({ kind: 'summary' });
    else setView({ kind: 'flow', step: step ?? first });
    focusSoon(step === undefined && first === -1 ? 'summary-heading' : 'flow-heading');
  }

  function clearHash() {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  function finishImport(items: Assessment[], mode: 'replace' | 'keep-both') {
    const added = storage.insert(items, mode);
    setPending(null);
    setNotice({ tone: 'ok', lines: [s.io.imported(added.length)] });
    if (added.length === 1 && added[0]) storage.setActiveId(added[0].id);
    focusSoon('notice');
  }

  function startImport(result: ImportResult | ShareResult, fromLink: boolean) {
    if (!result.ok) {
      const lines = errorLines(result.error, titleOf);
      setNotice({ tone: 'error', heading: fromLink ? s.share.damagedHeading : s.io.errorHeading, lines });
      focusSoon('notice');
      return;
    }
    const existing = storage.list();
    const conflicts = result.assessments.filter((a) => existing.some((x) => x.id === a.id));
    if (conflicts.length) {
      setPending({ items: result.assessments, conflicts });
      focusSoon('conflict-heading');
    } else finishImport(result.assessments, 'keep-both');
  }

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r = await readImportFile(file);
    input.value = '';
    setNotice(null);
    startImport(r, false);
  }

  async function share(a: Assessment) {
    const payload = await encodeShare(a);
    setShared({ id: a.id, url: `${location.origin}${props.pageHref}#${payload}` });
    focusSoon('share-heading');
  }

  async function copyLink() {
    if (!shared) return;
    try {
      await navigator.clipboard.writeText(shared.url);
      setStatus(s.share.copied);
    } catch {
      setStatus(s.share.copyFailed);
      const input = document.getElementById('share-url') as HTMLInputElement | null;
      input?.focus();
      input?.select();
    }
  }

  function remove(a: Assessment) {
    const wasActive = data?.activeId === a.id;
    storage.remove(a.id);
    if (wasActive) storage.setActiveId(null);
    setDeleting(null);
    setNotice({ tone: 'ok', lines: [s.list.deleted(nameOf(a))], undo: a, wasActive });
    focusSoon('notice');
  }

  function undo(a: Assessment, wasActive: boolean | undefined) {
    storage.insert([a], 'replace');
    if (wasActive) storage.setActiveId(a.id);
    setNotice({ tone: 'ok', lines: [s.list.restored(nameOf(a))] });
    focusSoon('notice');
  }

  const memoryText =
    data.status.memoryReason === 'unavailable'
      ? s.storage.unavailable
      : data.status.memoryReason === 'full'
        ? s.storage.full
        : data.status.memoryReason === 'unreadable-not-kept'
          ? s.storage.unreadableNotKept
          : null;

  const storageNotices = (
    <>
      {memoryText ? <p class="notice notice--warn">{memoryText}</p> : null}
      {data.status.unreadable.length ? (
        <div class="notice notice--warn">
          <p>{s.storage.unreadable(data.status.unreadable.length)}</p>
          <ul>
            {data.status.unreadable.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  class="button"
                  onClick={() => download(`oläsbara-uppgifter-${key.split(':').slice(2).join('-').replace(/[^0-9A-Za-z-]/g, '-')}.txt`, storage.readUnreadable(key) ?? '', 'text/plain')}
                >
                  {s.storage.downloadUnreadable(key.split(':').slice(2).join(':'))}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.status.conflict ? (
        <div class="notice notice--warn">
          <p>{s.storage.conflict}</p>
          <button type="button" class="button" onClick={() => storage.clearConflict()}>
            {s.storage.dismiss}
          </button>
        </div>
      ) : null}
    </>
  );

  const noticeBox = notice ? (
    <div id="notice" tabIndex={-1} class={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      {notice.heading ? <h2 class="notice__heading">{notice.heading}</h2> : null}
      {notice.lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
      {notice.undo ? (
        <button type="button" class="button" onClick={() => undo(notice.undo!, notice.wasActive)}>
          {s.list.undo}
        </button>
      ) : null}
    </div>
  ) : null;

  const live = (
    <p class="visually-hidden" role="status" aria-live="polite">
      {status}
    </p>
  );

  // ---------- guided flow ----------
  if (active && view.kind === 'flow') {
    const step = Math.min(Math.max(view.step, 0), FACTOR_IDS.length - 1);
    const factor = factors[step]!;
    const p = progress(active);
    const go = (n: number) => {
      setView({ kind: 'flow', step: n });
      focusSoon('flow-heading');
    };
    const change = (patch: Partial<FactorAnswer>) => {
      storage.update(active.id, (a) => withAnswer(a, factor.id as FactorId, patch));
      if ('level' in patch) setStatus(t.assessment.chapterIsland.saved);
    };
    return (
      <div class="assess">
        {storageNotices}
        <h2>{s.flow.activeHeading(nameOf(active))}</h2>
        <p class="assess-progress" id="flow-progress">
          {s.flow.progress(p.answered, p.total)}
          <progress max={p.total} value={p.answered} aria-labelledby="flow-progress" />
        </p>
        <nav class="assess-jump" aria-labelledby="jump-heading">
          <h3 id="jump-heading" class="visually-hidden">
            {s.flow.jumpHeading}
          </h3>
          <ol>
            {factors.map((f, i) => {
              const done = isAnswered(active.answers[f.id as FactorId]?.level);
              return (
                <li key={f.id}>
                  <button
                    type="button"
                    class={done ? 'done' : undefined}
                    aria-current={i === step ? 'step' : undefined}
                    onClick={() => go(i)}
                  >
                    {f.number}. {f.shortLabel}
                    <span class="visually-hidden"> ({done ? s.flow.answered : s.flow.unanswered})</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <section aria-labelledby="flow-heading">
          <h3 id="flow-heading" tabIndex={-1}>
            {s.flow.stepOf(step + 1, factors.length)}: {factor.title}
          </h3>
          <p>
            <a href={factor.href}>{s.flow.readChapter}</a>
          </p>
          <FactorForm
            key={factor.id}
            idPrefix={`flow-${factor.number}`}
            factor={factor}
            scale={scale}
            labels={s.factorForm}
            answer={answerOf(active, factor.id as FactorId)}
            onChange={change}
          />
        </section>
        <div class="button-row">
          {step > 0 ? (
            <button type="button" class="button" onClick={() => go(step - 1)}>
              {s.flow.previous}
            </button>
          ) : null}
          {step < factors.length - 1 ? (
            <button type="button" class="button button--primary" onClick={() => go(step + 1)}>
              {s.flow.next}
            </button>
          ) : null}
          <button
            type="button"
            class={`button${step === factors.length - 1 ? ' button--primary' : ''}`}
            onClick={() => {
              setView({ kind: 'summary' });
              focusSoon('summary-heading');
            }}
          >
            {s.flow.toSummary}
          </button>
          <button type="button" class="button" onClick={() => setView({ kind: 'home' })}>
            {s.flow.close}
          </button>
        </div>
        {live}
      </div>
    );
  }

  // ---------- summary ----------
  if (active && view.kind === 'summary') {
    const p = progress(active);
    const levelText = (f: AppFactor) => {
      const l = active.answers[f.id as FactorId]?.level ?? null;
      if (l === null) return s.summary.notAnswered;
      if (l === 'vet-ej') return scale.unknown.name;
      return `${l} ${scale.levels[l]?.name ?? ''}`;
    };
    return (
      <div class="assess">
        {storageNotices}
        <h2 id="summary-heading" tabIndex={-1}>
          {s.summary.heading}: {nameOf(active)}
        </h2>
        <p>{p.answered === p.total ? s.summary.allDone : s.summary.missing(p.total - p.answered)}</p>
        <p class="assess-progress">{s.flow.progress(p.answered, p.total)}</p>
        <p>{s.summary.intro}</p>
        <div class="table-scroll">
          <table class="assess-summary">
            <caption class="visually-hidden">{s.summary.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{s.summary.factor}</th>
                <th scope="col">{s.summary.level}</th>
                <th scope="col">{s.summary.evidence}</th>
                <th scope="col">{s.summary.nextStep}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((f, i) => {
                const a = answerOf(active, f.id as FactorId);
                return (
                  <tr key={f.id}>
                    <th scope="row">
                      <button
                        type="button"
                        class="button"
                        aria-label={s.summary.edit(f.title)}
                        onClick={() => {
                          setView({ kind: 'flow', step: i });
                          focusSoon('flow-heading');
                        }}
                      >
                        {f.number}. {f.shortLabel}
                      </button>
                    </th>
                    <td>{levelText(f)}</td>
                    <td class="pre">{a.evidence}</td>
                    <td class="pre">{a.nextStep}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div class="button-row">
          <a class="button button--primary" href={props.profileHref}>
            {s.summary.toProfile}
          </a>
          <a class="button" href={props.reportHref}>
            {s.summary.toReport}
          </a>
          <button type="button" class="button" onClick={() => download(exportFileName([active]), exportJson([active]))}>
            {s.list.exportOneLabel(nameOf(active))}
          </button>
          <button type="button" class="button" onClick={() => setView({ kind: 'home' })}>
            {s.flow.close}
          </button>
        </div>
        {live}
      </div>
    );
  }

  // ---------- home ----------
  const previewOk = preview && preview.ok ? preview.assessments[0] : null;
  return (
    <div class="assess">
      {storageNotices}
      {noticeBox}
      {preview && !preview.ok ? (
        <div id="share-preview" tabIndex={-1} class="notice notice--error" role="alert">
          <h2 class="notice__heading">{s.share.damagedHeading}</h2>
          {errorLines(preview.error, titleOf).map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      ) : null}
      {previewOk ? (
        <section id="share-preview" tabIndex={-1} class="notice" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{s.share.previewHeading}</h2>
          <p>{s.share.previewIntro}</p>
          <dl class="assess-preview">
            <dt>{s.share.previewOrganisation}</dt>
            <dd>{previewOk.organisation}</dd>
            <dt>{s.share.previewTitle}</dt>
            <dd>{previewOk.title || s.share.previewNone}</dd>
            <dt>{s.share.previewParticipant}</dt>
            <dd>
              {previewOk.participant
                ? [previewOk.participant.name, scale.roles.find((r) => r.id === previewOk.participant?.role)?.name].filter(Boolean).join(', ')
                : s.share.previewNone}
            </dd>
            <dt>{s.share.previewAnswered}</dt>
            <dd>{s.flow.progress(progress(previewOk).answered, progress(previewOk).total)}</dd>
          </dl>
          <div class="button-row">
            <button
              type="button"
              class="button button--primary"
              onClick={() => {
                const r = preview!;
                setPreview(null);
                clearHash();
                startImport(r, true);
              }}
            >
              {s.share.importIt}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setPreview(null);
                clearHash();
                setNotice({ tone: 'ok', lines: [s.share.declined] });
                focusSoon('notice');
              }}
            >
              {s.share.decline}
            </button>
          </div>
        </section>
      ) : null}
      {pending ? (
        <section class="notice notice--warn" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading" tabIndex={-1}>
            {s.io.conflictHeading}
          </h2>
          <p>{s.io.conflict(pending.conflicts.map(nameOf).join(', '))}</p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => finishImport(pending.items, 'replace')}>
              {s.io.replace}
            </button>
            <button type="button" class="button" onClick={() => finishImport(pending.items, 'keep-both')}>
              {s.io.keepBoth}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setPending(null);
                setNotice({ tone: 'ok', lines: [s.io.cancelled] });
                focusSoon('notice');
              }}
            >
              {s.io.cancel}
            </button>
          </div>
        </section>
      ) : null}

      {active ? (
        <section aria-labelledby="active-heading">
          <h2 id="active-heading">{s.flow.activeHeading(nameOf(active))}</h2>
          <p class="assess-progress">{s.flow.progress(progress(active).answered, progress(active).total)}</p>
          <div class="button-row">
            <button type="button" class="button button--primary" onClick={() => open(active)}>
              {firstUnanswered(active) === -1 ? s.summary.heading : s.list.openLabel(nameOf(active))}
            </button>
          </div>
        </section>
      ) : null}

      <StartForm
        roles={scale.roles}
        onStart={(a) => {
          const saved = storage.save(createAssessment(a, modelVersion));
          storage.setActiveId(saved.id);
          setNotice(null);
          setStatus(s.start.started(saved.organisation));
          setView({ kind: 'flow', step: 0 });
          focusSoon('flow-heading');
        }}
      />

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{s.list.heading}</h2>
        {data.list.length === 0 ? <p>{s.list.empty}</p> : null}
        <ul class="assess-list">
          {data.list.map((a) => {
            const name = nameOf(a);
            const p = progress(a);
            return (
              <li key={a.id}>
                <h3 id={`item-${a.id}`} tabIndex={-1}>
                  {name}
                  {a.id === data.activeId ? ` (${s.list.active})` : ''}
                </h3>
                <p class="meta">
                  {a.kind === 'consensus' ? s.list.consensus : s.list.individual} · {s.list.created} {a.createdAt.slice(0, 10)} ·{' '}
                  {s.list.updated} {a.updatedAt.slice(0, 10)} · {s.flow.progress(p.answered, p.total)}
                </p>
                <div class="button-row">
                  <button type="button" class="button" aria-label={s.list.openLabel(name)} onClick={() => open(a)}>
                    {s.list.open}
                  </button>
                  <button type="button" class="button" aria-label={s.list.renameLabel(name)} onClick={() => (setRenaming(a.id), focusSoon(`rename-${a.id}`))}>
                    {s.list.rename}
                  </button>
                  <button type="button" class="button" aria-label={s.list.duplicateLabel(name)} onClick={() => (setDuplicating(a.id), focusSoon(`dup-legend-${a.id}`))}>
                    {s.list.duplicate}
                  </button>
                  <button type="button" class="button" aria-label={s.list.exportOneLabel(name)} onClick={() => download(exportFileName([a]), exportJson([a]))}>
                    {s.list.exportOne}
                  </button>
                  <button type="button" class="button" aria-label={s.list.shareLabel(name)} onClick={() => void share(a)}>
                    {s.list.share}
                  </button>
                  <button type="button" class="button button--danger" aria-label={s.list.deleteLabel(name)} onClick={() => (setDeleting(a.id), focusSoon(`del-${a.id}`))}>
                    {s.list.delete}
                  </button>
                </div>
                {renaming === a.id ? (
                  <RenameForm
                    a={a}
                    onDone={(title) => {
                      setRenaming(null);
                      if (title !== null) {
                        storage.update(a.id, (x) => ({ ...x, title }));
                        setStatus(s.list.renamed);
                      }
                      focusSoon(`item-${a.id}`);
                    }}
                  />
                ) : null}
                {duplicating === a.id ? (
                  <DuplicateForm
                    a={a}
                    onDone={(opts) => {
                      setDuplicating(null);
                      if (!opts) return focusSoon(`item-${a.id}`);
                      const copy = storage.save(duplicateAsFollowUp(a, { ...opts, modelVersion }));
                      storage.setActiveId(copy.id);
                      setNotice({ tone: 'ok', lines: [s.list.duplicated(opts.copyAnswers)] });
                      focusSoon('notice');
                    }}
                  />
                ) : null}
                {deleting === a.id ? (
                  <div class="notice notice--warn">
                    <p id={`del-${a.id}`} tabIndex={-1}>
                      {s.list.deleteConfirm(name)}
                    </p>
                    <div class="button-row">
                      <button type="button" class="button button--danger" onClick={() => remove(a)}>
                        {s.list.deleteYes}
                      </button>
                      <button type="button" class="button" onClick={() => (setDeleting(null), focusSoon(`item-${a.id}`))}>
                        {s.list.cancel}
                      </button>
                    </div>
                  </div>
                ) : null}
                {shared?.id === a.id ? (
                  <div class="assess-share notice">
                    <h4 id="share-heading" tabIndex={-1}>
                      {s.share.heading}
                    </h4>
                    <p>{s.share.intro}</p>
                    <div class="field">
                      <label for="share-url">{s.share.linkLabel}</label>
                      <input id="share-url" type="text" readOnly value={shared.url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
                    </div>
                    {shared.url.length > 2000 ? <p class="hint">{s.share.long(shared.url.length)}</p> : null}
                    <div class="button-row">
                      <button type="button" class="button button--primary" onClick={() => void copyLink()}>
                        {s.share.copy}
                      </button>
                      <button type="button" class="button" onClick={() => (setShared(null), focusSoon(`item-${a.id}`))}>
                        {s.share.close}
                      </button>
                    </div>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="io-heading">
        <h2 id="io-heading">{s.io.heading}</h2>
        {data.list.length ? (
          <div class="button-row">
            <button type="button" class="button" onClick={() => download(exportFileName(data.list), exportJson(data.list))}>
              {s.list.exportAll}
            </button>
          </div>
        ) : null}
        <div class="field">
          <label for="import-file">{s.io.importLabel}</label>
          <span class="hint" id="import-hint">
            {s.io.importHint}
          </span>
          <input id="import-file" ref={fileRef} type="file" accept=".json,application/json" aria-describedby="import-hint" onChange={(e) => void onFile(e)} />
        </div>
      </section>

      <section class="notice" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{s.safety.heading}</h2>
        <p>{s.safety.text}</p>
      </section>
      {live}
    </div>
  );
}

function RenameForm({ a, onDone }: { a: Assessment; onDone: (title: string | null) => void }) {
  const [title, setTitle] = useState(a.title);
  const submit = (e: Event) => {
    e.preventDefault();
    onDone(title.trim().slice(0, 200));
  };
  return (
    <form class="notice" onSubmit={submit}>
      <div class="field">
        <label for={`rename-${a.id}`}>{s.list.renameField}</label>
        <input id={`rename-${a.id}`} type="text" maxLength={200} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="button-row">
        <button type="submit" class="button button--primary">
          {s.list.renameSave}
        </button>
        <button type="button" class="button" onClick={() => onDone(null)}>
          {s.list.cancel}
        </button>
      </div>
    </form>
  );
}

function DuplicateForm({ a, onDone }: { a: Assessment; onDone: (opts: { copyAnswers: boolean; title: string } | null) => void }) {
  const [copy, setCopy] = useState(true);
  const [title, setTitle] = useState(s.list.duplicateDefaultTitle(a.title, new Date().toISOString().slice(0, 10)));
  const submit = (e: Event) => {
    e.preventDefault();
    onDone({ copyAnswers: copy, title: title.trim().slice(0, 200) });
  };
  return (
    <form class="notice" onSubmit={submit}>
      <fieldset>
        <legend id={`dup-legend-${a.id}`} tabIndex={-1}>
          {s.list.duplicateLegend}
        </legend>
        <div class="af__option">
          <input type="radio" id={`dup-copy-${a.id}`} name={`dup-${a.id}`} checked={copy} onChange={() => setCopy(true)} />
          <label for={`dup-copy-${a.id}`}>{s.list.duplicateCopy}</label>
        </div>
        <div class="af__option">
          <input type="radio" id={`dup-empty-${a.id}`} name={`dup-${a.id}`} checked={!copy} onChange={() => setCopy(false)} />
          <label for={`dup-empty-${a.id}`}>{s.list.duplicateEmpty}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for={`dup-title-${a.id}`}>{s.list.duplicateTitle}</label>
        <input id={`dup-title-${a.id}`} type="text" maxLength={200} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="button-row">
        <button type="submit" class="button button--primary">
          {s.list.duplicateSave}
        </button>
        <button type="button" class="button" onClick={() => onDone(null)}>
          {s.list.cancel}
        </button>
      </div>
    </form>
  );
}

interface StartInput {
  organisation: string;
  title: string;
  kind: 'individual' | 'consensus';
  participant: { name: string; role: Role } | null;
}

function StartForm({ roles, onStart }: { roles: { id: string; name: string }[]; onStart: (a: StartInput) => void }) {
  const [org, setOrg] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'individual' | 'consensus'>('individual');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<{ field: string; text: string }[]>([]);
  const group = kind === 'consensus';

  const submit = (e: Event) => {
    e.preventDefault();
    const errs: { field: string; text: string }[] = [];
    if (!org.trim()) errs.push({ field: 'start-org', text: s.start.organisationMissing });
    else if (org.trim().length > 200) errs.push({ field: 'start-org', text: s.start.organisationTooLong });
    setErrors(errs);
    if (errs.length) {
      focusSoon('start-errors');
      return;
    }
    onStart({
      organisation: org,
      title,
      kind,
      participant: role || name.trim() ? { name, role: (role || 'annan') as Role } : null,
    });
    setOrg('');
    setTitle('');
    setName('');
    setRole('');
  };
  const errorFor = (field: string) => errors.find((x) => x.field === field);
  const orgErr = errorFor('start-org');
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{s.start.heading}</h2>
      {errors.length ? (
        <div id="start-errors" class="notice notice--error" tabIndex={-1} role="alert">
          <p>
            <strong>{s.start.errorsHeading}</strong>
          </p>
          <ul>
            {errors.map((x) => (
              <li key={x.field}>
                <a
                  href={`#${x.field}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(x.field)?.focus();
                  }}
                >
                  {x.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="start-org">{s.start.organisation}</label>
          <span class="hint" id="start-org-hint">
            {s.start.organisationHint}
          </span>
          {orgErr ? (
            <span class="field__error" id="start-org-error">
              {orgErr.text}
            </span>
          ) : null}
          <input
            id="start-org"
            type="text"
            required
            maxLength={200}
            autoComplete="organization"
            value={org}
            aria-invalid={orgErr ? 'true' : undefined}
            aria-describedby={`start-org-hint${orgErr ? ' start-org-error' : ''}`}
            onInput={(e) => setOrg((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="start-title">{s.start.title}</label>
          <span class="hint" id="start-title-hint">
            {s.start.titleHint}
          </span>
          <input id="start-title" type="text" maxLength={200} value={title} aria-describedby="start-title-hint" onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <fieldset>
          <legend>{s.start.kindLegend}</legend>
          <div class="af__option">
            <input type="radio" id="start-kind-individual" name="start-kind" value="individual" checked={!group} onChange={() => setKind('individual')} />
            <label for="start-kind-individual">{s.start.individual}</label>
          </div>
          <div class="af__option">
            <input type="radio" id="start-kind-consensus" name="start-kind" value="consensus" checked={group} onChange={() => setKind('consensus')} />
            <label for="start-kind-consensus">{s.start.consensus}</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="start-name">{group ? s.start.groupName : s.start.name}</label>
          <span class="hint" id="start-name-hint">
            {s.start.nameHint}
          </span>
          <input id="start-name" type="text" maxLength={200} autoComplete="name" value={name} aria-describedby="start-name-hint" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="start-role">{group ? s.start.groupRole : s.start.role}</label>
          <select id="start-role" value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{s.start.noRole}</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div class="button-row">
          <button type="submit" class="button button--primary">
            {s.start.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
