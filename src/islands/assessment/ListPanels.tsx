/** The panels that open under an assessment in the list: rename, follow-up, delete, share. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { cleanTitle } from '../../lib/assessment-view';
import type { Assessment } from '../../lib/schema';
import { MAX_SHORT_TEXT } from '../../lib/text-limits';
import { LONG_LINK } from '../../lib/import-decisions';
import { Field } from '../kit/Field';

const s = t.assessment.list;
const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** The main action (a submit button unless it has onClick), then cancel. */
function Buttons({
  save,
  onSave,
  danger,
  onCancel,
  cancel = s.cancel,
}: {
  save: string;
  onSave?: () => void;
  danger?: boolean;
  onCancel: () => void;
  cancel?: string;
}) {
  return (
    <div class="button-row">
      <button
        type={onSave ? 'button' : 'submit'}
        class={`button ${danger ? 'button--danger' : 'button--primary'}`}
        onClick={onSave}
      >
        {save}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

/** onDone(null): cancelled. */
export function RenameForm({ a, onDone }: { a: Assessment; onDone: (title: string | null) => void }) {
  const [title, setTitle] = useState(a.title);
  const submit = (e: Event) => {
    e.preventDefault();
    onDone(cleanTitle(title));
  };
  return (
    <form class="notice" onSubmit={submit}>
      <Field id={`rename-${a.id}`} label={s.renameField}>
        <input type="text" maxLength={MAX_SHORT_TEXT} value={title} onInput={(e) => setTitle(value(e))} />
      </Field>
      <Buttons save={s.renameSave} onCancel={() => onDone(null)} />
    </form>
  );
}

export interface FollowUp {
  copyAnswers: boolean;
  title: string;
}

export function DuplicateForm({ a, onDone }: { a: Assessment; onDone: (opts: FollowUp | null) => void }) {
  const [copy, setCopy] = useState(true);
  const [title, setTitle] = useState(s.duplicateDefaultTitle(a.title, new Date().toISOString().slice(0, 10)));
  const submit = (e: Event) => {
    e.preventDefault();
    onDone({ copyAnswers: copy, title: cleanTitle(title) });
  };
  return (
    <form class="notice" onSubmit={submit}>
      <fieldset>
        <legend id={`dup-legend-${a.id}`} tabIndex={-1}>
          {s.duplicateLegend}
        </legend>
        <div class="af__option">
          <input type="radio" id={`dup-copy-${a.id}`} name={`dup-${a.id}`} checked={copy} onChange={() => setCopy(true)} />
          <label for={`dup-copy-${a.id}`}>{s.duplicateCopy}</label>
        </div>
        <div class="af__option">
          <input type="radio" id={`dup-empty-${a.id}`} name={`dup-${a.id}`} checked={!copy} onChange={() => setCopy(false)} />
          <label for={`dup-empty-${a.id}`}>{s.duplicateEmpty}</label>
        </div>
      </fieldset>
      <Field id={`dup-title-${a.id}`} label={s.duplicateTitle}>
        <input type="text" maxLength={MAX_SHORT_TEXT} value={title} onInput={(e) => setTitle(value(e))} />
      </Field>
      <Buttons save={s.duplicateSave} onCancel={() => onDone(null)} />
    </form>
  );
}

export function DeleteConfirm({
  a,
  name,
  onYes,
  onCancel,
}: {
  a: Assessment;
  name: string;
  onYes: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="notice notice--warn">
      <p id={`del-${a.id}`} tabIndex={-1}>
        {s.deleteConfirm(name)}
      </p>
      <Buttons save={s.deleteYes} onSave={onYes} danger onCancel={onCancel} />
    </div>
  );
}

/**
 * The share link to copy (#share-heading, #share-url); `url` null: the link could not be made
 * (the code that makes it could not be fetched), which the panel says instead.
 */
export function SharePanel({ url, onCopy, onClose }: { url: string | null; onCopy: (url: string) => void; onClose: () => void }) {
  const sh = t.assessment.share;
  if (url === null)
    return (
      <div class="assess-share notice notice--error">
        <h4 id="share-heading" tabIndex={-1}>
          {sh.heading}
        </h4>
        <p role="alert">{t.assessment.io.loadFailed}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={onClose}>
            {sh.close}
          </button>
        </div>
      </div>
    );
  return (
    <div class="assess-share notice">
      <h4 id="share-heading" tabIndex={-1}>
        {sh.heading}
      </h4>
      <p>{sh.intro}</p>
      <Field id="share-url" label={sh.linkLabel}>
        <input type="text" readOnly value={url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </Field>
      {url.length > LONG_LINK ? <p class="hint">{sh.long(url.length)}</p> : null}
      <Buttons save={sh.copy} onSave={() => onCopy(url)} onCancel={onClose} cancel={sh.close} />
    </div>
  );
}
