/**
 * The "Task" panel: the form of the selected task, a how-to when nothing is
 * selected, and a short summary when several tasks are.
 */
import { useCallback } from 'react';
import { useEditor, useFindings } from '../store/index.ts';
import { parseFindingPath } from './finding-path.ts';
import { TaskForm } from './TaskForm.tsx';
import { SharedIdTask } from './SharedIdTask.tsx';
import { taskIndexOfKey } from '../design/ids.ts';
import { useFocusRequest } from './use-focus-request.ts';

export function TaskInspector() {
  const design = useEditor((s) => s.design);
  const selected = useEditor((s) => s.selectedTaskIds);
  const findings = useFindings();
  // Selection holds editor keys: a repeat of a shared task_id is `<id>~<n>`.
  const liveSelection = selected.filter((key) => taskIndexOfKey(design, key) >= 0);
  const taskIndex = liveSelection.length === 1 ? taskIndexOfKey(design, liveSelection[0]!) : -1;
  const task = taskIndex >= 0 ? design.tasks[taskIndex] : undefined;
  const shared =
    task !== undefined && design.tasks.filter((t) => t.task_id === task.task_id).length > 1;

  const owns = useCallback(
    (path: string) => {
      const parsed = parseFindingPath(path);
      return parsed.scope === 'task'
        ? parsed.taskIndex === taskIndex
        : parsed.scope === 'edge' && taskIndex >= 0;
    },
    [taskIndex],
  );
  useFocusRequest(owns);

  return (
    <section className="panel" aria-labelledby="task-panel-heading">
      <h2 className="panel__title" id="task-panel-heading">
        Task
      </h2>
      {task && shared ? (
        <SharedIdTask key={taskIndex} task={task} taskIndex={taskIndex} findings={findings} />
      ) : task ? (
        // Keyed by position, not id: a rename must not remount the form (and drop focus).
        <TaskForm key={taskIndex} task={task} taskIndex={taskIndex} findings={findings} />
      ) : liveSelection.length > 1 ? (
        <div className="empty">
          <p>
            <strong>{liveSelection.length} tasks selected.</strong>
          </p>
          <p>Select a single task to edit its arguments.</p>
        </div>
      ) : (
        <div className="empty">
          <p>
            <strong>No task selected.</strong>
          </p>
          <ol className="empty__steps">
            <li>
              Drag an operator from the palette onto the canvas (or focus it and press Enter).
            </li>
            <li>
              Connect tasks by dragging from a task&rsquo;s right handle to another&rsquo;s left
              handle.
            </li>
            <li>Click a task to fill in its arguments here.</li>
            <li>
              Press <kbd>Shift</kbd>+<kbd>L</kbd> to lay the graph out.
            </li>
          </ol>
        </div>
      )}
    </section>
  );
}
