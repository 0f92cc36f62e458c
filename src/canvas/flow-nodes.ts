/**
 * Design -> React Flow nodes/edges, with a cache so a change to one task
 * creates ONE new node object; every other node keeps its identity (React
 * Flow then skips them). The cache key is what the node SHOWS (operator
 * label and colour, position, parent group, pinned, finding marks, selection,
 * on the critical path, outlets, setup/teardown role),
 * not the task object: typing in an argument makes a new task object but must
 * leave the canvas alone. When no node or edge changed, the previous arrays
 * are returned as they were, so React Flow skips its lookup rebuilds.
 */
import { MarkerType, Position as Side, type EdgeMarker } from '@xyflow/react';
import type { Design, Task } from '../design/design.ts';
import { taskKeys } from '../design/ids.ts';
import type { Position } from '../model/changes.ts';
import { sameExceptUi } from '../model/differs-only-in-ui.ts';
import { getOperator } from '../catalog/index.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import type { TaskMarks } from '../store/index.ts';
import { categoryColor } from './category-colors.ts';
import { CRITICAL_CLASS, NO_CRITICAL_PATH, type CriticalMarks } from './critical-path.ts';
import { collapsedView } from './collapsed.ts';
import { computeGroupBoxes, groupsParentFirst } from './group-boxes.ts';
import type { Box } from './group-boxes.ts';
import {
  edgeId,
  GROUP_NODE_PREFIX,
  groupNodeId,
  SETUP_RELATION_CLASS,
  setupRelationId,
} from './node-types.ts';
import type { DesignFlowEdge, FlowNode, GroupFlowNode, TaskFlowNode } from './node-types.ts';

export interface BuildInput {
  design: Design;
  selected: ReadonlySet<string>;
  selectedGroupId: string | null;
  marks: ReadonlyMap<string, TaskMarks>;
  /** Positions (relative to the parent, as React Flow reports them) of nodes being dragged. */
  overlay: ReadonlyMap<string, Position>;
  selectedEdges: ReadonlySet<string>;
  /** Tasks and edges drawn as the forecast's critical path (none when absent). */
  critical?: CriticalMarks;
}

interface TaskEntry {
  node: TaskFlowNode;
  key: unknown[];
  /**
   * What the key was computed from. When all of these are the very same
   * values as last time the key is too, so the entry is reused without
   * recomputing it: a keystroke or a drag frame at 2,000 tasks then costs a
   * few comparisons per task, not a label lookup and a key array each.
   */
  from: readonly unknown[];
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
// The critical path's colour (the edge path itself is styled by CRITICAL_CLASS in CSS).
const EDGE_ARROW_CRITICAL: EdgeMarker = { ...EDGE_ARROW, color: '#c026d3' };
const NO_OUTLETS: readonly string[] = [];

/**
 * Where a task card's two handles are (node coordinates, as React Flow
 * measures them from the DOM: a 10px handle centred on each side's inner
 * border edge; the large-canvas journey checks these against the DOM).
 * Given up front, React Flow can draw edges to a task it has never rendered:
 * without them it renders every task once on open just to measure its
 * handles, which defeated drawing only what is in view (10,000 cards mounted
 * and measured for ~1 s, then dropped).
 */
export const TASK_HANDLES: NonNullable<TaskFlowNode['handles']> = [
  // `id: null`, not left out: React Flow names an unnamed <Handle> null, and compares
  // the hovered handle's id with ===, so an undefined id would never show as the
  // connection's target (no `connectingto` class, and validity read off the wrong DOM node).
  { id: null, type: 'target', position: Side.Left, x: 1, y: 23, width: 10, height: 10 },
  { id: null, type: 'source', position: Side.Right, x: 194, y: 23, width: 10, height: 10 },
];

/** How an edge's end is named: the task id, or "group <id>" for a folded group's node. */
const nameOf = (nodeId: string): string =>
  nodeId.startsWith(GROUP_NODE_PREFIX) ? `group ${nodeId.slice(GROUP_NODE_PREFIX.length)}` : nodeId;

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Where the position sits in a task entry's key (see the key in fullBuild). */
const KEY_X = 2;
const KEY_Y = 3;

/** True when two tasks differ at most in `ui.x` / `ui.y`. */
function sameButPosition(a: Task, b: Task): boolean {
  if (a === b) return true;
  if (!sameExceptUi(a, b)) return false;
  if (!a.ui || !b.ui) return a.ui === b.ui;
  const uiKeys = Object.keys(b.ui) as (keyof NonNullable<Task['ui']>)[];
  if (Object.keys(a.ui).length !== uiKeys.length) return false;
  return uiKeys.every((k) => k === 'x' || k === 'y' || Object.is(a.ui![k], b.ui![k]));
}

/**
 * True when a task entry's inputs changed only in where it is: the task's
 * `ui.x` / `ui.y` and its group box's corner (`from` is [task, drag, box x,
 * box y, marks, selected, critical]). Not while dragged: that path is apart.
 */
function onlyPositionMoved(prev: readonly unknown[], next: readonly unknown[]): boolean {
  if (prev[1] !== undefined || next[1] !== undefined) return false;
  if ((prev[2] === undefined) !== (next[2] === undefined)) return false;
  for (let i = 4; i < next.length; i++) if (!Object.is(prev[i], next[i])) return false;
  return sameButPosition(prev[0] as Task, next[0] as Task);
}

/** The previous array when `next` holds the very same items, else `next`. */
const reuseIfSame = <T>(prev: T[], next: T[]): T[] => (sameKey(prev, next) ? prev : next);

/** What a task node shows besides its id and position: operator label and category colour. */
export function taskLabel(task: Task): { label: string; color: string } {
  if (task.operator === 'custom') {
    return { label: task.custom?.class || 'Custom operator', color: categoryColor(undefined) };
  }
  const spec = getOperator(task.operator);
  return { label: spec?.label ?? task.operator, color: categoryColor(spec?.category) };
}

/**
 * True when `next` differs from `prev` only by the drag overlay, and every
 * node dragged before is still dragged (a node leaving the overlay without a
 * design change goes back to its saved place: a full build).
 */
function onlyDragMoved(prev: BuildInput, next: BuildInput): boolean {
  if (prev.overlay === next.overlay) return false;
  if (
    prev.design !== next.design ||
    prev.selected !== next.selected ||
    prev.selectedGroupId !== next.selectedGroupId ||
    prev.marks !== next.marks ||
    prev.selectedEdges !== next.selectedEdges ||
    prev.critical !== next.critical
  )
    return false;
  for (const id of prev.overlay.keys()) if (!next.overlay.has(id)) return false;
  return true;
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
  let edgeCache = new Map<
    string,
    { edge: DesignFlowEdge; selected: boolean; critical: boolean; relation: boolean }
  >();
  let created = 0;
  let lastNodes: FlowNode[] = [];
  let lastEdges: DesignFlowEdge[] = [];

  const fullBuild = (input: BuildInput) => {
    const { design, selected, marks, overlay } = input;
    const critical = input.critical ?? NO_CRITICAL_PATH;
    const boxes = computeGroupBoxes(design);
    const fold = collapsedView(design);
    const hiddenCount = new Map<string, number>();
    for (const g of fold.taskShownAs.values()) hiddenCount.set(g, (hiddenCount.get(g) ?? 0) + 1);
    const nextGroups = new Map<string, { node: GroupFlowNode; key: unknown[] }>();
    const nodes: FlowNode[] = [];

    for (const group of groupsParentFirst(design)) {
      if (fold.hiddenGroups.has(group.group_id)) continue;
      const box = boxes.get(group.group_id)!;
      const parentBox = group.parent !== null ? boxes.get(group.parent) : undefined;
      const id = groupNodeId(group.group_id);
      const drag = overlay.get(id);
      const pos = drag ?? (parentBox ? { x: box.x - parentBox.x, y: box.y - parentBox.y } : box);
      const isSelected = input.selectedGroupId === group.group_id;
      const folded = fold.folded.has(group.group_id);
      const taskCount = hiddenCount.get(group.group_id) ?? 0;
      const key = [
        group,
        pos.x,
        pos.y,
        box.width,
        box.height,
        isSelected,
        !!parentBox,
        folded,
        taskCount,
      ];
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
                data: { group, folded, taskCount },
                width: box.width,
                height: box.height,
                measured: { width: box.width, height: box.height },
                selected: isSelected,
                // A folded group is a card among the tasks; an open one lies under them.
                zIndex: folded ? 0 : -1,
                ariaLabel: folded
                  ? `Group ${group.group_id}, collapsed, ${taskCount} task${taskCount === 1 ? '' : 's'}`
                  : `Group ${group.group_id}`,
                // No `extent: 'parent'`: a node may be dragged out of its group (drag-commit regroups it).
                ...(parentBox ? { parentId: groupNodeId(group.parent!) } : {}),
              },
            };
      nextGroups.set(group.group_id, entry);
      nodes.push(entry.node);
    }

    const nextTasks = new Map<string, TaskEntry>();
    // Every task is drawn, also repeats of a shared id (validation asks to rename one):
    // node ids are editor keys, `<id>~<n>` for the n-th task sharing an id.
    const keys = taskKeys(design);
    design.tasks.forEach((task, index) => {
      const nodeId = keys[index]!;
      const occurrence =
        nodeId === task.task_id ? 1 : Number(nodeId.slice(task.task_id.length + 1));
      if (fold.taskShownAs.has(task.task_id)) return; // inside a folded group
      const parentBox = task.group !== null ? boxes.get(task.group) : undefined;
      const drag = overlay.get(nodeId);
      const m = marks.get(task.task_id);
      const isSelected = selected.has(nodeId);
      const onCritical = critical.tasks.has(task.task_id);
      const from = [task, drag, parentBox?.x, parentBox?.y, m, isSelected, onCritical];
      const prev = taskCache.get(nodeId);
      if (prev && sameKey(prev.from, from)) {
        nextTasks.set(nodeId, prev);
        nodes.push(prev.node);
        return;
      }
      const abs = task.ui ?? { x: 0, y: 0 };
      const pos = drag ?? (parentBox ? { x: abs.x - parentBox.x, y: abs.y - parentBox.y } : abs);
      // Positions-only fast path (an applied layout moves every task and group
      // box): the node keeps its data, only `position` is new.
      if (prev && onlyPositionMoved(prev.from, from)) {
        const same = prev.node.position.x === pos.x && prev.node.position.y === pos.y;
        const key = prev.key.slice();
        key[KEY_X] = pos.x;
        key[KEY_Y] = pos.y;
        if (!same) created++;
        const node = same ? prev.node : { ...prev.node, position: { x: pos.x, y: pos.y } };
        const entry: TaskEntry = { key, from, node };
        nextTasks.set(nodeId, entry);
        nodes.push(node);
        return;
      }
      const { label, color } = taskLabel(task);
      const pinned = task.ui?.pinned === true;
      const outlets = task.outlets ?? NO_OUTLETS;
      // The outlets as one string: a new array with the same URIs leaves the node alone.
      const outletsKey = outlets.join('\n');
      const mappedOver = Object.keys(task.expand ?? {})[0] ?? null;
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
        onCritical,
        outletsKey,
        task.role,
        mappedOver,
      ];
      let entry: TaskEntry;
      if (prev && sameKey(prev.key, key)) {
        entry = { ...prev, from };
      } else {
        created++;
        entry = {
          key,
          from,
          node: {
            id: nodeId,
            type: 'task',
            position: { x: pos.x, y: pos.y },
            data: {
              taskId: task.task_id,
              occurrence,
              label,
              color,
              pinned,
              marks: m,
              outlets,
              role: task.role,
              mappedOver,
            },
            width: TASK_WIDTH,
            height: TASK_HEIGHT,
            measured: { width: TASK_WIDTH, height: TASK_HEIGHT },
            handles: TASK_HANDLES,
            selected: isSelected,
            // Names stay as they are on the critical path (tests and other tools find
            // nodes and edges by them); the Forecast tab lists the path for screen readers.
            ariaLabel: `Task ${task.task_id}, ${label}${task.role ? `, ${task.role}` : ''}${mappedOver ? `, mapped over ${mappedOver}` : ''}`,
            ...(onCritical ? { className: CRITICAL_CLASS } : {}),
            ...(parentBox ? { parentId: groupNodeId(task.group!) } : {}),
          },
        };
      }
      nextTasks.set(nodeId, entry);
      nodes.push(entry.node);
    });

    type EdgeEntry = {
      edge: DesignFlowEdge;
      selected: boolean;
      critical: boolean;
      relation: boolean;
    };
    const nextEdges = new Map<string, EdgeEntry>();
    const edges: DesignFlowEdge[] = [];
    // An edge to a task inside a folded group is drawn to the group's node;
    // several such edges merge into one, and edges inside the group are not drawn.
    const shownAs = (taskId: string): string => {
      const g = fold.taskShownAs.get(taskId);
      return g === undefined ? taskId : groupNodeId(g);
    };
    // Setup -> teardown pairs (edge ids), drawn dotted as Airflow's graph view does.
    const relations = new Map<string, { setup: string; teardown: string }>();
    for (const task of design.tasks) {
      if (task.role !== 'teardown') continue;
      for (const setup of task.setups ?? []) {
        if (!design.tasks.some((t) => t.task_id === setup && t.role === 'setup')) continue;
        const source = shownAs(setup);
        const target = shownAs(task.task_id);
        if (source !== target)
          relations.set(edgeId(source, target), { setup, teardown: task.task_id });
      }
    }
    for (const e of design.edges) {
      const source = shownAs(e.from);
      const target = shownAs(e.to);
      if (source === target) continue;
      const id = edgeId(source, target);
      if (nextEdges.has(id)) continue;
      const merged = source !== e.from || target !== e.to;
      const isSelected = !merged && input.selectedEdges.has(id);
      const onCritical = !merged && critical.edges.has(id);
      const relation = relations.has(id);
      const prev = edgeCache.get(id);
      const classes = [onCritical ? CRITICAL_CLASS : '', relation ? SETUP_RELATION_CLASS : '']
        .filter(Boolean)
        .join(' ');
      const entry: EdgeEntry =
        prev &&
        prev.selected === isSelected &&
        prev.critical === onCritical &&
        prev.relation === relation
          ? prev
          : {
              selected: isSelected,
              critical: onCritical,
              relation,
              edge: {
                id,
                source,
                target,
                selected: isSelected,
                markerEnd: isSelected
                  ? EDGE_ARROW_SELECTED
                  : onCritical
                    ? EDGE_ARROW_CRITICAL
                    : EDGE_ARROW,
                ...(isSelected ? { style: SELECTED_EDGE_STYLE } : {}),
                ...(classes ? { className: classes } : {}),
                // A merged edge stands for several: it is removed by expanding the group first.
                ...(merged ? { selectable: false, deletable: false } : {}),
                ariaLabel: `${nameOf(source)} runs before ${nameOf(target)}`,
              },
            };
      nextEdges.set(id, entry);
      edges.push(entry.edge);
    }
    // A setup and its teardown with no edge between them: the relation alone, dotted.
    for (const [pair, { setup, teardown }] of relations) {
      if (nextEdges.has(pair)) continue;
      const [source, target] = [shownAs(setup), shownAs(teardown)];
      const id = setupRelationId(source, target);
      const prev = edgeCache.get(id);
      const entry: EdgeEntry = prev ?? {
        selected: false,
        critical: false,
        relation: true,
        edge: {
          id,
          source,
          target,
          // Drawn as an arc over the work between them (SetupRelationEdge).
          type: 'setupRelation',
          markerEnd: EDGE_ARROW,
          className: SETUP_RELATION_CLASS,
          selectable: false,
          deletable: false,
          focusable: false,
          ariaLabel: `${nameOf(source)} is the setup of teardown ${nameOf(target)}`,
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

  // The last full build's input, its group boxes and where each node id sits in `lastNodes`.
  let last: { input: BuildInput; boxes: Map<string, Box>; index: Map<string, number> } | null =
    null;

  /**
   * A drag frame changes only `overlay` (the design is written on drop): then
   * only the dragged nodes get new objects, in a copy of the last array. The
   * full build stays the one rule for everything else.
   */
  const build = (input: BuildInput) => {
    if (last && onlyDragMoved(last.input, input)) {
      const nodes = lastNodes.slice();
      for (const [id, pos] of input.overlay) {
        const i = last.index.get(id);
        const node = i === undefined ? undefined : nodes[i];
        if (!node || (node.position.x === pos.x && node.position.y === pos.y)) continue;
        nodes[i!] = { ...node, position: { x: pos.x, y: pos.y } };
      }
      lastNodes = reuseIfSame(lastNodes, nodes);
      last = { ...last, input };
      return { nodes: lastNodes, edges: lastEdges, boxes: last.boxes };
    }
    const result = fullBuild(input);
    last = { input, boxes: result.boxes, index: new Map(result.nodes.map((n, i) => [n.id, i])) };
    return result;
  };

  return {
    build,
    get created() {
      return created;
    },
  };
}
