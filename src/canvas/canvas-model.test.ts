import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { GROUP_PADDING, TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import { computeGroupBoxes, groupAt, groupsParentFirst } from './group-boxes.ts';
import { commitDrag } from './drag-commit.ts';
import { createNodeBuilder } from './flow-nodes.ts';
import type { BuildInput } from './flow-nodes.ts';
import { canConnect } from './connection-check.ts';
import { testDesign, testTask } from '../testing/designs.ts';

const task = (task_id: string, x: number, y: number, group: string | null = null): Task =>
  testTask(task_id, {
    operator: 'BashOperator',
    args: { bash_command: 'echo' },
    group,
    ui: { x, y },
  });

const design = (tasks: Task[], groups: Design['groups'] = [], edges: Design['edges'] = []) =>
  testDesign({ tasks, groups, edges });

const nested = () =>
  design(
    [task('a', 0, 0), task('b', 300, 100, 'outer'), task('c', 300, 300, 'inner')],
    [
      { group_id: 'inner', parent: 'outer', tooltip: null },
      { group_id: 'outer', parent: null, tooltip: null },
      { group_id: 'empty', parent: null, tooltip: null, ui: { x: 900, y: 900 } },
    ],
  );

describe('group boxes', () => {
  it('orders parents first and wraps members with padding', () => {
    const d = nested();
    expect(groupsParentFirst(d).map((g) => g.group_id)).toEqual(['outer', 'inner', 'empty']);
    const boxes = computeGroupBoxes(d);
    const inner = boxes.get('inner')!;
    expect(inner).toEqual({
      x: 300 - GROUP_PADDING.left,
      y: 300 - GROUP_PADDING.top,
      width: TASK_WIDTH + GROUP_PADDING.left + GROUP_PADDING.right,
      height: TASK_HEIGHT + GROUP_PADDING.top + GROUP_PADDING.bottom,
    });
    const outer = boxes.get('outer')!;
    expect(outer.x).toBe(inner.x - GROUP_PADDING.left);
    expect(outer.y).toBe(100 - GROUP_PADDING.top);
    expect(outer.y + outer.height).toBe(inner.y + inner.height + GROUP_PADDING.bottom);
    expect(boxes.get('empty')).toMatchObject({ x: 900, y: 900 });
  });

  it('finds the innermost group under a point', () => {
    const d = nested();
    expect(groupAt(d, { x: 310, y: 310 })).toBe('inner');
    expect(groupAt(d, { x: 310, y: 110 })).toBe('outer');
    expect(groupAt(d, { x: 10, y: 10 })).toBeNull();
  });

  it('survives a group cycle', () => {
    const d = design(
      [task('a', 0, 0, 'x')],
      [
        { group_id: 'x', parent: 'y', tooltip: null },
        { group_id: 'y', parent: 'x', tooltip: null },
      ],
    );
    expect(computeGroupBoxes(d).size).toBe(2);
  });
});

describe('drag commit', () => {
  it('turns relative drop positions into absolute ones', () => {
    const d = nested();
    const boxes = computeGroupBoxes(d);
    const outer = boxes.get('outer')!;
    // b moved 10px right inside `outer`.
    const rel = { x: 300 - outer.x + 10, y: 100 - outer.y };
    expect(commitDrag(d, boxes, new Map([['b', rel]]))).toEqual({
      positions: { b: { x: 310, y: 100 } },
      groups: {},
    });
  });

  it('moving a group moves every member (nested too)', () => {
    const d = nested();
    const boxes = computeGroupBoxes(d);
    const outer = boxes.get('outer')!;
    const r = commitDrag(
      d,
      boxes,
      new Map([['group:outer', { x: outer.x + 50, y: outer.y - 20 }]]),
    );
    expect(r.positions).toEqual({ b: { x: 350, y: 80 }, c: { x: 350, y: 280 } });
    expect(r.groups.outer).toEqual({ x: outer.x + 50, y: outer.y - 20 });
  });
});

describe('node cache', () => {
  const input = (d: Design, selected: string[] = []): BuildInput => ({
    design: d,
    selected: new Set(selected),
    selectedGroupId: null,
    marks: new Map(),
    overlay: new Map(),
    selectedEdges: new Set(),
  });

  it('rebuilds only the changed task node', () => {
    const builder = createNodeBuilder();
    const d1 = design(Array.from({ length: 50 }, (_, i) => task(`t${i}`, i * 250, 0)));
    const first = builder.build(input(d1));
    expect(builder.created).toBe(50);
    const d2 = applyChange(d1, { type: 'moveNodes', positions: { t7: { x: 1, y: 1 } } }).design;
    const second = builder.build(input(d2));
    expect(builder.created).toBe(51);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['t7']);
    builder.build(input(d2, ['t3']));
    expect(builder.created).toBe(52);
  });

  it('after a layout keeps every node its data and gives only new positions', () => {
    const builder = createNodeBuilder();
    const d1 = design(
      [task('a', 0, 0), task('b', 300, 100, 'outer'), task('c', 300, 300, 'outer')],
      [{ group_id: 'outer', parent: null, tooltip: null }],
      [{ from: 'a', to: 'b' }],
    );
    const first = builder.build(input(d1));
    const d2 = applyChange(d1, {
      type: 'applyLayout',
      positions: { a: { x: 24, y: 24 }, b: { x: 400, y: 60 }, c: { x: 400, y: 200 } },
    }).design;
    const second = builder.build(input(d2));
    const byId = (nodes: typeof first.nodes) => new Map(nodes.map((n) => [n.id, n]));
    const before = byId(first.nodes);
    for (const n of second.nodes.filter((x) => x.type === 'task'))
      expect(n.data, n.id).toBe(before.get(n.id)!.data);
    // The same nodes a builder without a cache makes, position for position.
    expect(second.nodes).toEqual(createNodeBuilder().build(input(d2)).nodes);
  });

  it('gives every edge an arrowhead and keeps unchanged edge objects', () => {
    const builder = createNodeBuilder();
    const d = design(
      [task('a', 0, 0), task('b', 300, 0), task('c', 600, 0)],
      [],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ],
    );
    const first = builder.build(input(d)).edges;
    expect(first.map((e) => (e.markerEnd as { type: string }).type)).toEqual([
      'arrowclosed',
      'arrowclosed',
    ]);
    const second = builder.build({ ...input(d), selectedEdges: new Set(['b->c']) }).edges;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.markerEnd).not.toEqual(first[1]!.markerEnd);
  });

  it('leaves every node and both arrays alone when only a task argument changes', () => {
    const builder = createNodeBuilder();
    const d1 = design(
      [task('a', 0, 0), task('b', 300, 100, 'outer'), task('c', 600, 0)],
      [{ group_id: 'outer', parent: null, tooltip: null }],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ],
    );
    const first = builder.build(input(d1));
    const d2 = applyChange(d1, {
      type: 'updateTaskArgs',
      taskId: 'b',
      set: { bash_command: 'echo hi' },
    }).design;
    expect(d2.tasks[1]).not.toBe(d1.tasks[1]); // the task itself did change
    const second = builder.build(input(d2));
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
    expect(second.nodes.every((n, i) => n === first.nodes[i])).toBe(true);
    expect(builder.created).toBe(3);
  });

  it('rebuilds a node when what it shows changes (pinned, operator)', () => {
    const builder = createNodeBuilder();
    const a = task('a', 0, 0);
    const b = task('b', 300, 0);
    const first = builder.build(input(design([a, b])));
    const pinnedB = { ...b, ui: { x: 300, y: 0, pinned: true } };
    const second = builder.build(input(design([a, pinnedB])));
    expect(second.nodes).not.toBe(first.nodes);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]!.data).toMatchObject({ pinned: true, label: 'Bash' });
    const third = builder.build(input(design([a, { ...pinnedB, operator: 'PythonOperator' }])));
    expect(third.nodes[1]).not.toBe(second.nodes[1]);
    expect(third.nodes[1]!.data).toMatchObject({ pinned: true, label: 'Python' });
  });

  it('keeps the edges array while a node is dragged', () => {
    const builder = createNodeBuilder();
    const d = design([task('a', 0, 0), task('b', 300, 0)], [], [{ from: 'a', to: 'b' }]);
    const first = builder.build(input(d));
    const moving = builder.build({ ...input(d), overlay: new Map([['a', { x: 5, y: 5 }]]) });
    expect(moving.edges).toBe(first.edges);
    expect(moving.nodes).not.toBe(first.nodes);
  });

  it('on a drag frame makes new objects only for the dragged nodes, as a full build would', () => {
    const builder = createNodeBuilder();
    const d = nested();
    const base = input(d, ['a']);
    const first = builder.build(base);
    const frames = [
      new Map([['a', { x: 5, y: 5 }]]),
      new Map([['a', { x: 9, y: 7 }]]),
      new Map([
        ['a', { x: 12, y: 9 }],
        ['c', { x: 40, y: 41 }],
      ]),
    ];
    for (const overlay of frames) {
      const frame = builder.build({ ...base, overlay });
      expect(frame.edges).toBe(first.edges);
      // The same nodes as a fresh builder's full build of the same input...
      expect(frame.nodes).toEqual(createNodeBuilder().build({ ...base, overlay }).nodes);
      // ...and every node not dragged is the very object of the first build.
      frame.nodes.forEach((node, i) => {
        if (overlay.has(node.id)) expect(node).not.toBe(first.nodes[i]);
        else expect(node).toBe(first.nodes[i]);
      });
    }
    // A node that leaves the drag without a design change goes back to its place.
    const back = builder.build({ ...base, overlay: new Map([['c', { x: 40, y: 41 }]]) });
    expect(back.nodes.find((n) => n.id === 'a')!.position).toEqual({ x: 0, y: 0 });
  });

  it('makes group members children of their group with relative positions', () => {
    const d = nested();
    const { nodes } = createNodeBuilder().build(input(d));
    expect(nodes.map((n) => n.id)).toEqual([
      'group:outer',
      'group:inner',
      'group:empty',
      'a',
      'b',
      'c',
    ]);
    const c = nodes.find((n) => n.id === 'c')!;
    expect(c.parentId).toBe('group:inner');
    // Not held inside the box: a member may be dragged out of its group (drag-commit regroups it).
    expect(c.extent).toBeUndefined();
    expect(c.position).toEqual({ x: GROUP_PADDING.left, y: GROUP_PADDING.top });
  });
});

describe('live connection check', () => {
  it('refuses self loops, duplicates and cycles', () => {
    const d = design(
      [task('a', 0, 0), task('b', 0, 0), task('c', 0, 0)],
      [],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ],
    );
    expect(canConnect(d, 'a', 'c')).toBe(true);
    expect(canConnect(d, 'a', 'a')).toBe(false);
    expect(canConnect(d, 'a', 'b')).toBe(false);
    expect(canConnect(d, 'c', 'a')).toBe(false);
    expect(canConnect(d, 'a', 'zz')).toBe(false);
  });
});

describe('groupsParentFirst on broken chains', () => {
  it('keeps every group once when groups form a cycle or name an unknown parent', () => {
    const d = design(
      [],
      [
        { group_id: 'c', parent: 'loop1', tooltip: null },
        { group_id: 'loop1', parent: 'loop2', tooltip: null },
        { group_id: 'loop2', parent: 'loop1', tooltip: null },
        { group_id: 'orphan', parent: 'missing', tooltip: null },
      ],
    );
    expect(groupsParentFirst(d).map((g) => g.group_id)).toEqual(['loop2', 'loop1', 'c', 'orphan']);
  });
});
