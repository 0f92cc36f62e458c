import { useEffect, useState } from 'react';

/**
 * `value`, but only after it stopped changing for `delayMs`: the code view
 * re-renders Python when typing pauses, not on every keystroke.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, settled]);
  return settled;
}
