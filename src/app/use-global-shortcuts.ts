/**
 * App-wide shortcuts: undo/redo, save, auto-layout, Escape to dismiss the
 * notice (the toast itself is not focusable: screen readers get it from the
 * live region). The help dialog (help/shortcut-list.ts) lists them all.
 * Ignored while typing in a field.
 */
import { useEffect } from 'react';
import { isEditableTarget } from '../canvas/editable-target.ts';
import { editorStore, redoDesign, undoDesign } from '../store/index.ts';
import { saveDesign } from './file-actions.ts';

export function useGlobalShortcuts(autoLayout: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isEditableTarget(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redoDesign();
        else undoDesign();
      } else if (mod && key === 'y') {
        e.preventDefault();
        redoDesign();
      } else if (mod && key === 's') {
        e.preventDefault();
        saveDesign();
      } else if (!mod && !e.altKey && e.shiftKey && key === 'l') {
        e.preventDefault();
        autoLayout();
      } else if (key === 'escape' && editorStore.getState().notice) {
        editorStore.getState().clearNotice();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [autoLayout]);
}
