/**
 * The Auto-layout command: lay out the current design in the worker and
 * apply the result as ONE undo step (`applyLayout`). After a small edit only
 * what must move moves (src/layout/layout-scope.ts); `full` lays everything
 * out again. The worker remembers the last layout per opened design (the
 * store's `loadCount`), so a newly opened design always gets a full one.
 */
import { editorStore } from '../store/index.ts';
import { requestLayout } from '../layout/layout-client.ts';

export interface AutoLayoutOptions {
  /** Lay everything out again even when the edit since the last layout was small. */
  full?: boolean;
}

/** How the layout went: null when superseded, empty or failed. */
export type AutoLayoutOutcome = 'full' | 'incremental' | null;

export async function runAutoLayout({
  full = false,
}: AutoLayoutOptions = {}): Promise<AutoLayoutOutcome> {
  const s = editorStore.getState();
  if (s.design.tasks.length === 0) {
    s.showNotice('info', 'Nothing to lay out yet: add a task first');
    return null;
  }
  s.setLayoutPending(true);
  try {
    const result = await requestLayout(s.design, { session: s.loadCount, full });
    if (!result) return null; // a newer request is in flight: it will apply
    const { positions, groups, mode } = result;
    // Nothing had to move: no change, so no empty undo step.
    const moved = Object.keys(positions).length;
    if (mode === 'full' || moved > 0) {
      editorStore.getState().apply({ type: 'applyLayout', positions, groups });
    }
    editorStore.getState().setLayoutPending(false);
    // A full layout shows itself; a small one says why the rest stayed put.
    if (mode === 'incremental') editorStore.getState().showNotice('info', incrementalNotice(moved));
    return mode;
  } catch (err) {
    editorStore.getState().setLayoutPending(false);
    editorStore
      .getState()
      .showNotice(
        'error',
        `Auto-layout failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    return null;
  }
}

/** What an incremental layout did, and how to get a full one. */
export function incrementalNotice(moved: number): string {
  const what =
    moved === 0
      ? 'nothing had to move since the last layout'
      : `moved only the ${moved === 1 ? 'task' : `${moved} tasks`} that had to move`;
  return `Auto-layout ${what}; Shift+click Auto-layout to lay out everything again`;
}
