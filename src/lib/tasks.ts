/**
 * Runs each step in a task of its own, in order (setTimeout 0 between them), so that a long
 * piece of work on load is split where the browser can handle input in between. A step that
 * throws does not stop the later ones: they run as planned (the last one is usually the one
 * that shows what went wrong). Returns a function that cancels the steps not yet run.
 */
export type Schedule = (run: () => void) => () => void;

const timeout: Schedule = (run) => {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

export function inSeparateTasks(steps: readonly (() => void)[], schedule: Schedule = timeout): () => void {
  let cancel = () => {};
  const next = (i: number) => {
    if (i >= steps.length) return;
    cancel = schedule(() => {
      try {
        steps[i]!();
      } finally {
        next(i + 1);
      }
    });
  };
  next(0);
  return () => cancel();
}
