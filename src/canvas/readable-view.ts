/**
 * Which tasks to fit in view after a design is loaded or laid out. Fitting a
 * 200-task design whole gives zoom ~0.1: a grey column where no name can be
 * read. So when everything does not fit at a readable zoom, show where the
 * DAG STARTS (its roots, on the left) at that zoom, and let the minimap show
 * the rest.
 */
import type { Design } from '../design/design.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';

/** Below this zoom task names (13px) are too small to read. */
export const MIN_READABLE_ZOOM = 0.5;
/** React Flow's default fitView padding (a fraction of the pane). */
export const FIT_PADDING = 0.1;

interface Rect {
  x: number;
  y: number;
  right: number;
  bottom: number;
}

const boxOf = (ui: { x: number; y: number }): Rect => ({
  x: ui.x,
  y: ui.y,
  right: ui.x + TASK_WIDTH,
  bottom: ui.y + TASK_HEIGHT,
});

const union = (rects: Rect[]): Rect => ({
  x: Math.min(...rects.map((r) => r.x)),
  y: Math.min(...rects.map((r) => r.y)),
  right: Math.max(...rects.map((r) => r.right)),
  bottom: Math.max(...rects.map((r) => r.bottom)),
});

/**
 * The task ids to fit, or null to fit everything (it is readable as a whole,
 * or there is nothing to show). `pane` is the canvas size in screen pixels.
 */
export function readableFitTargets(
  design: Design,
  pane: { width: number; height: number },
  minZoom = MIN_READABLE_ZOOM,
): string[] | null {
  const placed = design.tasks.map((t) => ({ id: t.task_id, box: boxOf(t.ui ?? { x: 0, y: 0 }) }));
  if (placed.length === 0 || pane.width <= 0 || pane.height <= 0) return null;
  const all = union(placed.map((p) => p.box));
  const scale = 1 + FIT_PADDING;
  const zoomAll = Math.min(
    pane.width / ((all.right - all.x) * scale),
    pane.height / ((all.bottom - all.y) * scale),
  );
  if (zoomAll >= minZoom) return null;

  // Roots: tasks nothing runs before. A design that is one big cycle has none: use the leftmost.
  const downstream = new Set(design.edges.filter((e) => e.from !== e.to).map((e) => e.to));
  let roots = placed.filter((p) => !downstream.has(p.id));
  if (roots.length === 0) roots = [placed.reduce((a, b) => (b.box.x < a.box.x ? b : a))];
  const rootBox = union(roots.map((r) => r.box));

  // A pane-sized window at `minZoom`: left edge at the design's left, centred on the roots.
  const width = pane.width / minZoom / scale;
  const height = pane.height / minZoom / scale;
  const centreY = (rootBox.y + rootBox.bottom) / 2;
  const top = Math.max(all.y, Math.min(centreY - height / 2, all.bottom - height));
  const window: Rect = { x: all.x, y: top, right: all.x + width, bottom: top + height };
  const inside = placed.filter(
    (p) =>
      p.box.x >= window.x &&
      p.box.right <= window.right &&
      p.box.y >= window.y &&
      p.box.bottom <= window.bottom,
  );
  return (inside.length > 0 ? inside : roots.slice(0, 1)).map((p) => p.id);
}
