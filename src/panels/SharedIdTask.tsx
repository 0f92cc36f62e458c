/**
 * A task whose task_id another task also uses (common after a git merge):
 * every field of the form addresses a task by its id, so until one of them
 * is renamed the panel offers just that, the rename of THIS task, with what
 * tells the two apart (operator, position in the file).
 */
import type { Task } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { getOperator } from '../catalog/index.ts';
import { useEditor } from '../store/index.ts';
import { TaskIdField } from './TaskIdField.tsx';

export interface SharedIdTaskProps {
  task: Task;
  taskIndex: number;
  findings: readonly Finding[];
}

export function SharedIdTask({ task, taskIndex, findings }: SharedIdTaskProps) {
  const design = useEditor((s) => s.design);
  const label =
    task.operator === 'custom'
      ? (task.custom?.class ?? 'Custom operator')
      : (getOperator(task.operator)?.label ?? task.operator);
  return (
    <div className="task-form">
      <p className="callout callout--error" role="note">
        {`Another task already uses the id "${task.task_id}". Rename this one (${label}, task ${taskIndex + 1} of the file) to edit it; the edges in the file stay with the other.`}
      </p>
      <TaskIdField design={design} task={task} taskIndex={taskIndex} findings={findings} />
    </div>
  );
}
