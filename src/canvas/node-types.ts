/** React Flow node and edge shapes used by the canvas. */
import type { Edge as FlowEdge, Node } from '@xyflow/react';
import type { Task, TaskGroup } from '../model/design.ts';
import type { TaskMarks } from '../store/index.ts';

export type TaskNodeData = {
  task: Task;
  label: string;
  color: string;
  marks: TaskMarks | undefined;
};

export type GroupNodeData = {
  group: TaskGroup;
};

export type TaskFlowNode = Node<TaskNodeData, 'task'>;
export type GroupFlowNode = Node<GroupNodeData, 'taskGroup'>;
export type FlowNode = TaskFlowNode | GroupFlowNode;
export type DesignFlowEdge = FlowEdge;

export const GROUP_NODE_PREFIX = 'group:';
export const groupNodeId = (groupId: string): string => `${GROUP_NODE_PREFIX}${groupId}`;
export const edgeId = (from: string, to: string): string => `${from}->${to}`;
