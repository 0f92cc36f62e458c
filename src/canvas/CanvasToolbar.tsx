/** Floating toolbar over the canvas for the selection: Rename, Duplicate, Group, Delete. */
import { useEditor } from '../store/index.ts';
import {
  deleteSelected,
  duplicateSelected,
  groupSelected,
  renameSelected,
} from './selection-actions.ts';
import styles from './canvas.module.css';

export function CanvasToolbar() {
  const count = useEditor((s) => s.selectedTaskIds.length);
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
