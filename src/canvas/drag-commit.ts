/**
 * Turns React Flow's end-of-drag positions (relative to each node's parent)
 * back into the design's absolute task positions, so one drag is one
 * `moveNodes` change. A dragged group moves all its members with it.
 */
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import type { Box } from './group-boxes.ts';
import { groupNodeId } from './node-types.ts';

export interface DragResult {
  positions: Record<string, Position>;
  groups: Record<string, Position>;
}

/**
 * `overlay` holds the final relative positions of the dragged nodes (task ids
 * and `group:<id>` ids); `boxes` the group boxes before the drag.
 */
export function commitDrag(
  design: Design,
  boxes: ReadonlyMap<string, Box>,
  overlay: ReadonlyMap<string, Position>,
): DragResult {
  const parentOf = new Map(design.groups.map((g) => [g.group_id, g.parent]));
  const newOrigin = new Map<string, Position>();
  const groupOrigin = (groupId: string, trail = new Set<string>()): Position => {
    const known = newOrigin.get(groupId);
    if (known) return known;
    const box = boxes.get(groupId) ?? { x: 0, y: 0 };
    const parent = parentOf.get(groupId) ?? null;
    if (trail.has(groupId)) return box; // group cycle: leave it where it is
    trail.add(groupId);
    const parentOld = parent !== null ? (boxes.get(parent) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
    const parentNew = parent !== null ? groupOrigin(parent, trail) : { x: 0, y: 0 };
    const rel = overlay.get(groupNodeId(groupId)) ?? {
      x: box.x - parentOld.x,
      y: box.y - parentOld.y,
    };
    const origin = { x: parentNew.x + rel.x, y: parentNew.y + rel.y };
    newOrigin.set(groupId, origin);
    return origin;
  };

  const positions: Record<string, Position> = {};
  for (const t of design.tasks) {
    const abs = t.ui ?? { x: 0, y: 0 };
    const inGroup = t.group !== null && boxes.has(t.group);
    const parentOld = inGroup ? boxes.get(t.group!)! : { x: 0, y: 0 };
    const parentNew = inGroup ? groupOrigin(t.group!) : { x: 0, y: 0 };
    const rel = overlay.get(t.task_id) ?? { x: abs.x - parentOld.x, y: abs.y - parentOld.y };
    const next = { x: Math.round(parentNew.x + rel.x), y: Math.round(parentNew.y + rel.y) };
    if (next.x !== abs.x || next.y !== abs.y) positions[t.task_id] = next;
  }
  const groups: Record<string, Position> = {};
  for (const g of design.groups) {
    const o = groupOrigin(g.group_id);
    const old = boxes.get(g.group_id);
    if (old && (o.x !== old.x || o.y !== old.y))
      groups[g.group_id] = { x: Math.round(o.x), y: Math.round(o.y) };
  }
  return { positions, groups };
}
