/**
 * Python callables: each task's `python` field is the source of one top-level
 * `def`, emitted verbatim above the DAG, and the task passes that function as
 * `python_callable`. The only edits are ones Python cannot tell apart: line
 * endings become `\n`, trailing blank lines go, and a uniformly indented
 * paste is dedented (`normalizePythonSource`, in src/model, where the parser
 * check lives: `checkCallableSource`).
 *
 * Two tasks with the very same source share one def. Two different sources
 * defining the same name are an Error (the second def would silently replace
 * the first); so is any source validation refuses.
 */
import type { Task } from '../../design/design.ts';
import { checkCallableSource } from '../../model/validate/python-source.ts';

export interface PythonCallable {
  /** The def's name, passed as `python_callable=`. */
  name: string;
  /** Normalized source, no trailing newline. */
  source: string;
  /** Task ids using it, in design order. */
  taskIds: string[];
}

export function collectCallables(
  tasks: readonly Task[],
  usesCallable: (task: Task) => boolean,
): PythonCallable[] {
  const byName = new Map<string, PythonCallable>();
  for (const task of tasks) {
    if (!usesCallable(task)) continue;
    const where = `task "${task.task_id}"`;
    if (task.python === undefined || task.python.trim() === '') {
      throw new Error(
        `${where}: the operator calls a Python function but the task has no "python" source`,
      );
    }
    // The same rule validation reports as a finding (python-source.ts).
    const check = checkCallableSource(task.python);
    if (!check.ok) throw new Error(`${where}: ${check.message}`);
    const { name, source } = check;
    const existing = byName.get(name);
    if (existing === undefined) {
      byName.set(name, { name, source, taskIds: [task.task_id] });
    } else if (existing.source === source) {
      existing.taskIds.push(task.task_id);
    } else {
      throw new Error(
        `${where}: its Python function "${name}" has the same name as the one of task "${existing.taskIds[0]}" ` +
          'but a different body; rename one of them',
      );
    }
  }
  return [...byName.values()];
}

/** The callables block: two blank lines around each def, as PEP 8 wants at module level. */
export function renderCallables(callables: readonly PythonCallable[]): string {
  return callables.map((callable) => callable.source).join('\n\n\n');
}
