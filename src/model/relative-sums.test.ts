import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, downstream, upstream } from './graph.ts';
import { relativeSums } from './relative-sums.ts';

/** Random DAGs: edges only from a lower to a higher index, so never a cycle. */
const dags = fc.integer({ min: 1, max: 90 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
    weights: fc.array(fc.integer({ min: -5, max: 50 }), { minLength: n, maxLength: n }),
    ones: fc.boolean(),
  }),
);

describe('relativeSums', () => {
  it('equals summing each task’s downstream and upstream walk (random DAGs)', () => {
    fc.assert(
      fc.property(dags, ({ n, edges, weights, ones }) => {
        const ids = Array.from({ length: n }, (_, i) => `t${i}`);
        const links = edges
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ from: ids[Math.min(a, b)]!, to: ids[Math.max(a, b)]! }));
        const graph = buildGraph(ids, links);
        const weight = new Map(ids.map((id, i) => [id, ones ? 1 : weights[i]!]));
        const sum = (set: Set<string>) => [...set].reduce((s, id) => s + weight.get(id)!, 0);
        const down = relativeSums(graph, weight, 'downstream')!;
        const up = relativeSums(graph, weight, 'upstream')!;
        for (const id of ids) {
          expect(down.get(id)).toBe(sum(downstream(graph, id)));
          expect(up.get(id)).toBe(sum(upstream(graph, id)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is null on a cycle', () => {
    const graph = buildGraph(
      ['a', 'b'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    );
    expect(relativeSums(graph, new Map(), 'downstream')).toBeNull();
  });
});
