import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from './changes.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { fragmentOf, pasteFragment, PASTE_OFFSET, tasksInGroup } from './fragment.ts';

const task = (task_id: string, x: number, group: string | null = null): Task =>
  testTask(task_id, { group, ui: { x, y: 0 } });

const source = (): Design =>
  testDesign({
    groups: [
      { group_id: 'outer', parent: null, tooltip: 'outer box' },
      { group_id: 'inner', parent: 'outer', tooltip: null },
    ],
    tasks: [task('a', 0), task('b', 250, 'inner'), task('c', 500, 'outer'), task('d', 750)],
    edges: edgesFrom([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]),
  });

const pasted = (into: Design, fragment: Design) => {
  const paste = pasteFragment(into, fragment)!;
  const r = applyChange(into, paste.change);
  expect(r.error).toBeUndefined();
  return { design: r.design, created: paste.created };
};

describe('a fragment', () => {
  it('holds the tasks, only their inner edges, and their groups with every ancestor', () => {
    const f = fragmentOf(source(), ['b', 'c']);
    expect(f.tasks.map((t) => t.task_id)).toEqual(['b', 'c']);
    expect(f.edges).toEqual([{ from: 'b', to: 'c' }]);
    expect(f.groups.map((g) => g.group_id)).toEqual(['outer', 'inner']);
    expect(f.dag).toEqual(source().dag);
  });

  it('lists the tasks of a group and its nested groups', () => {
    expect(tasksInGroup(source(), 'outer')).toEqual(['b', 'c']);
    expect(tasksInGroup(source(), 'inner')).toEqual(['b']);
  });
});

describe('pasting', () => {
  it('into another design: keeps ids that are free, adds the groups, keeps the edges', () => {
    const other = testDesign({ tasks: [task('x', 0)] });
    const { design, created } = pasted(other, fragmentOf(source(), ['b', 'c']));
    expect(created).toEqual(['b', 'c']);
    expect(design.groups).toEqual([
      { group_id: 'outer', parent: null, tooltip: 'outer box' },
      { group_id: 'inner', parent: 'outer', tooltip: null },
    ]);
    expect(design.tasks.map((t) => [t.task_id, t.group])).toEqual([
      ['x', null],
      ['b', 'inner'],
      ['c', 'outer'],
    ]);
    expect(design.edges).toEqual([{ from: 'b', to: 'c' }]);
  });

  it('into the same design: ids de-duplicated, same groups, edges between the copies only', () => {
    const d = source();
    const { design, created } = pasted(d, fragmentOf(d, ['a', 'b']));
    expect(created).toEqual(['a_copy', 'b_copy']);
    expect(design.groups).toEqual(d.groups);
    expect(design.tasks.find((t) => t.task_id === 'b_copy')?.group).toBe('inner');
    expect(design.edges).toContainEqual({ from: 'a_copy', to: 'b_copy' });
    expect(design.edges).toHaveLength(d.edges.length + 1);
    // Moved off the originals.
    expect(design.tasks.find((t) => t.task_id === 'a_copy')?.ui).toEqual({
      x: PASTE_OFFSET.x,
      y: PASTE_OFFSET.y,
    });
  });

  it('twice lands each paste on free spots', () => {
    const d = source();
    const f = fragmentOf(d, ['a']);
    const once = pasted(d, f).design;
    const twice = pasted(once, f);
    expect(twice.created).toEqual(['a_copy_2']);
    expect(twice.design.tasks.at(-1)?.ui).toEqual({ x: 2 * PASTE_OFFSET.x, y: 2 * PASTE_OFFSET.y });
  });

  it('is one change that undo reverts whole, and nothing for an empty fragment', () => {
    const d = source();
    const paste = pasteFragment(d, fragmentOf(d, ['a', 'b', 'c']))!;
    expect(paste.change.type).toBe('batch');
    expect(pasteFragment(d, fragmentOf(d, []))).toBeNull();
  });
});
