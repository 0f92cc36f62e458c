/**
 * Incremental layout: after a small edit, move only what must move.
 *
 * "Since the last layout" is known from a MEMORY of where the last layout
 * left every task (and in which group), kept by whoever runs layouts (the
 * layout worker), never in the design file. A task is TOUCHED when it is new,
 * was moved by hand, or changed group since then. Touched tasks are put back
 * where the layout had them when that still works, else right of their
 * upstream tasks; then, in dependency order, any task left of one of its
 * upstream tasks moves right of it (the ripple). Everything else, and every
 * pinned task, stays exactly where it is.
 *
 * When the edit is not small (no memory, many tasks touched or to move, a cycle), this
 * says so (null) and the caller runs the full ELK layout.
 */
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { buildGraph, pred, topologicalOrder } from '../model/graph.ts';
import { TASK_WIDTH } from './node-size.ts';
import { freeSpotAmong } from './placement.ts';

/** Where the last layout left each task, and its group then. */
export type LayoutMemory = ReadonlyMap<string, { x: number; y: number; group: string | null }>;

/** Above this many touched tasks (or this share of all) a full layout is cheaper to trust. */
const TOUCHED_AT_MOST = 50;
const TOUCHED_SHARE_AT_MOST = 0.1;
/** The gap between a task and its upstream one: ELK's own layer spacing (elk-graph.ts). */
const LAYER_GAP = 80;
/**
 * A downstream task closer than this to its upstream one's right side must
 * move. Below ELK's smallest gap between layers (20px: inside a group laid
 * out with the whole hierarchy ELK uses its default spacing), or a fresh
 * layout would already "need" fixing.
 */
const MIN_GAP = 16;

/** The memory of a layout just applied: `positions` over the design's own. */
export function rememberLayout(
  design: Design,
  positions: Readonly<Record<string, Position>>,
): LayoutMemory {
  const memory = new Map<string, { x: number; y: number; group: string | null }>();
  for (const t of design.tasks) {
    const p = positions[t.task_id] ?? t.ui ?? { x: 0, y: 0 };
    if (!memory.has(t.task_id)) memory.set(t.task_id, { x: p.x, y: p.y, group: t.group });
  }
  return memory;
}

/** Tasks new, moved by hand or regrouped since `memory` (pinned tasks are never touched). */
export function touchedSince(design: Design, memory: LayoutMemory): string[] {
  const touched: string[] = [];
  for (const t of design.tasks) {
    if (t.ui?.pinned) continue;
    const m = memory.get(t.task_id);
    const ui = t.ui ?? { x: 0, y: 0 };
    if (!m || m.group !== t.group || m.x !== ui.x || m.y !== ui.y) touched.push(t.task_id);
  }
  return touched;
}

/**
 * New positions for the tasks that must move after a small edit (only
 * those), or null when a full layout is needed instead.
 */
export function placeIncrementally(
  design: Design,
  memory: LayoutMemory | null,
): Record<string, Position> | null {
  if (!memory) return null;
  const touched = new Set(touchedSince(design, memory));
  const limit = Math.max(TOUCHED_AT_MOST, design.tasks.length * TOUCHED_SHARE_AT_MOST);
  if (touched.size > limit) return null;
  const graph = buildGraph(design.tasks, design.edges);
  const order = topologicalOrder(graph);
  if (!order) return null;

  const now = new Map<string, Position>();
  const pinned = new Set<string>();
  const groupOf = new Map<string, string | null>();
  for (const t of design.tasks) {
    if (now.has(t.task_id)) continue;
    now.set(t.task_id, { x: t.ui?.x ?? 0, y: t.ui?.y ?? 0 });
    groupOf.set(t.task_id, t.group);
    if (t.ui?.pinned) pinned.add(t.task_id);
  }
  const leftOfUpstream = (id: string, p: Position) =>
    pred(graph, id).some((u) => p.x < now.get(u)!.x + TASK_WIDTH + MIN_GAP);
  const others = (id: string) => [...now].flatMap(([k, p]) => (k === id ? [] : [p]));
  const moved: Record<string, Position> = {};
  let count = 0;

  for (const id of order) {
    if (pinned.has(id)) continue;
    const here = now.get(id)!;
    if (!touched.has(id) && !leftOfUpstream(id, here)) continue;
    const taken = others(id);
    // Back to where the layout had it, unless it changed group (that spot is the old group's).
    const remembered = memory.get(id);
    const back = remembered?.group === groupOf.get(id) ? remembered : undefined;
    let spot: Position;
    if (
      back &&
      touched.has(id) &&
      !leftOfUpstream(id, back) &&
      sameSpot(freeSpotAmong(taken, back), back)
    ) {
      spot = { x: back.x, y: back.y };
    } else {
      // Right of the rightmost upstream task, on its row; a task with none stays in its column.
      const ups = pred(graph, id).map((u) => now.get(u)!);
      const anchor = ups.reduce<Position | null>((a, p) => (a && a.x >= p.x ? a : p), null);
      const wanted = anchor ? { x: anchor.x + TASK_WIDTH + LAYER_GAP, y: anchor.y } : here;
      spot = freeSpotAmong(taken, wanted);
    }
    if (sameSpot(spot, here)) continue;
    now.set(id, spot);
    moved[id] = spot;
    // A ripple this wide (an insert early in a long chain) is a new layout, not an edit.
    if (++count > limit) return null;
  }
  return moved;
}

const sameSpot = (a: Position, b: Position) => a.x === b.x && a.y === b.y;
