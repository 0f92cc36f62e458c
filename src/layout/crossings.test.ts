import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countCrossings } from './crossings.ts';
import { TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';

// Two columns: a/b on the left, c/d on the right, rows 0 and 200.
const at = { a: { x: 0, y: 0 }, b: { x: 0, y: 200 }, c: { x: 400, y: 0 }, d: { x: 400, y: 200 } };

describe('countCrossings', () => {
  it('counts an X once and parallel edges never', () => {
    expect(
      countCrossings(at, [
        { from: 'a', to: 'd' },
        { from: 'b', to: 'c' },
      ]),
    ).toBe(1);
    expect(
      countCrossings(at, [
        { from: 'a', to: 'c' },
        { from: 'b', to: 'd' },
      ]),
    ).toBe(0);
  });

  it('does not count edges that share an end, self-loops or unknown tasks', () => {
    expect(
      countCrossings(at, [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
        { from: 'b', to: 'd' },
        { from: 'a', to: 'a' },
        { from: 'a', to: 'zz' },
      ]),
    ).toBe(0);
  });

  it('agrees with comparing every pair (property)', () => {
    const pos = fc.record({
      x: fc.integer({ min: 0, max: 6 }).map((c) => c * (TASK_WIDTH + 80)),
      y: fc.integer({ min: 0, max: 8 }).map((r) => r * (TASK_HEIGHT + 30)),
    });
    fc.assert(
      fc.property(
        fc.array(pos, { minLength: 2, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 }),
        (points, pairs) => {
          const positions = Object.fromEntries(points.map((p, i) => [`t${i}`, p]));
          const edges = pairs
            .filter(([f, t]) => f < points.length && t < points.length)
            .map(([f, t]) => ({ from: `t${f}`, to: `t${t}` }));
          let brute = 0;
          for (let i = 0; i < edges.length; i++)
            for (let j = i + 1; j < edges.length; j++)
              brute += countCrossings(positions, [edges[i]!, edges[j]!]);
          expect(countCrossings(positions, edges)).toBe(brute);
        },
      ),
    );
  });
});
