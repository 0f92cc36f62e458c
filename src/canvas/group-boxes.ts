/**
 * Group boxes on the canvas. Task positions in the design are ABSOLUTE flow
 * coordinates (a file stays readable and a task keeps its place when it
 * changes group); a group's box is derived from its members: the bounding box
 * of its tasks and sub-groups plus padding. An empty group sits at its own
 * `ui` position with a minimum size. React Flow wants child positions
 * relative to the parent, so the canvas subtracts the parent box origin.
 */
import type { Design } from '../design/design.ts';
import { parentsOf, walkGroupChain } from '../design/ids.ts';
import { GROUP_PADDING, TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const EMPTY_GROUP = { width: 240, height: 120 };
/** A collapsed group's node: a card a little larger than a task, at the box's top-left. */
export const FOLDED_GROUP = { width: TASK_WIDTH + 40, height: TASK_HEIGHT + 24 };

/** Groups ordered so every parent comes before its children (React Flow requires it). */
export function groupsParentFirst(design: Design): Design['groups'] {
  const byId = new Map(design.groups.map((g) => [g.group_id, g]));
  const parents = parentsOf(design);
  const out: Design['groups'] = [];
  const placed = new Set<string>();
  for (const g of design.groups) {
    // A broken chain (cycle, unknown parent) still yields the groups walked: validation reports it.
    for (const id of walkGroupChain(parents, g.group_id).chain) {
      if (placed.has(id)) continue;
      placed.add(id);
      out.push(byId.get(id)!);
    }
  }
  return out;
}

/** Absolute box of every group, keyed by group_id. */
export function computeGroupBoxes(design: Design): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const known = new Set(design.groups.map((g) => g.group_id));
  const ordered = groupsParentFirst(design);
  // Children first: walk the parent-first order backwards.
  for (let i = ordered.length - 1; i >= 0; i--) {
    const g = ordered[i]!;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const include = (x: number, y: number, w: number, h: number) => {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x + w);
      maxY = Math.max(maxY, y + h);
    };
    for (const t of design.tasks) {
      if (t.group === g.group_id) include(t.ui?.x ?? 0, t.ui?.y ?? 0, TASK_WIDTH, TASK_HEIGHT);
    }
    for (const child of design.groups) {
      const b = child.parent === g.group_id ? boxes.get(child.group_id) : undefined;
      if (b) include(b.x, b.y, b.width, b.height);
    }
    if (minX === Infinity) {
      boxes.set(g.group_id, {
        x: g.ui?.x ?? 0,
        y: g.ui?.y ?? 0,
        ...(g.ui?.collapsed ? FOLDED_GROUP : EMPTY_GROUP),
      });
    } else if (g.ui?.collapsed) {
      // Folded: the box keeps its top-left (members keep their places inside it) but
      // is drawn, and counted in its parent's box, at the folded size.
      boxes.set(g.group_id, {
        x: minX - GROUP_PADDING.left,
        y: minY - GROUP_PADDING.top,
        ...FOLDED_GROUP,
      });
    } else {
      boxes.set(g.group_id, {
        x: minX - GROUP_PADDING.left,
        y: minY - GROUP_PADDING.top,
        width: maxX - minX + GROUP_PADDING.left + GROUP_PADDING.right,
        height: maxY - minY + GROUP_PADDING.top + GROUP_PADDING.bottom,
      });
    }
  }
  for (const id of boxes.keys()) if (!known.has(id)) boxes.delete(id);
  return boxes;
}

/**
 * The innermost open group whose box contains the point, or null. A folded
 * group and the groups inside it take no drops (a task dropped there would
 * vanish from view).
 */
export function groupAt(
  design: Design,
  point: { x: number; y: number },
  boxes: ReadonlyMap<string, Box> = computeGroupBoxes(design),
): string | null {
  const folded = new Set(design.groups.filter((g) => g.ui?.collapsed).map((g) => g.group_id));
  const closed = new Set<string>();
  const parents = parentsOf(design);
  for (const g of design.groups) {
    if (walkGroupChain(parents, g.group_id).chain.some((id) => folded.has(id))) {
      closed.add(g.group_id);
    }
  }
  let best: { id: string; area: number } | null = null;
  for (const [id, b] of boxes) {
    if (closed.has(id)) continue;
    const inside =
      point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height;
    const area = b.width * b.height;
    if (inside && (!best || area < best.area)) best = { id, area };
  }
  return best?.id ?? null;
}
