/**
 * The React Flow canvas. The design in the store is the single source of
 * truth; React Flow gets derived, cached node objects. While a node is being
 * dragged its position lives in a local overlay and the design is written
 * once, on drop (one undo step).
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type ColorMode,
  type Connection,
  type Edge as RfEdge,
  type EdgeChange,
  type FinalConnectionState,
  type Node as RfNode,
  type NodeChange,
  type OnConnectEnd,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { applyChange } from '../model/changes.ts';
import type { Position } from '../model/changes.ts';
import { editorStore, marksByTask, useEditor } from '../store/index.ts';
import { canConnect } from './connection-check.ts';
import { commitDrag } from './drag-commit.ts';
import { computeGroupBoxes } from './group-boxes.ts';
import { createNodeBuilder } from './flow-nodes.ts';
import { selectionAfter } from './selection-changes.ts';
import { GroupNode } from './GroupNode.tsx';
import { TaskNode } from './TaskNode.tsx';
import { GROUP_NODE_PREFIX } from './node-types.ts';
import type { FlowNode, TaskNodeData } from './node-types.ts';
import { useCanvasUi } from './canvas-ui.ts';
import { NodeContextMenu } from './NodeContextMenu.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { useDropOperator } from './use-drop-operator.ts';
import { useCanvasShortcuts } from './use-canvas-shortcuts.ts';
import { useCentreOnFocus } from './use-centre-on-focus.ts';
import { useMinimapClick } from './use-minimap-click.ts';
import styles from './canvas.module.css';

const nodeTypes = { task: TaskNode, taskGroup: GroupNode };
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const EMPTY_SET: ReadonlySet<string> = new Set();
const MINIMAP_SIZE = { width: 160, height: 100 };
// A module constant, not an inline object: every EdgeWrapper subscribes to this
// option, so a new object per render re-rendered all edges on each keystroke.
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep' };

const miniMapColor = (node: RfNode): string =>
  node.type === 'task' ? (node.data as TaskNodeData).color : 'rgb(148 163 184 / 20%)';

// Fit once at start when there is something to see; later loads fit in the app shell.
// (No `fitView` prop: it would jump the view when the first task is dropped.)
const onInit = (flow: ReactFlowInstance<FlowNode>) => {
  if (flow.getNodes().length > 0) void flow.fitView({ maxZoom: 1 });
};

export interface DesignCanvasProps {
  /** The app's theme choice; React Flow draws its background, minimap and controls to match. */
  colorMode?: ColorMode;
}

export function DesignCanvas({ colorMode = 'system' }: DesignCanvasProps) {
  const design = useEditor((s) => s.design);
  const selectedTaskIds = useEditor((s) => s.selectedTaskIds);
  const selectedGroupId = useEditor((s) => s.selectedGroupId);
  const [builder] = useState(createNodeBuilder);
  const [overlay, setOverlay] = useState<ReadonlyMap<string, Position>>(new Map());
  // Mirror of `overlay` for the drop handler (state updaters must stay pure).
  const overlayRef = useRef<ReadonlyMap<string, Position>>(overlay);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(EMPTY_SET);
  const { onDragOver, onDrop } = useDropOperator();
  useCanvasShortcuts();
  useCentreOnFocus();
  const onMiniMapClick = useMinimapClick();

  // Finding marks follow a deferred design: validating 2000 tasks must not hold up a keystroke.
  const marks = marksByTask(useDeferredValue(design));
  const selected = useMemo(() => new Set(selectedTaskIds), [selectedTaskIds]);
  const { nodes, edges } = useMemo(
    () =>
      builder.build({
        design,
        selected,
        selectedGroupId,
        marks,
        overlay,
        selectedEdges,
      }),
    [builder, design, selected, selectedGroupId, marks, overlay, selectedEdges],
  );
  // Dev aid: how many task node objects were ever created (the cache should keep this low).
  useEffect(() => {
    if (import.meta.env.DEV) {
      (window as unknown as { __taskNodesCreated?: number }).__taskNodesCreated = builder.created;
    }
  });

  // True between onNodeDragStart and onNodeDragStop: positions go to the overlay, not the design.
  const dragging = useRef(false);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    let moved: Map<string, Position> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position) {
        moved ??= new Map();
        moved.set(c.id, c.position);
      }
    }
    const s = editorStore.getState();
    if (moved && dragging.current) {
      const next = new Map([...overlayRef.current, ...moved]);
      overlayRef.current = next;
      setOverlay(next);
    } else if (moved) {
      // Arrow-key moves of selected nodes: no drag events, commit right away.
      const { positions, groups } = commitDrag(s.design, computeGroupBoxes(s.design), moved);
      s.apply({ type: 'moveNodes', positions, groups });
    }
    const update = selectionAfter(changes, s);
    if (update?.kind === 'group') s.selectGroup(update.groupId);
    else if (update) s.select(update.taskIds);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<RfEdge>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length === 0) return;
    setSelectedEdges((prev) => {
      const next = new Set(prev);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      return next;
    });
  }, []);

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
    editorStore.getState().beginGesture();
  }, []);
  const onNodeDragStop = useCallback(() => {
    dragging.current = false;
    const current = overlayRef.current;
    const s = editorStore.getState();
    if (current.size > 0) {
      const { positions, groups } = commitDrag(s.design, computeGroupBoxes(s.design), current);
      s.apply({ type: 'moveNodes', positions, groups });
    }
    overlayRef.current = new Map();
    setOverlay(overlayRef.current);
    s.endGesture();
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | RfEdge) => canConnect(editorStore.getState().design, c.source, c.target),
    [],
  );
  const onConnect = useCallback((c: Connection) => {
    editorStore.getState().connect(c.source, c.target);
  }, []);
  // A drop on a refused target: say why (the cycle path, the duplicate, the self-loop).
  const onConnectEnd: OnConnectEnd = useCallback((_event, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode || !state.toNode) return;
    const fromIsSource = state.fromHandle?.type !== 'target';
    const from = fromIsSource ? state.fromNode.id : state.toNode.id;
    const to = fromIsSource ? state.toNode.id : state.fromNode.id;
    if (from.startsWith(GROUP_NODE_PREFIX) || to.startsWith(GROUP_NODE_PREFIX)) return;
    const s = editorStore.getState();
    const r = applyChange(s.design, { type: 'connect', from, to });
    if (r.error) s.showNotice('error', `Not connected: ${r.error}`);
  }, []);

  // React Flow also hands us the members of a deleted group and every edge touching a
  // deleted node. Only what the user SELECTED goes: deleting a group box ungroups its
  // tasks (they move up a level), and edges of deleted tasks go with `removeTasks`.
  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: RfNode[]; edges: RfEdge[] }) => {
      const s = editorStore.getState();
      const edges = cut.filter((e) => e.selected);
      const taskIds = gone.filter((n) => n.type === 'task' && n.selected).map((n) => n.id);
      const groupIds = gone
        .filter((n) => n.type === 'taskGroup' && n.selected)
        .map((n) => n.id.slice(GROUP_NODE_PREFIX.length));
      s.beginGesture(); // one undo step for the whole deletion
      if (edges.length > 0) {
        s.apply({
          type: 'removeEdges',
          edges: edges.map((e) => ({ from: e.source, to: e.target })),
        });
      }
      if (taskIds.length > 0) s.removeTasks(taskIds);
      for (const groupId of groupIds) s.apply({ type: 'removeGroup', groupId });
      s.endGesture();
      setSelectedEdges(EMPTY_SET);
    },
    [],
  );

  const onPaneClick = useCallback(() => {
    editorStore.getState().clearSelection();
    useCanvasUi.getState().closeMenu();
  }, []);
  const onNodeContextMenu = useCallback((event: React.MouseEvent, node: RfNode) => {
    if (node.type !== 'task') return;
    event.preventDefault();
    const s = editorStore.getState();
    if (!s.selectedTaskIds.includes(node.id)) s.select([node.id]);
    useCanvasUi.getState().openMenu({ x: event.clientX, y: event.clientY, taskId: node.id });
  }, []);
  const onNodeDoubleClick = useCallback((_e: React.MouseEvent, node: RfNode) => {
    if (node.type === 'task') useCanvasUi.getState().startRename(node.id);
  }, []);

  return (
    <div className={styles.canvas} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        onPaneClick={onPaneClick}
        onNodeContextMenu={onNodeContextMenu}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={DELETE_KEYS}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        onInit={onInit}
        minZoom={0.1}
        colorMode={colorMode}
        aria-label="DAG canvas"
      >
        <Background gap={16} />
        <MiniMap
          pannable
          zoomable
          onClick={onMiniMapClick}
          ariaLabel="Mini map"
          nodeColor={miniMapColor}
          style={MINIMAP_SIZE}
        />
        <Controls aria-label="Zoom controls" />
      </ReactFlow>
      <CanvasToolbar />
      <NodeContextMenu />
      {design.tasks.length === 0 && (
        <div className={styles.empty}>
          <p>Drag an operator here to start</p>
          <p className={styles.emptyHint}>
            or press Enter on one in the palette, or open an example
          </p>
        </div>
      )}
    </div>
  );
}
