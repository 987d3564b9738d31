/**
 * One form field: label, optional hint (`<id>-hint`) and error (`<id>-error`), then the control.
 * The control is the one child; Field gives it the id and wires `aria-describedby` and
 * `aria-invalid`, so the hint and the error are read with the control.
 */
import { cloneElement, type ComponentChildren, type VNode } from 'preact';
import { describedBy } from '../../lib/described-by';

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  /** The control: an input, textarea or select. */
  children: VNode;
}

export function Field({ id, label, hint, error, children }: Props) {
  const control = cloneElement(children, {
    id,
    'aria-describedby': describedBy(id, hint, error, (children.props as { 'aria-describedby'?: unknown })['aria-describedby']),
    'aria-invalid': error ? 'true' : undefined,
  });
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {control}
    </div>
  );
}

/** A form's row of buttons led by its primary submit button (`children`: the other buttons). */
export function SubmitRow({ label, children }: { label: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="button-row">
      <button type="submit" class="button button--primary">
        {label}
      </button>
      {children}
    </div>
  );
}
