/**
 * Floating toolbar over the canvas for the selection: Rename, Duplicate,
 * Group, Delete for tasks; Ungroup for a selected group box.
 */
import { editorStore, useEditor } from '../store/index.ts';
import {
  deleteSelected,
  duplicateSelected,
  groupSelected,
  renameSelected,
} from './selection-actions.ts';
import styles from './canvas.module.css';

const ungroup = (groupId: string) => {
  const s = editorStore.getState();
  s.apply({ type: 'removeGroup', groupId });
  s.selectGroup(null);
};

export function CanvasToolbar() {
  const count = useEditor((s) => s.selectedTaskIds.length);
  const groupId = useEditor((s) => s.selectedGroupId);
  if (groupId !== null) {
    return (
      <div className={styles.toolbar} role="toolbar" aria-label="Selected group">
        <span className={styles.toolbarCount}>Group {groupId}</span>
        <button
          onClick={() => ungroup(groupId)}
          title="Remove the group; its tasks stay (Delete or Backspace)"
        >
          Ungroup
        </button>
      </div>
    );
  }
  if (count === 0) return null;
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Selected tasks">
      <span className={styles.toolbarCount}>{count} selected</span>
      <button onClick={renameSelected} disabled={count !== 1} title="Rename (F2)">
        Rename
      </button>
      <button onClick={duplicateSelected} title="Duplicate (Ctrl+D)">
        Duplicate
      </button>
      <button onClick={groupSelected} title="Put the selected tasks in a new TaskGroup">
        Group
      </button>
      <button onClick={deleteSelected} title="Delete (Delete or Backspace)">
        Delete
      </button>
    </div>
  );
}
