/**
 * The task id: checked live with the same rules the store enforces
 * (checkTaskId), renamed on Enter or blur (edges follow), Escape reverts.
 */
import { useState } from 'react';
import type { Design, Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { checkTaskId } from '../model/changes.ts';
import { useEditor } from '../store/index.ts';
import { fieldDomId } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';

export interface TaskIdFieldProps {
  design: Design;
  task: Task;
  taskIndex: number;
  findings: readonly Finding[];
}

export function TaskIdField({ design, task, taskIndex, findings }: TaskIdFieldProps) {
  const renameTask = useEditor((s) => s.renameTask);
  const [draft, setDraft] = useState({ text: task.task_id, source: task.task_id });
  if (draft.source !== task.task_id) setDraft({ text: task.task_id, source: task.task_id });
  const path = `tasks[${taskIndex}].task_id`;
  const id = fieldDomId(path);
  const problem =
    draft.text === task.task_id ? null : checkTaskId(design, draft.text, task.task_id);
  const mine = findingsAt(findings, path);

  const commit = () => {
    if (draft.text === task.task_id || problem) return;
    // Of several tasks sharing this id (a file after a git merge), rename THIS one only.
    const occurrence = design.tasks
      .slice(0, taskIndex + 1)
      .filter((t) => t.task_id === task.task_id).length;
    const result = renameTask(task.task_id, draft.text, { quiet: true, occurrence });
    if (!result.ok) setDraft({ ...draft, text: draft.text });
  };

  return (
    <FieldShell
      id={id}
      label="task_id"
      required
      help="Unique in the DAG. Letters, digits, _ . - ; Enter renames (edges follow), Esc reverts."
      findings={mine}
      draftError={problem ? capitalize(problem) : null}
    >
      <input
        id={id}
        className="input input--mono"
        value={draft.text}
        spellCheck={false}
        autoComplete="off"
        aria-required
        aria-invalid={problem !== null || mine.some((f) => f.severity === 'error') || undefined}
        aria-describedby={describedBy(id, true, problem !== null || mine.length > 0)}
        onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        // Renames stay out of the form's edit session (use-edit-session): ending a
        // gesture rewinds the design to its start for a moment, which would drop
        // the renamed task from the selection. A rename is its own undo step.
        onFocus={(event) => event.stopPropagation()}
        onBlur={(event) => {
          event.stopPropagation();
          commit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft({ ...draft, text: task.task_id });
          }
        }}
      />
    </FieldShell>
  );
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
