/** Actions on the current selection, shared by the toolbar, the context menu and shortcuts. */
import { editorStore } from '../store/index.ts';
import { useCanvasUi } from './canvas-ui.ts';
import { makeRoomForGroup } from './make-room-for-group.ts';

export function renameSelected(): void {
  const ids = editorStore.getState().selectedTaskIds;
  if (ids.length === 1) useCanvasUi.getState().startRename(ids[0]!);
}

export function duplicateSelected(): void {
  editorStore.getState().duplicateTasks();
  useCanvasUi.getState().closeMenu();
}

export function deleteSelected(): void {
  editorStore.getState().removeTasks();
  useCanvasUi.getState().closeMenu();
}

/** Puts the selected tasks into a new group `group_1`, `group_2`, ... (one undo step); tasks its box would cover move below it. */
export function groupSelected(): void {
  const s = editorStore.getState();
  const ids = s.selectedTaskIds;
  if (ids.length === 0) return;
  const taken = new Set(s.design.groups.map((g) => g.group_id));
  let n = 1;
  while (taken.has(`group_${n}`)) n++;
  const groupId = `group_${n}`;
  // Nest the new group where the first selected task lives, so grouping never moves tasks across groups.
  const parent = s.design.tasks.find((t) => t.task_id === ids[0])?.group ?? null;
  s.beginGesture();
  s.apply({ type: 'addGroup', group: { group_id: groupId, parent, tooltip: null } });
  for (const id of ids)
    s.apply({ type: 'setTaskField', taskId: id, field: 'group', value: groupId });
  // The box must hold only its members: tasks it would cover move below it (same undo step).
  const room = makeRoomForGroup(editorStore.getState().design, groupId);
  if (Object.keys(room).length > 0) s.apply({ type: 'moveNodes', positions: room });
  s.endGesture();
  s.selectGroup(groupId);
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
