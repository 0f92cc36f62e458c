/**
 * Cycle detection. Both functions are iterative (explicit stacks): a design
 * with a 5000-task chain must not overflow the JS call stack.
 */
import { succ, type Graph } from './graph.ts';

const WHITE = 0;
const GREY = 1; // on the current DFS path
const BLACK = 2; // fully explored, cannot be part of a new cycle

/**
 * The first cycle of the graph as a closed path, e.g. `['a', 'b', 'c', 'a']`
 * (a self-loop is `['a', 'a']`), or null when the graph is acyclic.
 *
 * Deterministic: DFS starts from tasks in creation order and follows edges in
 * insertion order, so the cycle reachable from the earliest-created task is
 * found first, and the path starts at the task where the DFS entered it.
 */
export function findCycle(graph: Graph): string[] | null {
  const color = new Map<string, number>();
  for (const start of graph.nodes) {
    if ((color.get(start) ?? WHITE) !== WHITE) continue;
    // Each frame: the node and the index of the next successor to visit.
    const path: string[] = [start];
    const next: number[] = [0];
    const depth = new Map<string, number>([[start, 0]]);
    color.set(start, GREY);
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const children = succ(graph, node);
      const i = next[top]!;
      if (i >= children.length) {
        color.set(node, BLACK);
        depth.delete(node);
        path.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const child = children[i]!;
      const c = color.get(child) ?? WHITE;
      if (c === GREY) return [...path.slice(depth.get(child)!), child];
      if (c === WHITE) {
        color.set(child, GREY);
        depth.set(child, path.length);
        path.push(child);
        next.push(0);
      }
    }
  }
  return null;
}

/**
 * Would adding the edge `from -> to` to an acyclic graph close a cycle? That
 * happens exactly when `from` is already reachable from `to`. Only the part
 * of the graph downstream of `to` is searched (breadth-first, stopping as
 * soon as `from` is reached), so the canvas can call this on every drag.
 *
 * Returns the cycle as it would read after adding the edge, starting with
 * the new edge: `[from, to, ..., from]` (the shortest such path), or
 * `[from, from]` for a self-loop; null when the edge is safe. When the graph
 * already has a cycle elsewhere this still only answers for the new edge.
 */
export function wouldCreateCycle(graph: Graph, from: string, to: string): string[] | null {
  if (from === to) return [from, from];
  const parent = new Map<string, string>([[to, to]]);
  const queue = [to];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const child of succ(graph, node)) {
      if (parent.has(child)) continue;
      parent.set(child, node);
      if (child === from) return [from, ...pathBack(parent, from, to)];
      queue.push(child);
    }
  }
  return null;
}

/** The BFS path `to, ..., from`, rebuilt from parent pointers. */
function pathBack(parent: Map<string, string>, from: string, to: string): string[] {
  const out = [from];
  let n = from;
  while (n !== to) {
    n = parent.get(n)!;
    out.push(n);
  }
  return out.reverse();
}

/** `['a', 'b', 'a']` -> `a -> b -> a`. */
export const formatPath = (path: readonly string[]): string => path.join(' -> ');
