/** The page's status line for screen readers (what was loaded, sorted, removed). */
export function LiveStatus({ text }: { text: string }) {
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
