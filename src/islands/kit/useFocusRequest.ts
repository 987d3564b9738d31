/**
 * Moving focus to an element that the next render shows (a heading, a notice, a question):
 * `const focus = useFocusRequest(); … setView(v); focus('flow-heading');`
 *
 * The focus moves in a layout effect, in the same task as the render that shows the element,
 * never in a timer: a deferred focus() could fire after the user had already moved on (under
 * load, input is handled before timers) and pull focus away from the radio or field the user is
 * in, so that the next key press lands on a heading.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

export function useFocusRequest(): (id: string) => void {
  const wanted = useRef<string | null>(null);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const id = wanted.current;
    if (!id) return;
    // Once only: a request whose element did not render is dropped, never kept to steal focus later.
    wanted.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string) => {
    wanted.current = id;
    rerender((n) => n + 1);
  }, []);
}
