/**
 * Turns the store's `focus` (set when a problem is clicked) into real DOM
 * focus: the field whose id is derived from the finding's path, or the
 * nearest enclosing one. The panel that owns the path consumes the request.
 */
import { useEffect } from 'react';
import { useEditor } from '../store/index.ts';
import { fieldDomId, pathPrefixes } from './finding-path.ts';
import { scrollWithin } from './scroll-within.ts';

export function focusFieldForPath(path: string): boolean {
  for (const prefix of pathPrefixes(path)) {
    const element = document.getElementById(fieldDomId(prefix));
    if (element) {
      // A field inside a closed "More" section cannot take focus: open it first.
      const details = element.closest('details');
      if (details) details.open = true;
      scrollWithin(element);
      element.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** `accepts(path, taskId)` says whether this panel owns the focused path. */
export function useFocusRequest(
  accepts: (path: string, taskId: string | undefined) => boolean,
): void {
  const focus = useEditor((s) => s.focus);
  const clearFocus = useEditor((s) => s.clearFocus);
  useEffect(() => {
    if (!focus || !accepts(focus.path, focus.taskId)) return;
    // Wait a frame so a freshly opened tab has laid out before scrolling.
    const frame = requestAnimationFrame(() => {
      focusFieldForPath(focus.path);
      clearFocus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, accepts, clearFocus]);
}
