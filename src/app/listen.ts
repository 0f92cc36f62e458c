/**
 * A DOM listener is added in one place and removed in another (an effect and
 * its cleanup), and the two lists can drift apart. `listen` adds one and
 * returns its own removal; `allOf` makes several removals one cleanup.
 */

/** Adds `listener` for `type` on `target`; returns the call that removes it. */
export function listen<K extends keyof DocumentEventMap>(
  target: Document,
  type: K,
  listener: (event: DocumentEventMap[K]) => void,
): () => void;
export function listen<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  listener: (event: WindowEventMap[K]) => void,
): () => void;
export function listen(target: EventTarget, type: string, listener: EventListener): () => void {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

/** One cleanup for several removals, run in the order given. */
export function allOf(...removals: readonly (() => void)[]): () => void {
  return () => {
    for (const remove of removals) remove();
  };
}
