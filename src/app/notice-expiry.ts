/**
 * When an info/success notice goes away: after a few seconds, or as soon as
 * the design changes again ("Added empty_1" is stale once the task is
 * renamed). Errors never time out, so there is time to read why, but they go
 * when the next action succeeds (the design changes): a "not connected: cycle"
 * notice is stale once the user has deleted, undone or laid out since.
 */
import { editorStore } from '../store/index.ts';
import type { Notice } from '../store/index.ts';

export const HIDE_NEWS_AFTER_MS = 4000;

/** Starts expiring `notice`; returns the cleanup (call it when the notice is replaced). */
export function expireNotice(notice: Notice, store = editorStore): () => void {
  const clearThis = () => {
    // Only THIS notice: clearing notifies subscribers again, and a newer notice must stay.
    if (store.getState().notice === notice) store.getState().clearNotice();
  };
  const timer = notice.kind === 'error' ? undefined : setTimeout(clearThis, HIDE_NEWS_AFTER_MS);
  const shownWith = store.getState().design;
  const unsubscribe = store.subscribe((s) => {
    if (s.design !== shownWith) clearThis();
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
