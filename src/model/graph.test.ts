import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  downstream,
  isolatedTasks,
  leaves,
  levels,
  MinHeap,
  roots,
  topologicalOrder,
  upstream,
  withEdge,
} from './graph.ts';

const e = (from: string, to: string) => ({ from, to });

describe('buildGraph', () => {
  it('keeps creation and insertion order', () => {
    const g = buildGraph(
      [{ task_id: 'c' }, { task_id: 'a' }, { task_id: 'b' }],
      [e('c', 'b'), e('c', 'a'), e('a', 'b')],
    );
    expect(g.nodes).toEqual(['c', 'a', 'b']);
    expect(g.successors.get('c')).toEqual(['b', 'a']);
    expect(g.predecessors.get('b')).toEqual(['c', 'a']);
    expect(g.order.get('b')).toBe(2);
  });

  it('skips edges to unknown tasks and keeps duplicate edges once', () => {
    const g = buildGraph(['a', 'b'], [e('a', 'zz'), e('zz', 'b'), e('a', 'b'), e('a', 'b')]);
    expect(g.successors.get('a')).toEqual(['b']);
    expect(g.predecessors.get('b')).toEqual(['a']);
  });

  it('keeps the first of duplicate task ids', () => {
    const g = buildGraph(['a', 'a', 'b'], []);
    expect(g.nodes).toEqual(['a', 'b']);
  });

  it('withEdge copies the graph', () => {
    const g = buildGraph(['a', 'b'], []);
    const g2 = withEdge(g, 'a', 'b');
    expect(g.successors.get('a')).toEqual([]);
    expect(g2.successors.get('a')).toEqual(['b']);
  });
});

describe('graph helpers', () => {
  // a -> b -> d, a -> c -> d, e isolated
  const g = buildGraph(
    ['a', 'b', 'c', 'd', 'e'],
    [e('a', 'b'), e('a', 'c'), e('b', 'd'), e('c', 'd')],
  );

  it('roots, leaves, isolated', () => {
    expect(roots(g)).toEqual(['a', 'e']);
    expect(leaves(g)).toEqual(['d', 'e']);
    expect(isolatedTasks(g)).toEqual(['e']);
  });

  it('upstream and downstream sets', () => {
    expect([...downstream(g, 'a')].sort()).toEqual(['b', 'c', 'd']);
    expect([...upstream(g, 'd')].sort()).toEqual(['a', 'b', 'c']);
    expect(downstream(g, 'e').size).toBe(0);
  });

  it('topological order breaks ties by creation order', () => {
    expect(topologicalOrder(g)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const g2 = buildGraph(['z', 'y', 'x'], [e('x', 'y')]);
    expect(topologicalOrder(g2)).toEqual(['z', 'x', 'y']);
  });

  it('topological order is null on a cycle', () => {
    expect(topologicalOrder(buildGraph(['a', 'b'], [e('a', 'b'), e('b', 'a')]))).toBeNull();
  });

  it('levels', () => {
    expect(Object.fromEntries(levels(g)!)).toEqual({ a: 0, b: 1, c: 1, d: 2, e: 0 });
  });

  it('handles a 5000-task chain without recursion', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    const edges = ids.slice(1).map((id, i) => e(ids[i]!, id));
    const chain = buildGraph(ids, edges);
    expect(topologicalOrder(chain)).toEqual(ids);
    expect(downstream(chain, 't0').size).toBe(4999);
  });
});

describe('MinHeap', () => {
  it('pops in order', () => {
    const h = new MinHeap<number>((a, b) => a - b);
    for (const n of [5, 1, 4, 2, 3, 0]) h.push(n);
    const out: number[] = [];
    while (h.size > 0) out.push(h.pop()!);
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    expect(h.pop()).toBeUndefined();
  });
});
