import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle, formatPath, wouldCreateCycle } from './cycles.ts';
import { buildGraph, withEdge, type Graph } from './graph.ts';

const e = (from: string, to: string) => ({ from, to });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);

/** Every consecutive pair of the path is an edge of the graph. */
function isClosedWalk(g: Graph, path: readonly string[]): boolean {
  if (path.length < 2 || path[0] !== path[path.length - 1]) return false;
  for (let i = 0; i + 1 < path.length; i++) {
    if (!(g.successors.get(path[i]!) ?? []).includes(path[i + 1]!)) return false;
  }
  return true;
}

/** A random DAG: `n` nodes, edges only from a lower to a higher index. */
const dagArb = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }).map((pairs) => ({
    n,
    edges: pairs
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => e(`t${Math.min(a, b)}`, `t${Math.max(a, b)}`)),
  })),
);

/**
 * A graph of `n` nodes, the edge between the nodes picked by `x` and `y`,
 * what wouldCreateCycle says of it, and the graph with the edge added.
 */
function tryEdge(n: number, edges: { from: string; to: string }[], x: number, y: number) {
  const g0 = buildGraph(ids(n), edges);
  const from = `t${x % n}`;
  const to = `t${y % n}`;
  return { g0, from, to, path: wouldCreateCycle(g0, from, to), g1: withEdge(g0, from, to) };
}

describe('findCycle', () => {
  it('returns null on a DAG', () => {
    expect(
      findCycle(buildGraph(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('a', 'c')])),
    ).toBeNull();
  });

  it('returns the whole closed path', () => {
    const g = buildGraph(
      ['a', 'b', 'c', 'd'],
      [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')],
    );
    expect(findCycle(g)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('starts the path where the cycle is entered', () => {
    const g = buildGraph(['s', 'x', 'y'], [e('s', 'x'), e('x', 'y'), e('y', 'x')]);
    expect(findCycle(g)).toEqual(['x', 'y', 'x']);
  });

  it('reports a self-loop as [a, a]', () => {
    expect(findCycle(buildGraph(['a'], [e('a', 'a')]))).toEqual(['a', 'a']);
  });

  it('finds the cycle reachable from the earliest-created task first', () => {
    const g = buildGraph(
      ['p', 'q', 'a', 'b'],
      [e('a', 'b'), e('b', 'a'), e('p', 'q'), e('q', 'p')],
    );
    expect(findCycle(g)).toEqual(['p', 'q', 'p']);
  });

  it('survives a 5000-task chain closed at the end', () => {
    const n = ids(5000);
    const edges = n.slice(1).map((id, i) => e(n[i]!, id));
    expect(findCycle(buildGraph(n, edges))).toBeNull();
    const cyc = findCycle(buildGraph(n, [...edges, e('t4999', 't0')]))!;
    expect(cyc).toHaveLength(5001);
    expect(cyc[0]).toBe('t0');
    expect(cyc[5000]).toBe('t0');
  });

  it('property: random DAGs never report a cycle', () => {
    fc.assert(
      fc.property(dagArb, ({ n, edges }) => findCycle(buildGraph(ids(n), edges)) === null),
      { numRuns: 1000 },
    );
  });

  it('property: a back-edge makes findCycle return a real closed walk', () => {
    fc.assert(
      fc.property(
        dagArb.filter(({ edges }) => edges.length > 0),
        fc.nat(),
        ({ n, edges }, pick) => {
          const fwd = edges[pick % edges.length]!;
          const g = buildGraph(ids(n), [...edges, e(fwd.to, fwd.from)]);
          const cyc = findCycle(g);
          return cyc !== null && isClosedWalk(g, cyc);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('wouldCreateCycle', () => {
  const g = buildGraph(['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('a', 'd')]);

  it('returns [from, to, ..., from] for an edge that closes a cycle', () => {
    expect(wouldCreateCycle(g, 'c', 'a')).toEqual(['c', 'a', 'b', 'c']);
    expect(wouldCreateCycle(g, 'b', 'a')).toEqual(['b', 'a', 'b']);
  });

  it('returns null for a safe edge', () => {
    expect(wouldCreateCycle(g, 'a', 'c')).toBeNull();
    expect(wouldCreateCycle(g, 'd', 'c')).toBeNull();
    expect(wouldCreateCycle(g, 'c', 'd')).toBeNull();
  });

  it('reports a self-loop', () => {
    expect(wouldCreateCycle(g, 'a', 'a')).toEqual(['a', 'a']);
  });

  it('returns the shortest path', () => {
    const g2 = buildGraph(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('a', 'c')]);
    expect(wouldCreateCycle(g2, 'c', 'a')).toEqual(['c', 'a', 'c']);
  });

  it('property: agrees with findCycle on the graph plus the edge', () => {
    fc.assert(
      fc.property(dagArb, fc.nat(), fc.nat(), ({ n, edges }, x, y) => {
        const { from, to, path, g1 } = tryEdge(n, edges, x, y);
        const found = findCycle(g1);
        if ((path === null) !== (found === null)) return false;
        return path === null || (isClosedWalk(g1, path) && path[0] === from && path[1] === to);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: on any random graph a reported path is a real cycle after adding the edge', () => {
    const anyGraph = fc
      .integer({ min: 1, max: 15 })
      .chain((n) =>
        fc
          .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 })
          .map((pairs) => ({ n, edges: pairs.map(([a, b]) => e(`t${a}`, `t${b}`)) })),
      );
    fc.assert(
      fc.property(anyGraph, fc.nat(), fc.nat(), ({ n, edges }, x, y) => {
        const { g0, path, g1 } = tryEdge(n, edges, x, y);
        if (path !== null) return isClosedWalk(g1, path) && findCycle(g1) !== null;
        // No new cycle: any cycle in g1 was already in g0.
        return (findCycle(g1) === null) === (findCycle(g0) === null);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatPath', () => {
  it('joins with arrows', () => {
    expect(formatPath(['a', 'b', 'c', 'a'])).toBe('a -> b -> c -> a');
  });
});
