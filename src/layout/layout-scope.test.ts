import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Design, Task } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { placeIncrementally, rememberLayout, touchedSince } from './layout-scope.ts';
import { TASK_HEIGHT, TASK_WIDTH } from './node-size.ts';

const COL = TASK_WIDTH + 80;
const ROW = TASK_HEIGHT + 40;
const task = (id: string, col: number, row: number, extra: Partial<Task> = {}): Task =>
  testTask(id, { operator: 'BashOperator', ui: { x: col * COL, y: row * ROW }, ...extra });

/** a -> b -> c on row 0, d -> e on row 1: laid out and remembered as such. */
function laidOut(): { design: Design; memory: ReturnType<typeof rememberLayout> } {
  const design = testDesign({
    tasks: [task('a', 0, 0), task('b', 1, 0), task('c', 2, 0), task('d', 0, 1), task('e', 1, 1)],
    edges: edgesFrom([
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'e'],
    ]),
  });
  return { design, memory: rememberLayout(design, {}) };
}

const withTask = (d: Design, t: Task, edges: [string, string][] = []): Design => ({
  ...d,
  tasks: [...d.tasks, t],
  edges: [...d.edges, ...edgesFrom(edges)],
});

const moveTo = (d: Design, id: string, p: Position, pinned = false): Design => ({
  ...d,
  tasks: d.tasks.map((t) =>
    t.task_id === id ? { ...t, ui: { ...p, ...(pinned ? { pinned } : {}) } } : t,
  ),
});

describe('placeIncrementally', () => {
  it('asks for a full layout without a memory, and moves nothing when nothing changed', () => {
    const { design, memory } = laidOut();
    expect(placeIncrementally(design, null)).toBeNull();
    expect(placeIncrementally(design, memory)).toEqual({});
  });

  it('puts a task moved by hand back where the layout had it, and only that one', () => {
    const { design, memory } = laidOut();
    const moved = moveTo(design, 'b', { x: -500, y: 900 });
    expect(touchedSince(moved, memory)).toEqual(['b']);
    expect(placeIncrementally(moved, memory)).toEqual({ b: { x: COL, y: 0 } });
  });

  it("leaves a regrouped task where it was dropped, not in its old group's spot", () => {
    const { design, memory } = laidOut();
    const regrouped = {
      ...design,
      groups: [{ group_id: 'g', parent: null, tooltip: null }],
      tasks: design.tasks.map((t) =>
        t.task_id === 'd' ? { ...t, group: 'g', ui: { x: 0, y: 4 * ROW } } : t,
      ),
    };
    expect(touchedSince(regrouped, memory)).toEqual(['d']);
    expect(placeIncrementally(regrouped, memory)).toEqual({});
  });

  it('places a new downstream task right of its upstream one, moving nothing else', () => {
    const { design, memory } = laidOut();
    const added = withTask(design, task('f', 0, 0), [['c', 'f']]);
    expect(placeIncrementally(added, memory)).toEqual({
      f: { x: 2 * COL + TASK_WIDTH + 80, y: 0 },
    });
  });

  it('moves nothing for a new edge that already runs left to right', () => {
    const { design, memory } = laidOut();
    expect(
      placeIncrementally(
        { ...design, edges: [...design.edges, ...edgesFrom([['d', 'c']])] },
        memory,
      ),
    ).toEqual({});
  });

  it('moves the target of a backwards edge and what runs after it, nothing else', () => {
    const { design, memory } = laidOut();
    const moved = placeIncrementally(
      { ...design, edges: [...design.edges, ...edgesFrom([['c', 'd']])] },
      memory,
    )!;
    expect(Object.keys(moved).sort()).toEqual(['d', 'e']);
    expect(moved.d!.x).toBeGreaterThanOrEqual(2 * COL + TASK_WIDTH);
    expect(moved.e!.x).toBeGreaterThanOrEqual(moved.d!.x + TASK_WIDTH);
  });

  it('never moves a pinned task, even left of its upstream one', () => {
    const { design, memory } = laidOut();
    const pinned = moveTo(design, 'c', { x: 0, y: 500 }, true);
    expect(touchedSince(pinned, memory)).toEqual([]);
    expect(placeIncrementally(pinned, memory)).toEqual({});
  });

  it('asks for a full layout when the edit is not small, or the graph has a cycle', () => {
    const { design, memory } = laidOut();
    const many = Array.from({ length: 60 }, (_, i) => task(`n${i}`, 5, i));
    expect(placeIncrementally({ ...design, tasks: [...design.tasks, ...many] }, memory)).toBeNull();
    const cyclic = { ...design, edges: [...design.edges, ...edgesFrom([['c', 'a']])] };
    expect(placeIncrementally(cyclic, memory)).toBeNull();
  });

  it('after adding a task below any task: edges run left to right, no overlaps, only the new task moves (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (cols, rows, pick) => {
          // A grid of lanes, each a chain, laid out one column per step.
          const tasks: Task[] = [];
          const pairs: [string, string][] = [];
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < cols; c++) {
              tasks.push(task(`t${r}_${c}`, c, r));
              if (c > 0) pairs.push([`t${r}_${c - 1}`, `t${r}_${c}`]);
            }
          const design = testDesign({ tasks, edges: edgesFrom(pairs) });
          const memory = rememberLayout(design, {});
          const from = tasks[pick % tasks.length]!.task_id;
          const next = withTask(design, task('new', 0, 0), [[from, 'new']]);
          const moved = placeIncrementally(next, memory)!;
          expect(Object.keys(moved)).toEqual(['new']);
          const at = (id: string) => moved[id] ?? next.tasks.find((t) => t.task_id === id)!.ui!;
          for (const e of next.edges)
            expect(at(e.to).x).toBeGreaterThanOrEqual(at(e.from).x + TASK_WIDTH);
          for (const t of next.tasks) {
            if (t.task_id === 'new') continue;
            const p = at(t.task_id);
            const apart =
              Math.abs(p.x - moved.new!.x) >= TASK_WIDTH ||
              Math.abs(p.y - moved.new!.y) >= TASK_HEIGHT;
            expect(apart).toBe(true);
          }
        },
      ),
    );
  });
});
