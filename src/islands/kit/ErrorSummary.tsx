/**
 * The error summary at the top of a form: a heading and one link per problem that moves focus to
 * its field. Rendered only when there are errors; the caller moves focus to it (`id`).
 */
export interface FieldError {
  /** The id of the field the error is about. */
  field: string;
  text: string;
}

export function ErrorSummary({ id, heading, errors }: { id: string; heading: string; errors: readonly FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div id={id} class="notice notice--error" tabIndex={-1} role="alert">
      <p>
        <strong>{heading}</strong>
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
  );
}
