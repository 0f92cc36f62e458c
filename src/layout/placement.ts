/**
 * Where a new task goes without re-running the layout: at the drop point, or
 * to the right of an anchor task, moved down until it overlaps nothing.
 */
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { PLACEMENT_GAP, TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';

const overlaps = (a: Position, b: Position): boolean =>
  Math.abs(a.x - b.x) < TASK_WIDTH + PLACEMENT_GAP / 2 &&
  Math.abs(a.y - b.y) < TASK_HEIGHT + PLACEMENT_GAP / 2;

/** The first spot at or below `wanted` (in steps of one row) that overlaps no task. */
export function freeSpot(design: Design, wanted: Position): Position {
  return freeSpotAmong(
    design.tasks.flatMap((t) => (t.ui ? [t.ui] : [])),
    wanted,
  );
}

/** The first spot at or below `wanted` (in steps of one row) that overlaps none of `taken`. */
export function freeSpotAmong(taken: readonly Position[], wanted: Position): Position {
  const spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  for (let i = 0; i < 1000 && taken.some((p) => overlaps(p, spot)); i++) {
    spot.y += TASK_HEIGHT + PLACEMENT_GAP / 2;
  }
  return spot;
}

/** A free spot right of `anchorId` (same row when possible); null when the anchor is unknown. */
export function spotRightOf(design: Design, anchorId: string): Position | null {
  const anchor = design.tasks.find((t) => t.task_id === anchorId);
  if (!anchor) return null;
  const ui = anchor.ui ?? { x: 0, y: 0 };
  return freeSpot(design, { x: ui.x + TASK_WIDTH + PLACEMENT_GAP, y: ui.y });
}
