import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { collapsedView } from './collapsed.ts';
import { createNodeBuilder } from './flow-nodes.ts';
import { moveChange } from './flow-changes.ts';
import { computeGroupBoxes, FOLDED_GROUP } from './group-boxes.ts';
import { groupNodeId } from './node-types.ts';

const task = (task_id: string, x: number, y: number, group: string | null = null): Task =>
  testTask(task_id, { group, ui: { x, y } });

/** a -> [outer: b -> [inner: c]] -> d */
const nested = (folded: string[] = []): Design =>
  testDesign({
    groups: [
      { group_id: 'outer', parent: null, tooltip: null },
      { group_id: 'inner', parent: 'outer', tooltip: null },
    ].map((g) => (folded.includes(g.group_id) ? { ...g, ui: { collapsed: true } } : g)),
    tasks: [
      task('a', 0, 0),
      task('b', 300, 0, 'outer'),
      task('c', 600, 0, 'inner'),
      task('d', 1000, 0),
    ],
    edges: edgesFrom([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'd'],
    ]),
  });

const build = (d: Design) =>
  createNodeBuilder().build({
    design: d,
    selected: new Set(),
    selectedGroupId: null,
    marks: new Map(),
    overlay: new Map(),
    selectedEdges: new Set(),
  });

describe('a folded group', () => {
  it('hides what is inside it; the outermost fold wins', () => {
    const view = collapsedView(nested(['outer', 'inner']));
    expect([...view.folded]).toEqual(['outer']);
    expect([...view.hiddenGroups]).toEqual(['inner']);
    expect(view.taskShownAs).toEqual(
      new Map([
        ['b', 'outer'],
        ['c', 'outer'],
      ]),
    );
  });

  it('is one node, and its members edges are drawn to it, merged', () => {
    const { nodes, edges } = build(nested(['outer']));
    expect(nodes.map((n) => n.id).sort()).toEqual(['a', 'd', groupNodeId('outer')].sort());
    expect(edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual([
      `a->${groupNodeId('outer')}`,
      `${groupNodeId('outer')}->d`,
    ]);
    expect(edges.find((e) => e.target === groupNodeId('outer'))?.ariaLabel).toBe(
      'a runs before group outer',
    );
    expect(edges.every((e) => e.deletable === false)).toBe(true);
  });

  it('counts in its parent at the folded size and keeps its top-left', () => {
    const open = computeGroupBoxes(nested());
    const folded = computeGroupBoxes(nested(['inner']));
    expect(folded.get('inner')).toEqual({
      x: open.get('inner')!.x,
      y: open.get('inner')!.y,
      ...FOLDED_GROUP,
    });
    expect(folded.get('outer')!.height).toBeLessThan(open.get('outer')!.height);
  });

  it('moves its members when dragged', () => {
    const d = nested(['outer']);
    const box = computeGroupBoxes(d).get('outer')!;
    const after = applyChange(
      d,
      moveChange(d, new Map([[groupNodeId('outer'), { x: box.x, y: box.y + 500 }]]))!,
    ).design;
    expect(after.tasks.map((t) => t.ui!.y)).toEqual([0, 500, 500, 0]);
  });
});

describe('dragging into and out of groups', () => {
  const relative = (d: Design, id: string, abs: { x: number; y: number }) => {
    const t = d.tasks.find((t) => t.task_id === id)!;
    const box = t.group ? computeGroupBoxes(d).get(t.group)! : { x: 0, y: 0 };
    return { x: abs.x - box.x, y: abs.y - box.y };
  };
  const drop = (d: Design, id: string, abs: { x: number; y: number }) =>
    applyChange(d, moveChange(d, new Map([[id, relative(d, id, abs)]]))!).design;
  const groupOf = (d: Design, id: string) => d.tasks.find((t) => t.task_id === id)!.group;

  it('a task dropped outside its group leaves it, in the same change as the move', () => {
    const d = nested();
    const change = moveChange(d, new Map([['c', relative(d, 'c', { x: 600, y: 600 })]]))!;
    expect(change.type).toBe('batch');
    expect(groupOf(applyChange(d, change).design, 'c')).toBeNull();
  });

  it('a task moved inside its group stays; one dropped on another group joins it', () => {
    const d = nested();
    expect(groupOf(drop(d, 'c', { x: 610, y: 10 }), 'c')).toBe('inner');
    expect(groupOf(drop(d, 'a', { x: 610, y: 10 }), 'a')).toBe('inner');
    expect(groupOf(drop(d, 'a', { x: 300, y: 10 }), 'a')).toBe('outer');
  });

  it('a group dragged onto another nests in it, and out of it goes to the top', () => {
    const d = testDesign({
      groups: [
        { group_id: 'left', parent: null, tooltip: null },
        { group_id: 'right', parent: null, tooltip: null },
      ],
      tasks: [task('a', 0, 0, 'left'), task('b', 1000, 0, 'right'), task('c', 1000, 400, 'right')],
    });
    const boxes = computeGroupBoxes(d);
    const left = boxes.get('left')!;
    const nestedIn = applyChange(
      d,
      moveChange(d, new Map([[groupNodeId('left'), { x: 1000 - 20, y: 150 }]]))!,
    ).design;
    expect(nestedIn.groups.find((g) => g.group_id === 'left')?.parent).toBe('right');
    expect(left.x).toBe(-20);
    const right = computeGroupBoxes(nestedIn).get('right')!;
    const inLeft = computeGroupBoxes(nestedIn).get('left')!;
    const out = applyChange(
      nestedIn,
      moveChange(
        nestedIn,
        new Map([[groupNodeId('left'), { x: inLeft.x - right.x - 2000, y: 0 }]]),
      )!,
    ).design;
    expect(out.groups.find((g) => g.group_id === 'left')?.parent).toBeNull();
  });
});
