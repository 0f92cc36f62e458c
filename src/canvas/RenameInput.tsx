/**
 * Inline rename of a task id. Refuses characters outside the id rules as you
 * type (and says why), flags duplicates live, commits on Enter or blur,
 * cancels on Escape.
 */
import { useState } from 'react';
import { checkTaskId, ID_CHARS_MESSAGE } from '../model/changes.ts';
import { editorStore } from '../store/index.ts';
import { useCanvasUi } from './canvas-ui.ts';
import styles from './canvas.module.css';

const ID_CHAR = /^[A-Za-z0-9_.-]$/;

export function RenameInput({ taskId }: { taskId: string }) {
  const [value, setValue] = useState(taskId);
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const stopRename = useCanvasUi((s) => s.stopRename);
  const problem = checkTaskId(editorStore.getState().design, value, taskId);
  const message = refusedKey ?? problem;
  const hintId = `rename-hint-${taskId}`;

  const commit = () => {
    if (value !== taskId && problem === null) editorStore.getState().renameTask(taskId, value);
    stopRename();
  };

  return (
    <div className={`${styles.renameWrap} nodrag nopan`}>
      <input
        className={styles.renameInput}
        aria-label={`Rename task ${taskId}`}
        aria-invalid={problem !== null}
        aria-describedby={message ? hintId : undefined}
        value={value}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          const next = e.currentTarget.value;
          // Pasted text: keep only allowed characters and say why the rest went.
          const clean = next.replace(/[^A-Za-z0-9_.-]/g, '');
          setRefusedKey(clean === next ? null : ID_CHARS_MESSAGE);
          setValue(clean);
        }}
        onKeyDown={(e) => {
          e.stopPropagation(); // keep Delete/Backspace/F2 away from the canvas shortcuts
          if (e.key === 'Enter') {
            if (problem === null) commit();
          } else if (e.key === 'Escape') {
            stopRename();
          } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !ID_CHAR.test(e.key)) {
            e.preventDefault();
            setRefusedKey(`"${e.key}" is not allowed: ${ID_CHARS_MESSAGE}`);
          } else {
            setRefusedKey(null);
          }
        }}
        onBlur={() => {
          if (problem === null) commit();
          else stopRename();
        }}
      />
      {message && (
        <div id={hintId} className={styles.renameHint} aria-live="polite">
          {message}
        </div>
      )}
    </div>
  );
}
