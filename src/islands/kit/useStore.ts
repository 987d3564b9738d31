/**
 * useReducer whose current state can also be read at once, outside a render: by a timer (the
 * debounced save) or after an await (files read late). Every change goes through `dispatch`,
 * which runs the pure reducer on the current state, so `get()` is never behind.
 */
import { useCallback, useRef, useState } from 'preact/hooks';

export function useStore<S, A>(reducer: (state: S, action: A) => S, init: () => S): [S, (action: A) => void, () => S] {
  const [state, setState] = useState<S>(init);
  const current = useRef<S>(state);
  const dispatch = useCallback((action: A) => {
    current.current = reducer(current.current, action);
    setState(current.current);
  }, []);
  const get = useCallback(() => current.current, []);
  return [state, dispatch, get];
}
