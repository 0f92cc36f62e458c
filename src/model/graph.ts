/**
 * The task graph as adjacency lists. Node order is task creation order and
 * every list keeps insertion order, so anything derived from a graph (cycle
 * paths, topological order, forecasts) is deterministic.
 *
 * `buildGraph` is forgiving on purpose: the canvas calls it on half-edited
 * designs. Edges naming unknown tasks are skipped (validation reports them as
 * `dangling-edge`) and duplicate edges are kept once. Self-loops are kept so
 * `findCycle` can report them.
 */
import type { Edge } from '../design/design.ts';
import { keyOfEdge } from '../design/edges.ts';

export interface Graph {
  /** Task ids in creation order. */
  readonly nodes: readonly string[];
  /** Creation index of each task id. */
  readonly order: ReadonlyMap<string, number>;
  readonly successors: ReadonlyMap<string, readonly string[]>;
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
}

export type TaskRef = string | { readonly task_id: string };

export function buildGraph(tasks: readonly TaskRef[], edges: readonly Edge[]): Graph {
  const nodes: string[] = [];
  const order = new Map<string, number>();
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const t of tasks) {
    const id = typeof t === 'string' ? t : t.task_id;
    if (order.has(id)) continue; // duplicate ids: validation reports them; first one wins
    order.set(id, nodes.length);
    nodes.push(id);
    successors.set(id, []);
    predecessors.set(id, []);
  }
  const seen = new Set<string>();
  for (const e of edges) {
    const succ = successors.get(e.from);
    const pred = predecessors.get(e.to);
    if (!succ || !pred) continue;
    const key = keyOfEdge(e);
    if (seen.has(key)) continue;
    seen.add(key);
    succ.push(e.to);
    pred.push(e.from);
  }
  return { nodes, order, successors, predecessors };
}

/** A new graph with one more edge (the original is untouched). */
export function withEdge(graph: Graph, from: string, to: string): Graph {
  const edges: Edge[] = [];
  for (const n of graph.nodes) for (const s of succ(graph, n)) edges.push({ from: n, to: s });
  edges.push({ from, to });
  return buildGraph(graph.nodes, edges);
}

export const succ = (graph: Graph, id: string): readonly string[] => graph.successors.get(id) ?? [];
export const pred = (graph: Graph, id: string): readonly string[] =>
  graph.predecessors.get(id) ?? [];

/** Tasks with no upstream, in creation order. */
export const roots = (graph: Graph): string[] =>
  graph.nodes.filter((n) => pred(graph, n).length === 0);

/** Tasks with no downstream, in creation order. */
export const leaves = (graph: Graph): string[] =>
  graph.nodes.filter((n) => succ(graph, n).length === 0);

/** Tasks with no edge at all, in creation order. */
export const isolatedTasks = (graph: Graph): string[] =>
  graph.nodes.filter((n) => pred(graph, n).length === 0 && succ(graph, n).length === 0);

/**
 * Kahn's algorithm; among ready tasks the earliest created goes first, so the
 * order is stable under edits elsewhere. Returns null when the graph has a cycle.
 */
export function topologicalOrder(graph: Graph): string[] | null {
  const indegree = new Map<string, number>();
  for (const n of graph.nodes) indegree.set(n, pred(graph, n).length);
  const ready = new MinHeap<string>((a, b) => index(graph, a) - index(graph, b));
  for (const n of graph.nodes) if (indegree.get(n) === 0) ready.push(n);
  const out: string[] = [];
  while (ready.size > 0) {
    const n = ready.pop()!;
    out.push(n);
    for (const s of succ(graph, n)) {
      const d = indegree.get(s)! - 1;
      indegree.set(s, d);
      if (d === 0) ready.push(s);
    }
  }
  return out.length === graph.nodes.length ? out : null;
}

/** Every task that runs (transitively) after `id`, excluding `id` unless on a cycle. */
export const downstream = (graph: Graph, id: string): Set<string> =>
  reach(id, (n) => succ(graph, n));

/** Every task that runs (transitively) before `id`. */
export const upstream = (graph: Graph, id: string): Set<string> => reach(id, (n) => pred(graph, n));

function reach(start: string, next: (n: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...next(start)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of next(n)) if (!seen.has(m)) stack.push(m);
  }
  return seen;
}

/**
 * Depth of each task (roots are level 0, a task sits one below its deepest
 * upstream). Null on a cycle. Used for the widest-level warning.
 */
export function levels(graph: Graph): Map<string, number> | null {
  const topo = topologicalOrder(graph);
  if (!topo) return null;
  const level = new Map<string, number>();
  for (const n of topo) {
    let l = 0;
    for (const p of pred(graph, n)) l = Math.max(l, level.get(p)! + 1);
    level.set(n, l);
  }
  return level;
}

const index = (graph: Graph, id: string): number => graph.order.get(id) ?? Number.MAX_SAFE_INTEGER;

/** Small binary heap: topological order and the forecast simulation both need one. */
export class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  peek(): T | undefined {
    return this.items[0];
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
