/**
 * Live connection checks while dragging an edge: the same rules as the
 * `connect` change (self-loop, duplicate, cycle), answered from a graph built
 * once per design so every pointer move is cheap.
 */
import type { Design } from '../design/design.ts';
import { buildGraph } from '../model/graph.ts';
import type { Graph } from '../model/graph.ts';
import { wouldCreateCycle } from '../model/cycles.ts';

const graphs = new WeakMap<Design, { graph: Graph; edges: Set<string> }>();

function graphOf(design: Design) {
  let g = graphs.get(design);
  if (!g) {
    g = {
      graph: buildGraph(design.tasks, design.edges),
      edges: new Set(design.edges.map((e) => `${e.from}\u0000${e.to}`)),
    };
    graphs.set(design, g);
  }
  return g;
}

/** True when `from -> to` may be added. */
export function canConnect(design: Design, from: string, to: string): boolean {
  if (from === to) return false;
  const { graph, edges } = graphOf(design);
  if (!graph.order.has(from) || !graph.order.has(to)) return false;
  if (edges.has(`${from}\u0000${to}`)) return false;
  return wouldCreateCycle(graph, from, to) === null;
}
