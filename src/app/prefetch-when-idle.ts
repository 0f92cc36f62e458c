/**
 * Fetches lazy chunks after the first paint, when the browser is idle, so a
 * first interaction (opening a tab, exporting) never waits on the network;
 * import() caches each module, so the real use later costs nothing.
 */

/** Longest wait for idle time: a busy page still gets its chunks soon. */
const IDLE_TIMEOUT_MS = 2000;

/** Runs `load` once the browser is idle; returns a cancel for an effect's cleanup. */
export function prefetchWhenIdle(load: () => Promise<unknown>): () => void {
  const run = () => {
    // A failed prefetch is not an error: the real use loads (and reports) it again.
    load().catch(() => undefined);
  };
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
