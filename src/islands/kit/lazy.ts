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
  /** The module once `when` (loaded then); `failed` when it could not be fetched. */
  function useLoaded(when = true): { mod: T | undefined; failed: boolean } {
    const [, loaded] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!when || mod) return;
      let live = true;
      get().then(
        () => live && loaded((n) => n + 1),
        (err: unknown) => {
          console.error(err);
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [when]);
    return { mod: when ? mod : undefined, failed: when && !mod && failed };
  }
  function useModule(when = true): T | undefined {
    return useLoaded(when).mod;
  }
  /** Like the hook itself, but also says when the module could not be fetched. */
  useModule.orFailure = useLoaded;
  /** Loads the module now (e.g. before showing the view, so focus can move into it). */
  useModule.load = get;
  /** The module if it is loaded already (for code that must run at once, e.g. when the page is left). */
  useModule.now = (): T | undefined => mod;
  return useModule;
}
