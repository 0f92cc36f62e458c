/**
 * Design -> ELK graph and ELK result -> positions. Pure, so it is unit-tested
 * in Node and the worker only runs ELK.
 *
 * - Layered algorithm, direction RIGHT: upstream left, downstream right.
 * - Task groups are compound nodes, laid out as boxes with the same padding
 *   the canvas draws. Up to SEPARATE_ABOVE tasks the whole hierarchy is laid
 *   out in one pass (`INCLUDE_CHILDREN`, edges may cross group borders).
 *   Above it each group is laid out on its own (`SEPARATE_CHILDREN`: ELK's
 *   cost grows much faster than linearly with one big graph; 2,000 grouped
 *   tasks drop from ~3.4 s to ~0.5 s) and an edge that crosses group borders
 *   becomes a PROXY edge, see `proxyEdges`. We only read positions (React
 *   Flow draws the edges), so ELK's routes through proxies never show.
 * - Pinned tasks (`ui.pinned`): ELK's layered algorithm cannot hold single
 *   nodes fixed, so we POST-ADJUST: the layout runs on every task (so ranks
 *   and edge routing stay sensible), then each pinned task is put back where
 *   it was and any laid-out task that now overlaps a pinned one moves down
 *   until it is free. See `readElkLayout`.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { GROUP_PADDING, PLACEMENT_GAP, TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';
import type { Size } from './node-size.ts';

/** The layered options every laid-out level uses (root and, when separate, each group). */
const LAYERED: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
};

/** The one-pass options (what every design used before; the bench's "default ELK"). */
export const ELK_ROOT_OPTIONS: Record<string, string> = {
  ...LAYERED,
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

const SEPARATE_ROOT_OPTIONS: Record<string, string> = {
  ...ELK_ROOT_OPTIONS,
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
};

const PADDING = `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.left},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.right}]`;
const GROUP_OPTIONS: Record<string, string> = { 'elk.padding': PADDING };
// Laid out on its own, a group needs the layered options itself (they are not inherited).
const SEPARATE_GROUP_OPTIONS: Record<string, string> = { ...LAYERED, 'elk.padding': PADDING };

/** Above this many tasks groups are laid out separately (below, one pass is fast and tidier). */
export const SEPARATE_ABOVE = 250;

/** How groups are laid out: `auto` picks by size (SEPARATE_ABOVE). */
export type Hierarchy = 'auto' | 'include' | 'separate';

export const taskNodeId = (taskId: string): string => `t:${taskId}`;
export const groupElkId = (groupId: string): string => `g:${groupId}`;

/**
 * The ELK graph for a design. `sizes` overrides the size of individual tasks
 * (by task id); everything else uses the fixed task size.
 */
export function buildElkGraph(
  design: Design,
  sizes: ReadonlyMap<string, Size> = new Map(),
  hierarchy: Hierarchy = 'auto',
): ElkNode {
  const separate =
    hierarchy === 'separate' || (hierarchy === 'auto' && design.tasks.length > SEPARATE_ABOVE);
  const groupIds = new Set(design.groups.map((g) => g.group_id));
  const groupNodes = new Map<string, ElkNode>();
  for (const g of design.groups) {
    groupNodes.set(g.group_id, {
      id: groupElkId(g.group_id),
      layoutOptions: separate ? SEPARATE_GROUP_OPTIONS : GROUP_OPTIONS,
      children: [],
      edges: [],
    });
  }
  const root: ElkNode = {
    id: 'root',
    layoutOptions: separate ? SEPARATE_ROOT_OPTIONS : ELK_ROOT_OPTIONS,
    children: [],
    edges: [],
  };
  // Each ELK node's container, for the proxy edges.
  const parentOf = new Map<ElkNode, ElkNode>();
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
    parentOf.set(node, parent ?? root);
  }
  const taskIds = new Set<string>();
  const taskNodes = new Map<string, ElkNode>();
  for (const t of design.tasks) {
    if (taskIds.has(t.task_id)) continue;
    taskIds.add(t.task_id);
    const size = sizes.get(t.task_id) ?? { width: TASK_WIDTH, height: TASK_HEIGHT };
    const node: ElkNode = { id: taskNodeId(t.task_id), width: size.width, height: size.height };
    const parent = t.group !== null ? groupNodes.get(t.group) : undefined;
    (parent ?? root).children!.push(node);
    taskNodes.set(t.task_id, node);
    parentOf.set(node, parent ?? root);
  }
  const seen = new Set<string>();
  for (const e of design.edges) {
    const id = `e:${e.from}->${e.to}`;
    if (seen.has(id) || e.from === e.to || !taskIds.has(e.from) || !taskIds.has(e.to)) continue;
    seen.add(id);
    if (!separate) {
      root.edges!.push({ id, sources: [taskNodeId(e.from)], targets: [taskNodeId(e.to)] });
      continue;
    }
    const proxy = proxyEdge(taskNodes.get(e.from)!, taskNodes.get(e.to)!, parentOf);
    if (!proxy) continue;
    const key = `${proxy.container.id} ${proxy.source.id} ${proxy.target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    proxy.container.edges!.push({ id, sources: [proxy.source.id], targets: [proxy.target.id] });
  }
  return root;
}

/** From a node up to the root: the node, its container, ..., root. */
function chainUp(node: ElkNode, parentOf: ReadonlyMap<ElkNode, ElkNode>): ElkNode[] {
  const chain = [node];
  for (let p = parentOf.get(node); p; p = parentOf.get(p)) chain.push(p);
  return chain;
}

/**
 * Where an edge goes when groups are laid out separately: ELK then sees only
 * edges between siblings, so an edge between tasks in different groups is
 * replaced, inside their lowest common container, by one between the two
 * ancestors that are that container's direct children (its groups or the
 * tasks themselves). Null when both ends collapse to one node (never for two
 * distinct tasks: a guard, so a bad parent map cannot make a self-loop).
 */
function proxyEdge(
  from: ElkNode,
  to: ElkNode,
  parentOf: ReadonlyMap<ElkNode, ElkNode>,
): { container: ElkNode; source: ElkNode; target: ElkNode } | null {
  const up = chainUp(from, parentOf);
  const onFromChain = new Map(up.map((n, i) => [n, i]));
  const down = chainUp(to, parentOf);
  for (let j = 1; j < down.length; j++) {
    const i = onFromChain.get(down[j]!);
    if (i === undefined) continue;
    const source = up[i - 1];
    const target = down[j - 1]!;
    return source && source !== target ? { container: down[j]!, source, target } : null;
  }
  return null;
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
