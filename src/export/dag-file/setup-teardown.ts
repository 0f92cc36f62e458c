/**
 * Setup and teardown tasks: `.as_setup()` after a setup task's call, and
 * `.as_teardown(setups=...)` after a teardown's. Airflow's `as_teardown`
 * marks each setup and adds the direct `setup >> teardown` relation itself,
 * so the design's edges are written as they are. A teardown written before
 * one of its setups (a group can move a task up the file) cannot name that
 * setup's variable yet: it is marked by its own statement after every task
 * instead, `delete_app.as_teardown(setups=create_app)`.
 */
import type { Task } from '../../design/design.ts';
import type { BodyItem } from './groups.ts';

export interface SetupTeardownCode {
  /** What follows a task's call: `.as_setup()`, `.as_teardown(setups=x)` or nothing. */
  tails: Map<string, string>;
  /** Statements for teardowns that come before a setup in the file, in file order. */
  statements: string[];
}

function setupsArgument(task: Task, variable: (id: string) => string): string {
  const setups = task.setups ?? [];
  if (setups.length === 0) return '';
  const names = setups.map(variable);
  return `setups=${names.length === 1 ? names[0] : `[${names.join(', ')}]`}`;
}

/** `fileOrder`: the tasks as the body writes them; `variables`: each task's Python name. */
export function setupTeardownCode(
  fileOrder: readonly Task[],
  variables: ReadonlyMap<string, string>,
  indent: string,
): SetupTeardownCode {
  const variable = (id: string): string => {
    const name = variables.get(id);
    if (name === undefined) throw new Error(`Cannot export: setups names unknown task "${id}"`);
    return name;
  };
  const position = new Map(fileOrder.map((task, i) => [task.task_id, i]));
  const tails = new Map<string, string>();
  const statements: string[] = [];
  fileOrder.forEach((task, i) => {
    if (task.role === 'setup') tails.set(task.task_id, '.as_setup()');
    if (task.role !== 'teardown') return;
    const call = `as_teardown(${setupsArgument(task, variable)})`;
    const setupsWrittenBefore = (task.setups ?? []).every((id) => (position.get(id) ?? i) < i);
    if (setupsWrittenBefore) tails.set(task.task_id, `.${call}`);
    else statements.push(`${indent}${variable(task.task_id)}.${call}`);
  });
  return { tails, statements };
}

/** The tasks in the order the body writes them (groups where their first task is). */
export function tasksInFileOrder(items: readonly BodyItem[]): Task[] {
  return items.flatMap((item) =>
    item.kind === 'task' ? [item.task] : tasksInFileOrder(item.items),
  );
}
