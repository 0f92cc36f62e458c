/**
 * A new group's box is the bounding box of its members, so grouping two tasks
 * that have others between them would draw the box over tasks that are not in
 * it (until the next auto-layout). This finds those intruders and moves them,
 * as one block, just below the box: the group then holds only its members and
 * the intruders keep their places relative to each other.
 */
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { PLACEMENT_GAP, TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import { computeGroupBoxes } from './group-boxes.ts';

/** New positions for the tasks outside `groupId` whose nodes overlap its box (empty when none). */
export function makeRoomForGroup(design: Design, groupId: string): Record<string, Position> {
  const box = computeGroupBoxes(design).get(groupId);
  if (!box) return {};
  const inside = groupAndDescendants(design, groupId);
  const intruders = design.tasks.filter((t) => {
    if (t.group !== null && inside.has(t.group)) return false;
    const x = t.ui?.x ?? 0;
    const y = t.ui?.y ?? 0;
    return (
      x < box.x + box.width &&
      box.x < x + TASK_WIDTH &&
      y < box.y + box.height &&
      box.y < y + TASK_HEIGHT
    );
  });
  if (intruders.length === 0) return {};
  const top = Math.min(...intruders.map((t) => t.ui?.y ?? 0));
  const dy = box.y + box.height + PLACEMENT_GAP - top;
  return Object.fromEntries(
    intruders.map((t) => [t.task_id, { x: t.ui?.x ?? 0, y: (t.ui?.y ?? 0) + dy }]),
  );
}

function groupAndDescendants(design: Design, groupId: string): Set<string> {
  const out = new Set([groupId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of design.groups) {
      if (g.parent !== null && out.has(g.parent) && !out.has(g.group_id)) {
        out.add(g.group_id);
        grew = true;
      }
    }
  }
  return out;
}
