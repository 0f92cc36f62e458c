/** React Flow node and edge shapes used by the canvas. */
import type { Edge as FlowEdge, Node } from '@xyflow/react';
import type { TaskGroup } from '../design/design.ts';
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
