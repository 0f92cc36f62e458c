/**
 * React Flow's node `select` changes -> the editor's selection. The store
 * selects EITHER tasks OR one group. A rubber band over group boxes reports
 * the groups as well as the tasks inside them; picking a group there would
 * drop every task, so groups only win when no task stays selected (a click
 * on a group box deselects the tasks, so that click still selects the group).
 */
import type { NodeChange } from '@xyflow/react';
import { GROUP_NODE_PREFIX } from './node-types.ts';

export type SelectionUpdate =
  { kind: 'tasks'; taskIds: string[] } | { kind: 'group'; groupId: string | null };

export interface CurrentSelection {
  selectedTaskIds: readonly string[];
  selectedGroupId: string | null;
}

/** The selection after `changes`, or null when they do not change it. */
export function selectionAfter(
  changes: readonly NodeChange[],
  current: CurrentSelection,
): SelectionUpdate | null {
  const picked: string[] = [];
  const dropped = new Set<string>();
  let pickedGroup: string | null = null;
  let groupDropped = false;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.id.startsWith(GROUP_NODE_PREFIX)) {
      if (c.selected) pickedGroup = c.id.slice(GROUP_NODE_PREFIX.length);
      else groupDropped = true;
    } else if (c.selected) picked.push(c.id);
    else dropped.add(c.id);
  }
  const taskIds = current.selectedTaskIds.filter((id) => !dropped.has(id));
  const kept = new Set(taskIds);
  for (const id of picked) {
    if (!kept.has(id)) {
      kept.add(id);
      taskIds.push(id);
    }
  }
  if (pickedGroup !== null && taskIds.length === 0) return { kind: 'group', groupId: pickedGroup };
  if (picked.length > 0 || dropped.size > 0) return { kind: 'tasks', taskIds };
  if (groupDropped && current.selectedGroupId !== null) return { kind: 'group', groupId: null };
  return null;
}
