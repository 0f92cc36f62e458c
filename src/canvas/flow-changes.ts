/**
 * React Flow events -> design changes, as pure functions: the canvas
 * component only forwards events here and applies what comes back. A compound
 * edit (delete a selection, end a drag, group) is ONE change (a `batch` when
 * it has parts), so the store records one undo step with no gesture
 * bookkeeping in components.
 */
import type { Connection, Edge as RfEdge, EdgeChange, NodeChange } from '@xyflow/react';
import type { Design } from '../design/design.ts';
import type { DesignChange, Position } from '../model/changes.ts';
import { applyChange } from '../model/changes.ts';
import { commitDrag } from './drag-commit.ts';
import { computeGroupBoxes } from './group-boxes.ts';
import { makeRoomForGroup } from './make-room-for-group.ts';
import { regroupAfterDrag } from './regroup-on-drop.ts';
import { GROUP_NODE_PREFIX } from './node-types.ts';

/** What `onDelete` hands over, reduced to what the translation reads. */
export interface DeletedElements {
  nodes: readonly { id: string; type?: string; selected?: boolean }[];
  edges: readonly { source: string; target: string; selected?: boolean }[];
}

/**
 * React Flow also hands over the members of a deleted group and every edge
 * touching a deleted node. Only what the user SELECTED goes: deleting a group
 * box ungroups its tasks (they move up a level), and the edges of deleted
 * tasks go with `removeTasks`.
 */
export function deletionChange({ nodes, edges }: DeletedElements): DesignChange | null {
  const changes: DesignChange[] = [];
  const cut = edges.filter((e) => e.selected).map((e) => ({ from: e.source, to: e.target }));
  if (cut.length > 0) changes.push({ type: 'removeEdges', edges: cut });
  const taskIds = nodes.filter((n) => n.type === 'task' && n.selected).map((n) => n.id);
  if (taskIds.length > 0) changes.push({ type: 'removeTasks', ids: taskIds });
  for (const n of nodes) {
    if (n.type === 'taskGroup' && n.selected) {
      changes.push({ type: 'removeGroup', groupId: n.id.slice(GROUP_NODE_PREFIX.length) });
    }
  }
  return asOneChange(changes);
}

/** The node positions in `changes` (relative to each node's parent), or null when none moved. */
export function movedPositions(
  changes: readonly NodeChange[],
): ReadonlyMap<string, Position> | null {
  let moved: Map<string, Position> | null = null;
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      moved ??= new Map();
      moved.set(c.id, c.position);
    }
  }
  return moved;
}

/**
 * The end of a drag (or an arrow-key move): the dragged nodes' final relative
 * positions as one `moveNodes` of absolute positions (plus the group changes
 * of a node dropped into or out of a group), or null when nothing moved.
 */
export function moveChange(
  design: Design,
  moved: ReadonlyMap<string, Position>,
): DesignChange | null {
  if (moved.size === 0) return null;
  const { positions, groups } = commitDrag(design, computeGroupBoxes(design), moved);
  if (Object.keys(positions).length === 0 && Object.keys(groups).length === 0) return null;
  const move: DesignChange = { type: 'moveNodes', positions, groups };
  // Dropped into or out of a group: the same undo step changes its group.
  const after = applyChange(design, move).design;
  const ids = [...moved.keys()];
  const regroup = regroupAfterDrag(
    design,
    after,
    ids.filter((id) => !id.startsWith(GROUP_NODE_PREFIX)),
    ids
      .filter((id) => id.startsWith(GROUP_NODE_PREFIX))
      .map((id) => id.slice(GROUP_NODE_PREFIX.length)),
  );
  return asOneChange([move, ...regroup]);
}

/** The edge selection after React Flow's edge `select` changes, or null when it did not change. */
export function edgeSelectionAfter(
  current: ReadonlySet<string>,
  changes: readonly EdgeChange<RfEdge>[],
): ReadonlySet<string> | null {
  let next: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    next ??= new Set(current);
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next;
}

/** The end of a connection drag, as React Flow reports it. */
export interface ConnectionEnd {
  isValid: boolean | null;
  fromNodeId: string | undefined;
  toNodeId: string | undefined;
  /** The handle the drag started from: 'target' when drawn backwards (from an input). */
  fromHandleType: string | undefined;
}

/** A connection dropped on a refused target: why, in words (cycle path, duplicate, self-loop). */
export function refusedConnectionReason(design: Design, end: ConnectionEnd): string | null {
  if (end.isValid || !end.fromNodeId || !end.toNodeId) return null;
  const fromIsSource = end.fromHandleType !== 'target';
  const from = fromIsSource ? end.fromNodeId : end.toNodeId;
  const to = fromIsSource ? end.toNodeId : end.fromNodeId;
  if (from.startsWith(GROUP_NODE_PREFIX) || to.startsWith(GROUP_NODE_PREFIX)) return null;
  return applyChange(design, { type: 'connect', from, to }).error ?? null;
}

/** A drawn connection as a `connect` change (React Flow's source -> target). */
export function connectChange(c: Connection): DesignChange {
  return { type: 'connect', from: c.source, to: c.target };
}

/** The next free `group_<n>` id. */
export function nextGroupId(design: Design): string {
  const taken = new Set(design.groups.map((g) => g.group_id));
  let n = 1;
  while (taken.has(`group_${n}`)) n++;
  return `group_${n}`;
}

/**
 * Putting tasks into a new group, as one batch: the group (nested where the
 * first task lives, so grouping never moves tasks across groups), its
 * members, and the tasks its box would cover moved below it (the box holds
 * only its members).
 */
export function groupChange(
  design: Design,
  taskIds: readonly string[],
): { change: DesignChange; groupId: string } | null {
  if (taskIds.length === 0) return null;
  const groupId = nextGroupId(design);
  const parent = design.tasks.find((t) => t.task_id === taskIds[0])?.group ?? null;
  const changes: DesignChange[] = [
    { type: 'addGroup', group: { group_id: groupId, parent, tooltip: null } },
    ...taskIds.map((taskId): DesignChange => ({
      type: 'setTaskField',
      taskId,
      field: 'group',
      value: groupId,
    })),
  ];
  const grouped = applyChange(design, { type: 'batch', changes });
  if (grouped.error !== undefined) return null;
  const room = makeRoomForGroup(grouped.design, groupId);
  if (Object.keys(room).length > 0) changes.push({ type: 'moveNodes', positions: room });
  return { change: { type: 'batch', changes }, groupId };
}

/** One change for a list: nothing, the change itself, or a batch. */
export function asOneChange(changes: readonly DesignChange[]): DesignChange | null {
  if (changes.length === 0) return null;
  if (changes.length === 1) return changes[0]!;
  return { type: 'batch', changes };
}
