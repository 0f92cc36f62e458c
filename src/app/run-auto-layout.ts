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

/** Returns true when a layout was applied (false when superseded, empty or failed). */
export async function runAutoLayout({ full = false }: AutoLayoutOptions = {}): Promise<boolean> {
  const s = editorStore.getState();
  if (s.design.tasks.length === 0) {
    s.showNotice('info', 'Nothing to lay out yet: add a task first');
    return false;
  }
  s.setLayoutPending(true);
  try {
    const result = await requestLayout(s.design, { session: s.loadCount, full });
    if (!result) return false; // a newer request is in flight: it will apply
    const { positions, groups, mode } = result;
    // Nothing had to move: no change, so no empty undo step.
    if (mode === 'full' || Object.keys(positions).length > 0) {
      editorStore.getState().apply({ type: 'applyLayout', positions, groups });
    }
    editorStore.getState().setLayoutPending(false);
    return true;
  } catch (err) {
    editorStore.getState().setLayoutPending(false);
    editorStore
      .getState()
      .showNotice(
        'error',
        `Auto-layout failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    return false;
  }
}
