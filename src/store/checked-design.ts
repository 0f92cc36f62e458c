/**
 * The design that findings, problem marks and the forecast are computed on.
 * A small design is checked on every edit (deferred, so the keystroke paints
 * first). A large one is checked once edits pause for SETTLE_MS: validating
 * and simulating 2,000 tasks takes tens of milliseconds, too long for every
 * keystroke even in a background render. One rule, one timer, shared by every
 * component that shows findings (problems panel, top bar, inspector, code
 * view, canvas marks, forecast). A design that was only moved, laid out,
 * pinned or folded keeps the checks it has: none of them read `ui`.
 */
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import type { Design } from '../design/design.ts';
import { differsOnlyInUi } from '../model/differs-only-in-ui.ts';
import { editorStore } from './editor-store.ts';

/** From this many tasks on, checks wait until edits pause. */
export const LARGE_DESIGN_TASKS = 500;
export const SETTLE_MS = 300;

/**
 * Which design to check: `current`, except that a large design uses `settled`
 * (the last one that held still for SETTLE_MS), unless that one is not large
 * yet: a design that just became large (opened) is checked at once rather than
 * showing the previous design's findings.
 */
export function designToCheck(current: Design, settled: Design): Design {
  return current.tasks.length >= LARGE_DESIGN_TASKS && settled.tasks.length >= LARGE_DESIGN_TASKS
    ? settled
    : current;
}

const useSettled = create<{ design: Design }>(() => ({ design: editorStore.getState().design }));

let timer: ReturnType<typeof setTimeout> | undefined;
editorStore.subscribe((state, prev) => {
  if (differsOnlyInUi(prev.design, state.design)) return;
  clearTimeout(timer);
  const next = state.design;
  if (designToCheck(next, useSettled.getState().design) === next) {
    useSettled.setState({ design: next });
  } else {
    timer = setTimeout(() => useSettled.setState({ design: next }), SETTLE_MS);
  }
});

/** The design to show findings of now (see the module comment). */
export function useCheckedDesign(): Design {
  return useDeferredValue(useSettled((s) => s.design));
}

/** The same outside React (tests; the settled value, not deferred). */
export const checkedDesignNow = (): Design => useSettled.getState().design;
