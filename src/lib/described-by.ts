/**
 * The `aria-describedby` of a form control (pure): its own description first, then the hint
 * (`<id>-hint`) and the error (`<id>-error`) that are shown. The kit's Field uses it, and so
 * does the chapter's assessment script when it shows or hides the start form's error.
 */
export function describedBy(id: string, hint: unknown, error: unknown, own?: unknown): string | undefined {
  const ids = [typeof own === 'string' ? own : null, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
