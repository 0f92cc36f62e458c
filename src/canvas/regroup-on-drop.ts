/**
 * Dragging a node into or out of a group changes its group: when a drag
 * ends, each dragged task (and group) belongs to the innermost open group
 * whose box, as it was BEFORE the drag, holds its centre. So a task moved
 * around inside its group stays (its old box held it), one dropped outside
 * leaves, one dropped on another group's box joins it. A dragged group is
 * never its own target, nor are the groups inside it.
 */
import type { Design } from '../design/design.ts';
import { parentsOf, walkGroupChain } from '../design/ids.ts';
import type { DesignChange } from '../model/changes.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import { computeGroupBoxes, groupAt, type Box } from './group-boxes.ts';

const centre = (b: { x: number; y: number }, width: number, height: number) => ({
  x: b.x + width / 2,
  y: b.y + height / 2,
});

/** The group changes a finished drag implies (none when every node stayed in its group). */
export function regroupAfterDrag(
  before: Design,
  after: Design,
  draggedTasks: readonly string[],
  draggedGroups: readonly string[],
): DesignChange[] {
  if (draggedTasks.length === 0 && draggedGroups.length === 0) return [];
  const dragged = new Set(draggedGroups);
  const parents = parentsOf(before);
  const targets = new Map<string, Box>();
  for (const [id, box] of computeGroupBoxes(before)) {
    if (!walkGroupChain(parents, id).chain.some((g) => dragged.has(g))) targets.set(id, box);
  }
  const changes: DesignChange[] = [];
  const taskIds = new Set(draggedTasks);
  for (const t of after.tasks) {
    if (!taskIds.has(t.task_id)) continue;
    const into = groupAt(before, centre(t.ui ?? { x: 0, y: 0 }, TASK_WIDTH, TASK_HEIGHT), targets);
    if (into !== t.group) {
      changes.push({ type: 'setTaskField', taskId: t.task_id, field: 'group', value: into });
    }
  }
  const moved = computeGroupBoxes(after);
  for (const g of after.groups) {
    const box = dragged.has(g.group_id) ? moved.get(g.group_id) : undefined;
    if (!box) continue;
    const into = groupAt(before, centre(box, box.width, box.height), targets);
    if (into !== g.parent) {
      changes.push({ type: 'updateGroup', groupId: g.group_id, patch: { parent: into } });
    }
  }
  return changes;
}
