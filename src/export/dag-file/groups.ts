/**
 * The order of the DAG body: tasks in design (creation) order, each group
 * written where its first task (at any depth) would be, so a reader meets
 * tasks in the order they were drawn. Groups without tasks come last, in
 * design order. Same rule inside every group.
 */
import type { Design, Task, TaskGroup } from '../../design/design.ts';

export type BodyItem =
  { kind: 'task'; task: Task } | { kind: 'group'; group: TaskGroup; items: BodyItem[] };

export function bodyItems(design: Design): BodyItem[] {
  // Appended in place: copying the list per task was quadratic (seconds at 10,000 tasks).
  const children = new Map<string | null, TaskGroup[]>();
  for (const group of design.groups) {
    const list = children.get(group.parent) ?? [];
    list.push(group);
    children.set(group.parent, list);
  }
  const tasksIn = new Map<string | null, { task: Task; index: number }[]>();
  design.tasks.forEach((task, index) => {
    const list = tasksIn.get(task.group) ?? [];
    list.push({ task, index });
    tasksIn.set(task.group, list);
  });

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

/** One piece of the DAG body; `taskId` marks a task's operator call (for taskLines). */
export interface BodyLine {
  text: string;
  taskId?: string;
}

export interface BodyRenderers {
  task: (task: Task, indent: string) => string;
  /** The `with TaskGroup(...) as x:` line(s). */
  groupHead: (group: TaskGroup, indent: string) => string;
}

/**
 * The items as code, a blank line between siblings, a group's items one
 * level deeper; an empty group (or an empty DAG) gets `pass` so the block
 * stays valid Python.
 */
export function renderBody(
  items: readonly BodyItem[],
  indent: string,
  render: BodyRenderers,
): BodyLine[] {
  if (items.length === 0) return [{ text: `${indent}pass` }];
  return items.flatMap((item, i): BodyLine[] => {
    const gap: BodyLine[] = i > 0 ? [{ text: '' }] : [];
    if (item.kind === 'task') {
      return [...gap, { text: render.task(item.task, indent), taskId: item.task.task_id }];
    }
    return [
      ...gap,
      { text: render.groupHead(item.group, indent) },
      ...renderBody(item.items, indent + '    ', render),
    ];
  });
}
