/**
 * The benchmark baseline: @xyflow/react with default nodes and edges, no
 * store, no panels. It opens a design through the same kind of file input as
 * the app (a file input, parsed by src/io) and shows its tasks at their
 * saved positions, so `npm run bench` can time both pages doing the same
 * things. A plain textarea labelled `bash_command` gives the typing baseline.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Controls,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { parseDesignText } from '../src/io/index.ts';

function BareFlow() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const [text, setText] = useState('');
  const { fitView } = useReactFlow();
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  );
  const open = async (file: File) => {
    const result = parseDesignText(await file.text(), file.name);
    if (!result.ok) return;
    const { tasks, edges: links } = result.design;
    setNodes(
      tasks.map((t) => ({
        id: t.task_id,
        position: { x: t.ui?.x ?? 0, y: t.ui?.y ?? 0 },
        data: { label: t.task_id },
      })),
    );
    setEdges(links.map((e) => ({ id: `${e.from}->${e.to}`, source: e.from, target: e.to })));
    requestAnimationFrame(() => void fitView({ maxZoom: 1 }));
  };
  return (
    <div style={{ display: 'flex', height: '100%' }}>
      <div style={{ flex: 1 }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          minZoom={0.1}
          selectionKeyCode="Shift"
        >
          <Controls />
        </ReactFlow>
      </div>
      <aside style={{ width: 320, padding: 8 }}>
        <input
          type="file"
          aria-label="Open design file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void open(file);
          }}
        />
        <label>
          bash_command
          <textarea value={text} onChange={(e) => setText(e.currentTarget.value)} />
        </label>
      </aside>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ReactFlowProvider>
        <BareFlow />
      </ReactFlowProvider>
    </StrictMode>,
  );
}
