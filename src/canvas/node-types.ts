/** React Flow node and edge shapes used by the canvas. */
import type { Edge as FlowEdge, Node } from '@xyflow/react';
import type { TaskGroup, TaskRole } from '../design/design.ts';
import type { TaskMarks } from '../store/index.ts';

/** Only what the node shows: a change elsewhere in the task (its args) leaves the node alone. */
export type TaskNodeData = {
  /** The task_id shown (the node id is the editor key: `<id>~<n>` for a repeat of a shared id). */
  taskId: string;
  /** Which of the tasks sharing this id (1 = the first). */
  occurrence: number;
  label: string;
  pinned: boolean;
  color: string;
  marks: TaskMarks | undefined;
  /** Asset URIs the task updates, drawn as chips (empty when none). */
  outlets: readonly string[];
  /** Setup or teardown, drawn with Airflow's up / down arrow. */
  role: TaskRole | undefined;
  /** The argument a mapped task expands over (drawn as a stacked card with `[ ]`), or null. */
  mappedOver: string | null;
};

export type GroupNodeData = {
  group: TaskGroup;
  /** Drawn as one folded card (`ui.collapsed`). */
  folded: boolean;
  /** Tasks hidden inside the folded card. */
  taskCount: number;
};

export type TaskFlowNode = Node<TaskNodeData, 'task'>;
export type GroupFlowNode = Node<GroupNodeData, 'taskGroup'>;
export type FlowNode = TaskFlowNode | GroupFlowNode;
export type DesignFlowEdge = FlowEdge;

export const GROUP_NODE_PREFIX = 'group:';
export const groupNodeId = (groupId: string): string => `${GROUP_NODE_PREFIX}${groupId}`;
export const edgeId = (from: string, to: string): string => `${from}->${to}`;
/**
 * The dotted setup -> teardown relation drawn when no edge joins them (Airflow
 * adds it itself): not a design edge, so it cannot be selected or deleted.
 */
export const setupRelationId = (setup: string, teardown: string): string =>
  `setup:${setup}->${teardown}`;
/** Class on edges drawn dotted: the relation between a setup and its teardown. */
export const SETUP_RELATION_CLASS = 'setup-teardown';

/**
 * memo() comparator of the task and group views: they draw only their id,
 * data and selection. React Flow also passes positions, dragging and
 * z-index, which change for every node of a moved selection on every frame.
 */
export function sameDrawnProps(
  a: { id: string; data: unknown; selected?: boolean },
  b: { id: string; data: unknown; selected?: boolean },
): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected;
}
