import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design } from '../design/design.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { createLayoutRunner } from './run-layout.ts';

const design = testDesign({
  tasks: ['a', 'b', 'c'].map((id) => testTask(id, { ui: { x: 0, y: 0 } })),
  edges: edgesFrom([
    ['a', 'b'],
    ['b', 'c'],
  ]),
});

const applied = (d: Design, positions: Record<string, { x: number; y: number }>): Design => ({
  ...d,
  tasks: d.tasks.map((t) =>
    positions[t.task_id] ? { ...t, ui: { ...positions[t.task_id]! } } : t,
  ),
});

describe('createLayoutRunner', () => {
  it('lays out fully first, then only what an edit touched, and fully again for another session', async () => {
    const run = createLayoutRunner(new ELK());
    const first = await run({ design, session: 1, full: false });
    expect(first.mode).toBe('full');
    expect(Object.keys(first.positions).sort()).toEqual(['a', 'b', 'c']);
    const laid = applied(design, first.positions);

    const again = await run({ design: laid, session: 1, full: false });
    expect(again.mode).toBe('incremental');
    expect(again.positions).toEqual({});

    const dragged = applied(laid, { b: { x: 999, y: 999 } });
    const back = await run({ design: dragged, session: 1, full: false });
    expect(back.mode).toBe('incremental');
    expect(back.positions).toEqual({ b: first.positions.b });

    expect((await run({ design: laid, session: 2, full: false })).mode).toBe('full');
    expect((await run({ design: laid, session: 2, full: true })).mode).toBe('full');
  });

  it('leaves a fresh layout alone: tasks ELK puts closer inside a group than between layers are not "left of" their upstream', async () => {
    // ELK spaces layers inside a group by its default 20px, not the root's 80px.
    const grouped = testDesign({
      tasks: [
        ...['a', 'b', 'c'].map((id) => testTask(id, { group: 'g', ui: { x: 0, y: 0 } })),
        testTask('d', { ui: { x: 0, y: 0 } }),
      ],
      groups: [{ group_id: 'g', parent: null, tooltip: null }],
      edges: edgesFrom([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ]),
    });
    const run = createLayoutRunner(new ELK());
    const first = await run({ design: grouped, session: 1, full: false });
    const laid = applied(grouped, first.positions);
    expect(first.positions.b!.x - first.positions.a!.x).toBeLessThan(200 + 80);
    const again = await run({ design: laid, session: 1, full: false });
    expect(again.mode).toBe('incremental');
    expect(again.positions).toEqual({});
  });
});
