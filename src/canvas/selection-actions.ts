/** Actions on the current selection, shared by the toolbar, the context menu and shortcuts. */
import { editorStore } from '../store/index.ts';
import { useCanvasUi } from './canvas-ui.ts';
import { groupChange } from './flow-changes.ts';

export function renameSelected(): void {
  const ids = editorStore.getState().selectedTaskIds;
  if (ids.length === 1) useCanvasUi.getState().startRename(ids[0]!);
}

export function selectAllTasks(): void {
  const s = editorStore.getState();
  s.select(s.design.tasks.map((t) => t.task_id));
}

export function duplicateSelected(): void {
  editorStore.getState().duplicateTasks();
  useCanvasUi.getState().closeMenu();
}

export function deleteSelected(): void {
  editorStore.getState().removeTasks();
  useCanvasUi.getState().closeMenu();
}

/** Puts the selected tasks into a new group `group_1`, `group_2`, ... (one change, one undo step); tasks its box would cover move below it. */
export function groupSelected(): void {
  const s = editorStore.getState();
  const grouping = groupChange(s.design, s.selectedTaskIds);
  if (!grouping) return;
  if (s.apply(grouping.change).error === undefined) s.selectGroup(grouping.groupId);
  useCanvasUi.getState().closeMenu();
}

/** Pins the selected tasks (auto-layout keeps them in place), or unpins them when all are pinned. */
export function togglePinSelected(): void {
  const s = editorStore.getState();
  const ids = new Set(s.selectedTaskIds);
  const tasks = s.design.tasks.filter((t) => ids.has(t.task_id));
  if (tasks.length === 0) return;
  const pinned = !tasks.every((t) => t.ui?.pinned);
  s.apply({ type: 'setPinned', ids: [...ids], pinned });
  useCanvasUi.getState().closeMenu();
}
