/**
 * Inline rename of a task id or a group id on the canvas. Refuses characters
 * outside the id rules as you type (and says why), flags duplicates live,
 * commits on Enter or blur, cancels on Escape. One input, two id rules.
 */
import { useState } from 'react';
import {
  checkGroupId,
  checkTaskId,
  GROUP_ID_CHARS_MESSAGE,
  ID_CHARS_MESSAGE,
} from '../model/changes.ts';
import { editorStore } from '../store/index.ts';
import { useCanvasUi } from './canvas-ui.ts';
import styles from './canvas.module.css';

interface IdRules {
  /** Characters allowed (one at a time) and everything else stripped from a paste. */
  char: RegExp;
  strip: RegExp;
  charsMessage: string;
  problem: (value: string, current: string) => string | null;
  commit: (from: string, to: string, occurrence: number) => void;
  noun: string;
}

const TASK_RULES: IdRules = {
  char: /^[A-Za-z0-9_.-]$/,
  strip: /[^A-Za-z0-9_.-]/g,
  charsMessage: ID_CHARS_MESSAGE,
  problem: (value, current) => checkTaskId(editorStore.getState().design, value, current),
  commit: (from, to, occurrence) =>
    void editorStore.getState().renameTask(from, to, { occurrence }),
  noun: 'task',
};

const GROUP_RULES: IdRules = {
  char: /^[A-Za-z0-9_-]$/,
  strip: /[^A-Za-z0-9_-]/g,
  charsMessage: GROUP_ID_CHARS_MESSAGE,
  problem: (value, current) => checkGroupId(editorStore.getState().design, value, current),
  commit: (from, to) => {
    const s = editorStore.getState();
    if (s.apply({ type: 'renameGroup', from, to }).error === undefined) s.selectGroup(to);
  },
  noun: 'group',
};

/** `occurrence`: which of several tasks sharing `taskId` (1 = the first) is renamed. */
export function RenameInput({ taskId, occurrence = 1 }: { taskId: string; occurrence?: number }) {
  return <IdInput id={taskId} occurrence={occurrence} rules={TASK_RULES} />;
}

export function GroupRenameInput({ groupId }: { groupId: string }) {
  return <IdInput id={groupId} occurrence={1} rules={GROUP_RULES} />;
}

function IdInput({ id, occurrence, rules }: { id: string; occurrence: number; rules: IdRules }) {
  const [value, setValue] = useState(id);
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const stopRename = useCanvasUi((s) => s.stopRename);
  const problem = rules.problem(value, id);
  const message = refusedKey ?? problem;
  const hintId = `rename-hint-${rules.noun}-${id}`;

  const commit = () => {
    if (value !== id && problem === null) rules.commit(id, value, occurrence);
    stopRename();
  };

  return (
    <div className={`${styles.renameWrap} nodrag nopan`}>
      <input
        className={styles.renameInput}
        aria-label={`Rename ${rules.noun} ${id}`}
        aria-invalid={problem !== null}
        aria-describedby={message ? hintId : undefined}
        value={value}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          const next = e.currentTarget.value;
          // Pasted text: keep only allowed characters and say why the rest went.
          const clean = next.replace(rules.strip, '');
          setRefusedKey(clean === next ? null : rules.charsMessage);
          setValue(clean);
        }}
        onKeyDown={(e) => {
          e.stopPropagation(); // keep Delete/Backspace/F2 away from the canvas shortcuts
          if (e.key === 'Enter') {
            if (problem === null) commit();
          } else if (e.key === 'Escape') {
            stopRename();
          } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !rules.char.test(e.key)) {
            e.preventDefault();
            setRefusedKey(`"${e.key}" is not allowed: ${rules.charsMessage}`);
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
