/**
 * Turns React Flow's end-of-drag positions (relative to each node's parent)
 * back into the design's absolute task positions, so one drag is one
 * `moveNodes` change. A dragged group moves all its members with it.
 */
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import type { Box } from './group-boxes.ts';
import { groupNodeId } from './node-types.ts';
import { parentsOf, walkGroupChain } from '../design/ids.ts';

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
  const parents = parentsOf(design);
  const oldBox = (groupId: string | null): Position =>
    (groupId !== null ? boxes.get(groupId) : undefined) ?? { x: 0, y: 0 };
  const newOrigin = new Map<string, Position>();
  // A group's new origin: its parent's new origin plus its own position
  // relative to that parent (dragged, or as it was), down the one group chain.
  const groupOrigin = (groupId: string): Position => {
    const known = newOrigin.get(groupId);
    if (known) return known;
    const walk = walkGroupChain(parents, groupId);
    // A broken chain (cycle, unknown parent; validation reports it) starts where its top box is.
    let origin = walk.broken ? oldBox(parents.get(walk.chain[0] ?? '') ?? null) : { x: 0, y: 0 };
    for (const g of walk.chain) {
      const parentOld = oldBox(parents.get(g) ?? null);
      const box = oldBox(g);
      const rel = overlay.get(groupNodeId(g)) ?? { x: box.x - parentOld.x, y: box.y - parentOld.y };
      origin = newOrigin.get(g) ?? { x: origin.x + rel.x, y: origin.y + rel.y };
      newOrigin.set(g, origin);
    }
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
