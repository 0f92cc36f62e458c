/**
 * The React Flow canvas. The design in the store is the single source of
 * truth; React Flow gets derived, cached node objects. While a node is being
 * dragged its position lives in a local overlay and the design is written
 * once, on drop (one undo step). Events become design changes in
 * flow-changes.ts (pure, tested); this component only forwards them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import type { Position } from '../model/changes.ts';
import { editorStore, useCheckedDesign, useEditor, useMarksByTask } from '../store/index.ts';
import { canConnect } from './connection-check.ts';
import {
  connectChange,
  deletionChange,
  edgeSelectionAfter,
  movedPositions,
  moveChange,
  refusedConnectionReason,
} from './flow-changes.ts';
import { createNodeBuilder } from './flow-nodes.ts';
import { useCriticalMarks } from './critical-path.ts';
import { selectionAfter } from './selection-changes.ts';
import { GroupNode } from './GroupNode.tsx';
import { SetupRelationEdge } from './SetupRelationEdge.tsx';
import { TaskNode } from './TaskNode.tsx';
import type { FlowNode, TaskNodeData } from './node-types.ts';
import { useCanvasUi } from './canvas-ui.ts';
import { NodeContextMenu } from './NodeContextMenu.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { useDropOperator } from './use-drop-operator.ts';
import { useCanvasShortcuts } from './use-canvas-shortcuts.ts';
import { useCentreOnFocus } from './use-centre-on-focus.ts';
import { useMinimapClick } from './use-minimap-click.ts';
import { isLargeCanvas, useLowDetail } from './level-of-detail.ts';
import { PictureMinimap } from './PictureMinimap.tsx';
import { useDrawnDesign } from './drawn-design.ts';
import styles from './canvas.module.css';

const nodeTypes = { task: TaskNode, taskGroup: GroupNode };
const edgeTypes = { setupRelation: SetupRelationEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const EMPTY_SET: ReadonlySet<string> = new Set();
const MINIMAP_SIZE = { width: 160, height: 100 };
// A module constant, not an inline object: every EdgeWrapper subscribes to this
// option, so a new object per render re-rendered all edges on each keystroke.
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep' };
// Zoomed out past reading, edges are straight: a smoothstep path costs several
// times as much to compute and redraw, and moving 2,000 tasks redraws them all.
const LOW_DETAIL_EDGE_OPTIONS = { type: 'straight' };

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
  const design = useDrawnDesign();
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
  const lowDetail = useLowDetail();
  const large = isLargeCanvas(design.tasks.length);

  // Finding marks follow the checked design: validating 2000 tasks must not hold up a keystroke.
  const marks = useMarksByTask(useCheckedDesign());
  const selected = useMemo(() => new Set(selectedTaskIds), [selectedTaskIds]);
  const critical = useCriticalMarks();
  const { nodes, edges } = useMemo(
    () =>
      builder.build({
        design,
        selected,
        selectedGroupId,
        marks,
        overlay,
        selectedEdges,
        critical,
      }),
    [builder, design, selected, selectedGroupId, marks, overlay, selectedEdges, critical],
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
    const moved = movedPositions(changes);
    const s = editorStore.getState();
    if (moved && dragging.current) {
      const next = new Map([...overlayRef.current, ...moved]);
      overlayRef.current = next;
      setOverlay(next);
    } else if (moved) {
      // Arrow-key moves of selected nodes: no drag events, commit right away.
      const change = moveChange(s.design, moved);
      if (change) s.apply(change);
    }
    const update = selectionAfter(changes, s);
    if (update?.kind === 'group') s.selectGroup(update.groupId);
    else if (update) s.select(update.taskIds);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<RfEdge>[]) => {
    setSelectedEdges((prev) => edgeSelectionAfter(prev, changes) ?? prev);
  }, []);

  // A drag is written to the design once, on drop: one change, one undo step.
  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);
  const onNodeDragStop = useCallback(() => {
    dragging.current = false;
    const s = editorStore.getState();
    const change = moveChange(s.design, overlayRef.current);
    if (change) s.apply(change);
    overlayRef.current = new Map();
    setOverlay(overlayRef.current);
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | RfEdge) => canConnect(editorStore.getState().design, c.source, c.target),
    [],
  );
  const onConnect = useCallback((c: Connection) => {
    editorStore.getState().apply(connectChange(c));
  }, []);
  const onConnectEnd: OnConnectEnd = useCallback((_event, state: FinalConnectionState) => {
    const s = editorStore.getState();
    const reason = refusedConnectionReason(s.design, {
      isValid: state.isValid,
      fromNodeId: state.fromNode?.id,
      toNodeId: state.toNode?.id,
      fromHandleType: state.fromHandle?.type,
    });
    if (reason) s.showNotice('error', `Not connected: ${reason}`);
  }, []);

  const onDelete = useCallback((deleted: { nodes: RfNode[]; edges: RfEdge[] }) => {
    const change = deletionChange(deleted);
    if (change) editorStore.getState().apply(change);
    setSelectedEdges(EMPTY_SET);
  }, []);

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
    <div
      className={`${styles.canvas} ${lowDetail ? styles.lowDetail : ''}`}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
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
        defaultEdgeOptions={lowDetail ? LOW_DETAIL_EDGE_OPTIONS : DEFAULT_EDGE_OPTIONS}
        onInit={onInit}
        onlyRenderVisibleElements={large}
        minZoom={0.1}
        colorMode={colorMode}
        aria-label="DAG canvas"
      >
        {!lowDetail && <Background gap={16} />}
        {large ? (
          <PictureMinimap
            design={design}
            width={MINIMAP_SIZE.width}
            height={MINIMAP_SIZE.height}
            ariaLabel="Mini map"
            onClick={onMiniMapClick}
          />
        ) : (
          <MiniMap
            pannable
            zoomable
            onClick={onMiniMapClick}
            ariaLabel="Mini map"
            nodeColor={miniMapColor}
            style={MINIMAP_SIZE}
          />
        )}
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
