/**
 * The browser's own copy / cut / paste events (Ctrl/⌘+C, X, V and the Edit
 * menu) carry tasks when no field has the focus and no text is selected;
 * anywhere else the browser does what it always does.
 */
import { useEffect } from 'react';
import { isEditableTarget } from '../../canvas/editable-target.ts';
import { allOf, listen } from '../listen.ts';
import { copySelection, cutSelection, pasteText } from './clipboard-actions.ts';

/** A text field, or text selected on the page: the user is copying words, not tasks. */
function isTextCopy(e: ClipboardEvent): boolean {
  if (isEditableTarget(e.target)) return true;
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().length > 0;
}

export function useClipboard(): void {
  useEffect(() => {
    const onCopyOrCut = (e: ClipboardEvent) => {
      if (isTextCopy(e) || !e.clipboardData) return;
      const text = e.type === 'cut' ? cutSelection() : copySelection();
      if (text === null) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditableTarget(e.target) || !e.clipboardData) return;
      const text = e.clipboardData.getData('text/plain');
      e.preventDefault();
      void pasteText(text);
    };
    return allOf(
      listen(document, 'copy', onCopyOrCut),
      listen(document, 'cut', onCopyOrCut),
      listen(document, 'paste', onPaste),
    );
  }, []);
}
