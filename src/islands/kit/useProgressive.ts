/**
 * How many of `total` items to draw now: `first` at once, then `step` more in each later task
 * (setTimeout 0), until all are drawn. A long list of heavy items (the workshop's ten factor
 * panels with every participant's answers) is then drawn and laid out in several short tasks
 * instead of one long one, so the page answers to input while it fills in. The items come
 * below the ones already drawn, so nothing on screen moves.
 */
import { useEffect, useState } from 'preact/hooks';

export function useProgressive(total: number, first: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((n) => Math.min(total, n + step)), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
