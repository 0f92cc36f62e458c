/**
 * A teardown's `setups` names other tasks, like edges do: renaming,
 * removing or duplicating tasks keeps those names pointing at the right
 * tasks (the changes in changes.ts call these), so an edit never leaves a
 * teardown naming a task that is gone.
 */
import type { Task } from '../design/design.ts';

/** `task` with `setups` mapped (entries mapped to null are dropped; an empty list goes). */
function mapSetups(task: Task, map: (id: string) => string | null): Task {
  if (task.setups === undefined) return task;
  const setups = task.setups.flatMap((id) => map(id) ?? []);
  if (setups.length === task.setups.length && setups.every((id, i) => id === task.setups![i]))
    return task;
  const next: Task = { ...task, setups };
  if (setups.length === 0) delete next.setups;
  return next;
}

export const renameInSetups = (tasks: readonly Task[], from: string, to: string): Task[] =>
  tasks.map((task) => mapSetups(task, (id) => (id === from ? to : id)));

export const dropFromSetups = (tasks: readonly Task[], drop: ReadonlySet<string>): Task[] =>
  tasks.map((task) => mapSetups(task, (id) => (drop.has(id) ? null : id)));

/**
 * A copy of a teardown names the copies of its setups that were duplicated
 * with it; a setup left behind is dropped (the copy is not joined to it).
 */
export const setupsOfCopy = (copy: Task, renamed: ReadonlyMap<string, string>): Task =>
  mapSetups(copy, (id) => renamed.get(id) ?? null);
