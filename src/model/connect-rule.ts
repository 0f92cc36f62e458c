/**
 * The connect rule, the one copy: may `from -> to` be added? No self-loop,
 * no edge twice, both tasks exist, no cycle. The `connect` change words the
 * answer as a refusal; the canvas asks it on every pointer move while an
 * edge is dragged, so the graph is built once per design (keyed on identity).
 */
import type { Design } from '../design/design.ts';
import { edgeKey, keyOfEdge } from '../design/edges.ts';
import { wouldCreateCycle } from './cycles.ts';
import { buildGraph, type Graph } from './graph.ts';

export type ConnectProblem =
  | { kind: 'no-task'; id: string }
  | { kind: 'self-loop' }
  | { kind: 'duplicate' }
  | { kind: 'cycle'; path: string[] };

const graphs = new WeakMap<Design, { graph: Graph; edges: Set<string> }>();

function graphOf(design: Design) {
  let g = graphs.get(design);
  if (!g) {
    g = {
      graph: buildGraph(design.tasks, design.edges),
      edges: new Set(design.edges.map(keyOfEdge)),
    };
    graphs.set(design, g);
  }
  return g;
}

/** Why `from -> to` may not be added, or null when it may. */
export function connectProblem(design: Design, from: string, to: string): ConnectProblem | null {
  const { graph, edges } = graphOf(design);
  for (const id of [from, to]) if (!graph.order.has(id)) return { kind: 'no-task', id };
  if (from === to) return { kind: 'self-loop' };
  if (edges.has(edgeKey(from, to))) return { kind: 'duplicate' };
  const path = wouldCreateCycle(graph, from, to);
  return path ? { kind: 'cycle', path } : null;
}
