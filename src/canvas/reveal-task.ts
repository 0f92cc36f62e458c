/**
 * Is a task box visible in the canvas pane? Used after a keyboard insert: the
 * new task may land right of the selected one, past the pane's edge, where
 * the user would never see it appear.
 */
import type { Position } from '../model/changes.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** True when the whole task box at flow position `at` lies inside a pane of `width` x `height`. */
export function taskFullyVisible(
  at: Position,
  viewport: Viewport,
  pane: { width: number; height: number },
): boolean {
  const left = at.x * viewport.zoom + viewport.x;
  const top = at.y * viewport.zoom + viewport.y;
  const right = left + TASK_WIDTH * viewport.zoom;
  const bottom = top + TASK_HEIGHT * viewport.zoom;
  return left >= 0 && top >= 0 && right <= pane.width && bottom <= pane.height;
}
