/** Canvas keyboard shortcuts: F2 rename, Ctrl/Cmd+D duplicate, Ctrl/Cmd+A select all, Escape closes the menu. */
import { useEffect } from 'react';
import { useCanvasUi } from './canvas-ui.ts';
import { isEditableTarget } from './editable-target.ts';
import { duplicateSelected, renameSelected, selectAllTasks } from './selection-actions.ts';

export function useCanvasShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isEditableTarget(e.target)) return;
      if (e.key === 'F2') {
        e.preventDefault();
        renameSelected();
      } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'd') {
        e.preventDefault(); // the browser's bookmark shortcut
        duplicateSelected();
      } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'a') {
        e.preventDefault(); // the page's select-all of text
        selectAllTasks();
      } else if (e.key === 'Escape') {
        useCanvasUi.getState().closeMenu();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
