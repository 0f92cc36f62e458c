/**
 * The editor store: zustand 5 slices under zundo's `temporal`, with ONLY the
 * design in the undo history (`partialize` + an identity `equality`, so
 * selection/UI updates never create undo steps).
 */
import { taskKeys } from '../design/ids.ts';
import { create, useStore } from 'zustand';
import { temporal } from 'zundo';
import type { Design } from '../design/design.ts';
import { emptyDesign } from '../io/index.ts';
import { createDesignSlice, HISTORY_LIMIT } from './design-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createUiSlice } from './ui-slice.ts';
import type { EditorState } from './editor-types.ts';

export { HISTORY_LIMIT };

const initialDesign = emptyDesign();

/** The bound store hook: `useEditor((s) => s.design)`. Also the vanilla API (`useEditor.getState()`). */
export const useEditor = create<EditorState>()(
  temporal(
    (...a) => ({
      ...createDesignSlice(initialDesign)(...a),
      ...createSelectionSlice(...a),
      ...createUiSlice(initialDesign)(...a),
    }),
    {
      partialize: (state): { design: Design } => ({ design: state.design }),
      equality: (past, current) => past.design === current.design,
      limit: HISTORY_LIMIT,
    },
  ),
);

/** The same store for non-React code (`editorStore.getState().apply(...)`). */
export const editorStore = useEditor;

// Keep the selection pointing at existing tasks after undo/redo/removal.
useEditor.subscribe((state, prev) => {
  if (state.design === prev.design || state.selectedTaskIds.length === 0) return;
  const ids = new Set(taskKeys(state.design));
  const kept = state.selectedTaskIds.filter((id) => ids.has(id));
  if (kept.length !== state.selectedTaskIds.length) useEditor.setState({ selectedTaskIds: kept });
});

export interface HistoryControls {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

const undo = () => useEditor.temporal.getState().undo();
const redo = () => useEditor.temporal.getState().redo();

/** Undo/redo state for buttons: re-renders only when canUndo/canRedo flip. */
export function useHistory(): HistoryControls {
  const canUndo = useStore(useEditor.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo, undo, redo };
}

/** Undo one step (the selection is pruned to tasks that still exist). */
export const undoDesign = undo;
/** Redo one step. */
export const redoDesign = redo;
