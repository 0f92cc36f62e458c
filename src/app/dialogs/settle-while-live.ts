/**
 * An effect's async read can finish after the effect is gone (the dialog
 * closed, a newer read started): its result must then be dropped, not set on
 * state that moved on. The dialogs that read on open (Examples, My designs)
 * share this one guard instead of each keeping a `live` flag.
 */

/** Hands `read`'s result to `settle` only while the effect lives; returns the effect's cleanup. */
export function settleWhileLive<T>(read: Promise<T>, settle: (value: T) => void): () => void {
  let live = true;
  void read.then((value) => {
    if (live) settle(value);
  });
  return () => {
    live = false;
  };
}
