/**
 * Design -> ELK graph and ELK result -> positions. Pure, so it is unit-tested
 * in Node and the worker only runs ELK.
 *
 * - Layered algorithm, direction RIGHT: upstream left, downstream right.
 * - Task groups are compound nodes (`elk.hierarchyHandling: INCLUDE_CHILDREN`
 *   so edges may cross group borders), laid out as boxes with the same padding
 *   the canvas draws.
 * - Pinned tasks (`ui.pinned`): ELK's layered algorithm cannot hold single
 *   nodes fixed, so we POST-ADJUST: the layout runs on every task (so ranks
 *   and edge routing stay sensible), then each pinned task is put back where
 *   it was and any laid-out task that now overlaps a pinned one moves down
 *   until it is free. See `readElkLayout`.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { GROUP_PADDING, PLACEMENT_GAP, TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';
import type { Size } from './node-size.ts';

export const ELK_ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

const GROUP_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.left},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.right}]`,
};

export const taskNodeId = (taskId: string): string => `t:${taskId}`;
export const groupElkId = (groupId: string): string => `g:${groupId}`;

/**
 * The ELK graph for a design. `sizes` overrides the size of individual tasks
 * (by task id); everything else uses the fixed task size.
 */
export function buildElkGraph(
  design: Design,
  sizes: ReadonlyMap<string, Size> = new Map(),
): ElkNode {
  const groupIds = new Set(design.groups.map((g) => g.group_id));
  const groupNodes = new Map<string, ElkNode>();
  for (const g of design.groups) {
    groupNodes.set(g.group_id, {
      id: groupElkId(g.group_id),
      layoutOptions: GROUP_OPTIONS,
      children: [],
    });
  }
  const root: ElkNode = { id: 'root', layoutOptions: ELK_ROOT_OPTIONS, children: [], edges: [] };
  // A group whose parent chain loops or names a missing group sits at the root.
  const parentOk = (groupId: string): boolean => {
    const seen = new Set<string>();
    for (let g: string | null = groupId; g !== null;) {
      if (seen.has(g) || !groupIds.has(g)) return false;
      seen.add(g);
      g = design.groups.find((x) => x.group_id === g)!.parent;
    }
    return true;
  };
  for (const g of design.groups) {
    const node = groupNodes.get(g.group_id)!;
    const parent = g.parent !== null && parentOk(g.group_id) ? groupNodes.get(g.parent) : undefined;
    (parent ?? root).children!.push(node);
  }
  const taskIds = new Set<string>();
  for (const t of design.tasks) {
    if (taskIds.has(t.task_id)) continue;
    taskIds.add(t.task_id);
    const size = sizes.get(t.task_id) ?? { width: TASK_WIDTH, height: TASK_HEIGHT };
    const node: ElkNode = { id: taskNodeId(t.task_id), width: size.width, height: size.height };
    const parent = t.group !== null ? groupNodes.get(t.group) : undefined;
    (parent ?? root).children!.push(node);
  }
  const seen = new Set<string>();
  const edges: ElkExtendedEdge[] = root.edges!;
  for (const e of design.edges) {
    const id = `e:${e.from}->${e.to}`;
    if (seen.has(id) || e.from === e.to || !taskIds.has(e.from) || !taskIds.has(e.to)) continue;
    seen.add(id);
    edges.push({ id, sources: [taskNodeId(e.from)], targets: [taskNodeId(e.to)] });
  }
  return root;
}

export interface LayoutPositions {
  /** Absolute top-left of every task. */
  positions: Record<string, Position>;
  /** Absolute top-left of every group box (used for empty groups). */
  groups: Record<string, Position>;
}

/** Reads absolute positions from ELK's result (child coordinates are relative to the parent). */
export function readElkLayout(design: Design, laidOut: ElkNode): LayoutPositions {
  const positions: Record<string, Position> = {};
  const groups: Record<string, Position> = {};
  const walk = (node: ElkNode, ox: number, oy: number) => {
    for (const child of node.children ?? []) {
      const x = Math.round(ox + (child.x ?? 0));
      const y = Math.round(oy + (child.y ?? 0));
      if (child.id.startsWith('t:')) positions[child.id.slice(2)] = { x, y };
      else if (child.id.startsWith('g:')) groups[child.id.slice(2)] = { x, y };
      walk(child, x, y);
    }
  };
  walk(laidOut, 0, 0);
  return { positions, groups: keepPinned(design, positions, groups) };
}

const overlap = (a: Position, b: Position): boolean =>
  Math.abs(a.x - b.x) < TASK_WIDTH + PLACEMENT_GAP / 2 &&
  Math.abs(a.y - b.y) < TASK_HEIGHT + PLACEMENT_GAP / 2;

/** Puts pinned tasks back and moves laid-out tasks off them (mutates `positions`). */
function keepPinned(
  design: Design,
  positions: Record<string, Position>,
  groups: Record<string, Position>,
): Record<string, Position> {
  const pinned = design.tasks.filter((t) => t.ui?.pinned);
  if (pinned.length === 0) return groups;
  const fixed = pinned.map((t) => ({ x: t.ui!.x, y: t.ui!.y }));
  for (const t of pinned) positions[t.task_id] = { x: t.ui!.x, y: t.ui!.y };
  const pinnedIds = new Set(pinned.map((t) => t.task_id));
  for (const [id, p] of Object.entries(positions)) {
    if (pinnedIds.has(id)) continue;
    for (let i = 0; i < 1000 && fixed.some((f) => overlap(f, p)); i++)
      p.y += TASK_HEIGHT + PLACEMENT_GAP / 2;
  }
  return groups;
}
