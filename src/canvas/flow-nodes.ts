/**
 * Design -> React Flow nodes/edges, with a cache so a change to one task
 * creates ONE new node object; every other node keeps its identity (React
 * Flow then skips them). The cache key is what the node SHOWS (operator
 * label and colour, position, parent group, pinned, finding marks, selection),
 * not the task object: typing in an argument makes a new task object but must
 * leave the canvas alone. When no node or edge changed, the previous arrays
 * are returned as they were, so React Flow skips its lookup rebuilds.
 */
import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { Design, Task } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { getOperator } from '../catalog/index.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import type { TaskMarks } from '../store/index.ts';
import { categoryColor } from './category-colors.ts';
import { computeGroupBoxes, groupsParentFirst } from './group-boxes.ts';
import type { Box } from './group-boxes.ts';
import { edgeId, groupNodeId } from './node-types.ts';
import type { DesignFlowEdge, FlowNode, GroupFlowNode, TaskFlowNode } from './node-types.ts';

export interface BuildInput {
  design: Design;
  selected: ReadonlySet<string>;
  selectedGroupId: string | null;
  marks: ReadonlyMap<string, TaskMarks>;
  /** Positions (relative to the parent, as React Flow reports them) of nodes being dragged. */
  overlay: ReadonlyMap<string, Position>;
  selectedEdges: ReadonlySet<string>;
}

interface TaskEntry {
  node: TaskFlowNode;
  key: unknown[];
}

// Arrowheads say which way a dependency runs. Hex, not CSS variables: React Flow
// writes the colour into SVG marker attributes, where var() does not resolve.
// Shared objects keep React Flow's marker <defs> to two entries. A selected
// edge is drawn in the accent colour inline, so path and arrowhead always match.
const EDGE_ARROW: EdgeMarker = {
  type: MarkerType.ArrowClosed,
  color: '#94a3b8',
  width: 20,
  height: 20,
};
const EDGE_ARROW_SELECTED: EdgeMarker = { ...EDGE_ARROW, color: '#2563eb' };
const SELECTED_EDGE_STYLE = { stroke: '#2563eb', strokeWidth: 2 };

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** The previous array when `next` holds the very same items, else `next`. */
const reuseIfSame = <T>(prev: T[], next: T[]): T[] => (sameKey(prev, next) ? prev : next);

/** What a task node shows besides its id and position: operator label and category colour. */
function taskLabel(task: Task): { label: string; color: string } {
  if (task.operator === 'custom') {
    return { label: task.custom?.class || 'Custom operator', color: categoryColor(undefined) };
  }
  const spec = getOperator(task.operator);
  return { label: spec?.label ?? task.operator, color: categoryColor(spec?.category) };
}

export interface NodeBuilder {
  build: (input: BuildInput) => {
    nodes: FlowNode[];
    edges: DesignFlowEdge[];
    boxes: Map<string, Box>;
  };
  /** Task node objects created so far (for checking the cache works). */
  readonly created: number;
}

export function createNodeBuilder(): NodeBuilder {
  let taskCache = new Map<string, TaskEntry>();
  let groupCache = new Map<string, { node: GroupFlowNode; key: unknown[] }>();
  let edgeCache = new Map<string, { edge: DesignFlowEdge; selected: boolean }>();
  let created = 0;
  let lastNodes: FlowNode[] = [];
  let lastEdges: DesignFlowEdge[] = [];

  const build = (input: BuildInput) => {
    const { design, selected, marks, overlay } = input;
    const boxes = computeGroupBoxes(design);
    const nextGroups = new Map<string, { node: GroupFlowNode; key: unknown[] }>();
    const nodes: FlowNode[] = [];

    for (const group of groupsParentFirst(design)) {
      const box = boxes.get(group.group_id)!;
      const parentBox = group.parent !== null ? boxes.get(group.parent) : undefined;
      const id = groupNodeId(group.group_id);
      const drag = overlay.get(id);
      const pos = drag ?? (parentBox ? { x: box.x - parentBox.x, y: box.y - parentBox.y } : box);
      const isSelected = input.selectedGroupId === group.group_id;
      const key = [group, pos.x, pos.y, box.width, box.height, isSelected, !!parentBox];
      const prev = groupCache.get(group.group_id);
      const entry =
        prev && sameKey(prev.key, key)
          ? prev
          : {
              key,
              node: {
                id,
                type: 'taskGroup' as const,
                position: { x: pos.x, y: pos.y },
                data: { group },
                width: box.width,
                height: box.height,
                measured: { width: box.width, height: box.height },
                selected: isSelected,
                zIndex: -1,
                ...(parentBox
                  ? { parentId: groupNodeId(group.parent!), extent: 'parent' as const }
                  : {}),
              },
            };
      nextGroups.set(group.group_id, entry);
      nodes.push(entry.node);
    }

    const nextTasks = new Map<string, TaskEntry>();
    for (const task of design.tasks) {
      if (nextTasks.has(task.task_id)) continue; // duplicate ids: validation reports them
      const parentBox = task.group !== null ? boxes.get(task.group) : undefined;
      const abs = task.ui ?? { x: 0, y: 0 };
      const drag = overlay.get(task.task_id);
      const pos = drag ?? (parentBox ? { x: abs.x - parentBox.x, y: abs.y - parentBox.y } : abs);
      const m = marks.get(task.task_id);
      const isSelected = selected.has(task.task_id);
      const { label, color } = taskLabel(task);
      const pinned = task.ui?.pinned === true;
      const key = [
        label,
        color,
        pos.x,
        pos.y,
        isSelected,
        parentBox ? task.group : null,
        pinned,
        m?.errors,
        m?.warnings,
        m?.first,
      ];
      const prev = taskCache.get(task.task_id);
      let entry: TaskEntry;
      if (prev && sameKey(prev.key, key)) {
        entry = prev;
      } else {
        created++;
        entry = {
          key,
          node: {
            id: task.task_id,
            type: 'task',
            position: { x: pos.x, y: pos.y },
            data: { label, color, pinned, marks: m },
            width: TASK_WIDTH,
            height: TASK_HEIGHT,
            measured: { width: TASK_WIDTH, height: TASK_HEIGHT },
            selected: isSelected,
            ariaLabel: `Task ${task.task_id}, ${label}`,
            ...(parentBox ? { parentId: groupNodeId(task.group!), extent: 'parent' as const } : {}),
          },
        };
      }
      nextTasks.set(task.task_id, entry);
      nodes.push(entry.node);
    }

    const nextEdges = new Map<string, { edge: DesignFlowEdge; selected: boolean }>();
    const edges: DesignFlowEdge[] = [];
    for (const e of design.edges) {
      const id = edgeId(e.from, e.to);
      if (nextEdges.has(id)) continue;
      const isSelected = input.selectedEdges.has(id);
      const prev = edgeCache.get(id);
      const entry =
        prev && prev.selected === isSelected
          ? prev
          : {
              selected: isSelected,
              edge: {
                id,
                source: e.from,
                target: e.to,
                selected: isSelected,
                markerEnd: isSelected ? EDGE_ARROW_SELECTED : EDGE_ARROW,
                ...(isSelected ? { style: SELECTED_EDGE_STYLE } : {}),
                ariaLabel: `${e.from} runs before ${e.to}`,
              },
            };
      nextEdges.set(id, entry);
      edges.push(entry.edge);
    }

    taskCache = nextTasks;
    groupCache = nextGroups;
    edgeCache = nextEdges;
    lastNodes = reuseIfSame(lastNodes, nodes);
    lastEdges = reuseIfSame(lastEdges, edges);
    return { nodes: lastNodes, edges: lastEdges, boxes };
  };

  return {
    build,
    get created() {
      return created;
    },
  };
}
