/** Right-click menu on a task: Rename, Duplicate, Delete. */
import { useEffect, useRef } from 'react';
import { useCanvasUi } from './canvas-ui.ts';
import { useEditor } from '../store/index.ts';
import {
  deleteSelected,
  duplicateSelected,
  groupSelected,
  togglePinSelected,
} from './selection-actions.ts';
import styles from './canvas.module.css';

export function NodeContextMenu() {
  const menu = useCanvasUi((s) => s.menu);
  const pinned = useEditor(
    (s) => s.design.tasks.find((t) => t.task_id === menu?.taskId)?.ui?.pinned ?? false,
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector('button')?.focus();
    // Any press outside the menu closes it.
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) useCanvasUi.getState().closeMenu();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [menu]);
  if (!menu) return null;
  const close = () => useCanvasUi.getState().closeMenu();
  return (
    <div
      ref={ref}
      className={styles.menu}
      style={{ left: menu.x, top: menu.y }}
      role="menu"
      aria-label={`Actions for ${menu.taskId}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <button role="menuitem" onClick={() => useCanvasUi.getState().startRename(menu.taskId)}>
        Rename <kbd>F2</kbd>
      </button>
      <button role="menuitem" onClick={duplicateSelected}>
        Duplicate <kbd>Ctrl+D</kbd>
      </button>
      <button role="menuitem" onClick={groupSelected}>
        Group
      </button>
      <button
        role="menuitem"
        onClick={togglePinSelected}
        title="Pinned tasks keep their place when you auto-layout"
      >
        {pinned ? 'Unpin position' : 'Pin position'}
      </button>
      <button role="menuitem" onClick={deleteSelected}>
        Delete <kbd>Del</kbd>
      </button>
    </div>
  );
}
