/**
 * When an info/success notice goes away: after a few seconds, or as soon as
 * the design changes again ("Added empty_1" is stale once the task is
 * renamed). Errors stay until closed or replaced, so there is time to read why.
 */
import { editorStore } from '../store/index.ts';
import type { Notice } from '../store/index.ts';

export const HIDE_NEWS_AFTER_MS = 4000;

/** Starts expiring `notice`; returns the cleanup (call it when the notice is replaced). */
export function expireNotice(notice: Notice, store = editorStore): () => void {
  if (notice.kind === 'error') return () => {};
  const clearThis = () => {
    // Only THIS notice: clearing notifies subscribers again, and a newer notice must stay.
    if (store.getState().notice === notice) store.getState().clearNotice();
  };
  const timer = setTimeout(clearThis, HIDE_NEWS_AFTER_MS);
  const shownWith = store.getState().design;
  const unsubscribe = store.subscribe((s) => {
    if (s.design !== shownWith) clearThis();
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
