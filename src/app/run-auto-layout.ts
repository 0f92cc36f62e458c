/**
 * The Auto-layout command: lay out the current design in the worker and
 * apply the result as ONE undo step (`applyLayout`).
 */
import { editorStore } from '../store/index.ts';
import { requestLayout } from '../layout/layout-client.ts';

/** Returns true when a layout was applied (false when superseded, empty or failed). */
export async function runAutoLayout(): Promise<boolean> {
  const s = editorStore.getState();
  if (s.design.tasks.length === 0) {
    s.showNotice('info', 'Nothing to lay out yet: add a task first');
    return false;
  }
  s.setLayoutPending(true);
  try {
    const result = await requestLayout(s.design);
    if (!result) return false; // a newer request is in flight: it will apply
    editorStore
      .getState()
      .apply({ type: 'applyLayout', positions: result.positions, groups: result.groups });
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
