/**
 * Copy and paste as data: the selected tasks, the edges between them and the
 * groups they live in form a design of their own (a "fragment", which is a
 * valid design file, so the system clipboard carries plain design JSON), and
 * pasting a fragment is ONE batch change: missing groups, the tasks (ids
 * de-duplicated like Duplicate does), then the inner edges.
 */
import type { Design, Task, TaskGroup } from '../design/design.ts';
import { MAX_ID_LENGTH } from '../design/design.ts';
import { parentsOf, walkGroupChain } from '../design/ids.ts';
import { sortEdges } from '../design/edges.ts';
import { copyId } from './changes.ts';
import type { DesignChange, Position } from './changes.ts';

/** The tasks `taskIds` of `design` with their inner edges and their groups (with every ancestor). */
export function fragmentOf(design: Design, taskIds: readonly string[]): Design {
  const wanted = new Set(taskIds);
  const tasks = design.tasks.filter((t) => wanted.has(t.task_id));
  const parents = parentsOf(design);
  const groupIds = new Set<string>();
  for (const t of tasks) for (const g of walkGroupChain(parents, t.group).chain) groupIds.add(g);
  const groups = design.groups.filter((g) => groupIds.has(g.group_id));
  const edges = design.edges.filter((e) => wanted.has(e.from) && wanted.has(e.to));
  return { ...design, groups, tasks, edges };
}

/** The task ids in `groupId` and every group nested in it. */
export function tasksInGroup(design: Design, groupId: string): string[] {
  const parents = parentsOf(design);
  return design.tasks
    .filter((t) => walkGroupChain(parents, t.group).chain.includes(groupId))
    .map((t) => t.task_id);
}

export interface Paste {
  change: DesignChange;
  /** The pasted tasks' ids in `design` (some renamed `x_copy`...). */
  created: string[];
}

/** Step between a paste and the tasks it would land on. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

/**
 * `fragment` pasted into `design`: groups that exist are reused (a task
 * copied from group `g` pastes into `g`), the others are added; tasks whose id
 * is taken get `x_copy`; the block moves by PASTE_OFFSET until no pasted task
 * sits exactly on a task already there. Null when the fragment has no task or
 * an id would grow too long.
 */
export function pasteFragment(design: Design, fragment: Design): Paste | null {
  if (fragment.tasks.length === 0) return null;
  const changes: DesignChange[] = [];
  const known = new Set(design.groups.map((g) => g.group_id));
  for (const g of parentFirst(fragment)) {
    if (known.has(g.group_id)) continue;
    const parent = g.parent !== null && known.has(g.parent) ? g.parent : null;
    changes.push({ type: 'addGroup', group: { ...g, parent } });
    known.add(g.group_id);
  }
  const taken = new Set(design.tasks.map((t) => t.task_id));
  const renamed = new Map<string, string>();
  for (const t of fragment.tasks) {
    const id = taken.has(t.task_id) ? copyId(t.task_id, taken) : t.task_id;
    if (id.length > MAX_ID_LENGTH) return null;
    taken.add(id);
    renamed.set(t.task_id, id);
  }
  const offset = freeOffset(design, fragment.tasks);
  for (const t of fragment.tasks) {
    const task: Task = { ...structuredClone(t), task_id: renamed.get(t.task_id)! };
    if (t.ui) task.ui = { ...t.ui, x: t.ui.x + offset.x, y: t.ui.y + offset.y };
    changes.push({ type: 'addTask', task });
  }
  // Only edges between two pasted tasks: a paste never silently joins the running graph.
  for (const e of sortEdges(fragment.edges)) {
    const from = renamed.get(e.from);
    const to = renamed.get(e.to);
    if (from && to) changes.push({ type: 'connect', from, to });
  }
  return { change: { type: 'batch', changes }, created: [...renamed.values()] };
}

/** Groups ordered so a parent comes before its children (added before they point at it). */
function parentFirst(fragment: Design): TaskGroup[] {
  const parents = parentsOf(fragment);
  const byId = new Map(fragment.groups.map((g) => [g.group_id, g]));
  const ordered = new Map<string, TaskGroup>();
  for (const g of fragment.groups) {
    for (const id of walkGroupChain(parents, g.group_id).chain) {
      const group = byId.get(id);
      if (group && !ordered.has(id)) ordered.set(id, group);
    }
  }
  return [...ordered.values()];
}

/** The first multiple of PASTE_OFFSET (0 when the spots are free) at which no pasted task lands on a task. */
function freeOffset(design: Design, tasks: readonly Task[]): Position {
  const occupied = new Set(design.tasks.map((t) => `${t.ui?.x ?? 0},${t.ui?.y ?? 0}`));
  for (let n = 0; n < 100; n++) {
    const dx = PASTE_OFFSET.x * n;
    const dy = PASTE_OFFSET.y * n;
    if (tasks.every((t) => !occupied.has(`${(t.ui?.x ?? 0) + dx},${(t.ui?.y ?? 0) + dy}`))) {
      return { x: dx, y: dy };
    }
  }
  return PASTE_OFFSET;
}
