import { describe, expect, it } from 'vitest';
import { testDesign, testTask } from '../testing/designs.ts';
import { readableFitTargets } from './readable-view.ts';

const at = (id: string, x: number, y: number) =>
  testTask(id, { operator: 'EmptyOperator', args: {}, ui: { x, y } });

describe('readableFitTargets', () => {
  const pane = { width: 800, height: 600 };

  it('fits everything when the whole design is readable', () => {
    const d = testDesign({
      tasks: [at('a', 0, 0), at('b', 300, 0)],
      edges: [{ from: 'a', to: 'b' }],
    });
    expect(readableFitTargets(d, pane)).toBeNull();
    expect(readableFitTargets(testDesign({ tasks: [] }), pane)).toBeNull();
  });

  it('shows the start of a big design: the roots and what fits next to them', () => {
    // start -> 10 parallel chains of 12 tasks, stacked vertically; start sits mid-height.
    const tasks = [at('start', 0, 1800)];
    const edges = [];
    for (let row = 0; row < 10; row++) {
      for (let col = 0; col < 12; col++) {
        const id = `t${row}_${col}`;
        tasks.push(at(id, 300 + col * 300, row * 400));
        edges.push({ from: col === 0 ? 'start' : `t${row}_${col - 1}`, to: id });
      }
    }
    const ids = readableFitTargets(testDesign({ tasks, edges }), pane, 0.5)!;
    expect(ids).toContain('start');
    expect(ids).toContain('t4_0');
    expect(ids).not.toContain('t0_0'); // too far above the start
    expect(ids).not.toContain('t4_11'); // too far right
    // The chosen tasks fit in the pane at zoom 0.5 (with 10% padding).
    const xs = ids.map((id) => tasks.find((t) => t.task_id === id)!.ui!.x);
    expect((Math.max(...xs) + 200 - Math.min(...xs)) * 0.5 * 1.1).toBeLessThanOrEqual(800);
  });

  it('falls back to the leftmost task when every task is in a cycle', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => at(`c${i}`, i * 300, 0));
    const edges = tasks.map((t, i) => ({ from: t.task_id, to: tasks[(i + 1) % 40]!.task_id }));
    const ids = readableFitTargets(testDesign({ tasks, edges }), pane, 0.5)!;
    expect(ids[0]).toBe('c0');
    expect(ids).not.toContain('c39');
  });
});
