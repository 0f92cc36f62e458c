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
    expect(again).toMatchObject({ mode: 'incremental', positions: {} });

    const dragged = applied(laid, { b: { x: 999, y: 999 } });
    const back = await run({ design: dragged, session: 1, full: false });
    expect(back).toMatchObject({ mode: 'incremental', positions: { b: first.positions.b } });

    expect((await run({ design: laid, session: 2, full: false })).mode).toBe('full');
    expect((await run({ design: laid, session: 2, full: true })).mode).toBe('full');
  });
});
