/**
 * The order of the DAG body: tasks in design (creation) order, each group
 * written where its first task (at any depth) would be, so a reader meets
 * tasks in the order they were drawn. Groups without tasks come last, in
 * design order. Same rule inside every group.
 */
import type { Design, Task, TaskGroup } from '../../model/design.ts';

export type BodyItem =
  { kind: 'task'; task: Task } | { kind: 'group'; group: TaskGroup; items: BodyItem[] };

export function bodyItems(design: Design): BodyItem[] {
  const children = new Map<string | null, TaskGroup[]>();
  for (const group of design.groups)
    children.set(group.parent, [...(children.get(group.parent) ?? []), group]);
  const tasksIn = new Map<string | null, { task: Task; index: number }[]>();
  design.tasks.forEach((task, index) =>
    tasksIn.set(task.group, [...(tasksIn.get(task.group) ?? []), { task, index }]),
  );

  /** Items of one container with the design index of their first task (Infinity when empty). */
  function build(container: string | null): { item: BodyItem; first: number; order: number }[] {
    const entries: { item: BodyItem; first: number; order: number }[] = (
      tasksIn.get(container) ?? []
    ).map(({ task, index }) => ({ item: { kind: 'task', task }, first: index, order: index }));
    (children.get(container) ?? []).forEach((group, order) => {
      const inner = build(group.group_id);
      const first = Math.min(Infinity, ...inner.map((entry) => entry.first));
      entries.push({
        item: { kind: 'group', group, items: inner.map((entry) => entry.item) },
        first,
        order,
      });
    });
    // Empty groups (first = Infinity) keep their design order among themselves.
    return entries.sort((a, b) => (a.first === b.first ? a.order - b.order : a.first - b.first));
  }

  return build(null).map((entry) => entry.item);
}
