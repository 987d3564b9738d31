/**
 * A view that is not part of a page's first view, loaded with import() on first use (issue 15:
 * JS before a chart is drawn). `lazyModule(() => import('./X'))` makes a hook: `useModule(when)`
 * starts loading when `when` is true and returns the module once it is there (undefined until
 * then, so the caller draws nothing or a placeholder of the same shape); `.load()` fetches it
 * ahead (a promise of the module). The module is kept, so
 * a view shown again renders at once. The service worker precaches every chunk, so this works
 * offline; a failed load is tried again the next time the view is wanted.
 */
import { useEffect, useState } from 'preact/hooks';

export function lazyModule<T>(load: () => Promise<T>) {
  let mod: T | undefined;
  let pending: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (pending ??= load().then(
      (m) => (mod = m),
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    ));
  function useModule(when = true): T | undefined {
    const [, loaded] = useState(0);
    useEffect(() => {
      if (!when || mod) return;
      let live = true;
      get().then(
        () => live && loaded((n) => n + 1),
        (err: unknown) => console.error(err),
      );
      return () => {
        live = false;
      };
    }, [when]);
    return when ? mod : undefined;
  }
  /** Loads the module now (e.g. before showing the view, so focus can move into it). */
  useModule.load = get;
  /** The module if it is loaded already (for code that must run at once, e.g. when the page is left). */
  useModule.now = (): T | undefined => mod;
  return useModule;
}
