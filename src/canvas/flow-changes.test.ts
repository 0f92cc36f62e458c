import { describe, expect, it } from 'vitest';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import type { DesignChange } from '../model/changes.ts';
import { editorStore } from '../store/index.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import {
  asOneChange,
  deletionChange,
  edgeSelectionAfter,
  groupChange,
  moveChange,
  movedPositions,
  nextGroupId,
  refusedConnectionReason,
} from './flow-changes.ts';
import { computeGroupBoxes } from './group-boxes.ts';
import { groupNodeId } from './node-types.ts';

const task = (task_id: string, x: number, y: number, group: string | null = null): Task =>
  testTask(task_id, { group, ui: { x, y } });

const chain = (): Design =>
  testDesign({
    tasks: [task('a', 0, 0), task('b', 250, 0, 'g'), task('c', 500, 0, 'g')],
    groups: [{ group_id: 'g', parent: null, tooltip: null }],
    edges: edgesFrom([
      ['a', 'b'],
      ['b', 'c'],
    ]),
  });

const applied = (d: Design, change: DesignChange | null): Design => {
  expect(change).not.toBeNull();
  const r = applyChange(d, change!);
  expect(r.error).toBeUndefined();
  return r.design;
};

describe('deleting a selection', () => {
  it('removes only what was selected, as one batch', () => {
    const change = deletionChange({
      nodes: [
        { id: 'a', type: 'task', selected: true },
        // A group's member handed over with its box, not selected itself: it stays (ungrouped).
        { id: 'b', type: 'task', selected: false },
        { id: groupNodeId('g'), type: 'taskGroup', selected: true },
      ],
      edges: [
        { source: 'a', target: 'b', selected: false },
        { source: 'b', target: 'c', selected: true },
      ],
    });
    expect(change).toEqual({
      type: 'batch',
      changes: [
        { type: 'removeEdges', edges: [{ from: 'b', to: 'c' }] },
        { type: 'removeTasks', ids: ['a'] },
        { type: 'removeGroup', groupId: 'g' },
      ],
    });
    const after = applied(chain(), change);
    expect(after.tasks.map((t) => [t.task_id, t.group])).toEqual([
      ['b', null],
      ['c', null],
    ]);
    expect(after.edges).toEqual([]);
  });

  it('is one plain change when there is one part, and nothing when nothing was selected', () => {
    expect(
      deletionChange({ nodes: [{ id: 'a', type: 'task', selected: true }], edges: [] }),
    ).toEqual({ type: 'removeTasks', ids: ['a'] });
    expect(deletionChange({ nodes: [{ id: 'a', type: 'task' }], edges: [] })).toBeNull();
  });
});

describe('moving', () => {
  it('reads positions out of node changes', () => {
    const changes: NodeChange[] = [
      { type: 'select', id: 'a', selected: true },
      { type: 'position', id: 'b', position: { x: 1, y: 2 } },
      { type: 'position', id: 'c' },
    ];
    expect(movedPositions(changes)).toEqual(new Map([['b', { x: 1, y: 2 }]]));
    expect(movedPositions([{ type: 'select', id: 'a', selected: true }])).toBeNull();
  });

  it('turns a dragged group into absolute moves of its members', () => {
    const d = chain();
    const box = computeGroupBoxes(d).get('g')!;
    const change = moveChange(d, new Map([[groupNodeId('g'), { x: box.x + 100, y: box.y + 40 }]]));
    const after = applied(d, change);
    const at = (id: string) => after.tasks.find((t) => t.task_id === id)!.ui;
    expect(at('a')).toEqual({ x: 0, y: 0 });
    expect(at('b')).toEqual({ x: 350, y: 40 });
    expect(at('c')).toEqual({ x: 600, y: 40 });
  });

  it('is no change when a drag ends where it started', () => {
    const d = chain();
    const box = computeGroupBoxes(d).get('g')!;
    expect(moveChange(d, new Map())).toBeNull();
    expect(moveChange(d, new Map([['a', { x: 0, y: 0 }]]))).toBeNull();
    // b's position relative to its group box, unchanged.
    expect(moveChange(d, new Map([['b', { x: 250 - box.x, y: -box.y }]]))).toBeNull();
  });
});

describe('edge selection', () => {
  it('follows select changes and ignores the others', () => {
    const start = new Set(['a->b']);
    const changes: EdgeChange[] = [
      { type: 'select', id: 'a->b', selected: false },
      { type: 'select', id: 'b->c', selected: true },
    ];
    expect(edgeSelectionAfter(start, changes)).toEqual(new Set(['b->c']));
    expect(edgeSelectionAfter(start, [{ type: 'remove', id: 'a->b' }])).toBeNull();
  });
});

describe('a refused connection', () => {
  const end = (from: string, to: string, fromHandleType = 'source') => ({
    isValid: false,
    fromNodeId: from,
    toNodeId: to,
    fromHandleType,
  });

  it('names the cycle it would close, also when drawn backwards from an input', () => {
    const d = chain();
    expect(refusedConnectionReason(d, end('c', 'a'))).toBe(
      'this edge would create a cycle: c -> a -> b -> c',
    );
    // Dragged from a's input handle to c: the edge would be c -> a.
    expect(refusedConnectionReason(d, end('a', 'c', 'target'))).toBe(
      'this edge would create a cycle: c -> a -> b -> c',
    );
    expect(refusedConnectionReason(d, end('a', 'a'))).toMatch(/itself/);
  });

  it('says nothing for a valid drop, a drop on the pane or on a group box', () => {
    const d = chain();
    expect(refusedConnectionReason(d, { ...end('a', 'c'), isValid: true })).toBeNull();
    expect(refusedConnectionReason(d, { ...end('a', 'c'), toNodeId: undefined })).toBeNull();
    expect(refusedConnectionReason(d, end('a', groupNodeId('g')))).toBeNull();
  });
});

describe('grouping', () => {
  it('is one batch that nests the group where the first task lives', () => {
    const d = chain();
    const grouping = groupChange(d, ['b', 'c'])!;
    expect(grouping.groupId).toBe('group_1');
    expect(grouping.change.type).toBe('batch');
    const after = applied(d, grouping.change);
    expect(after.groups.find((g) => g.group_id === 'group_1')?.parent).toBe('g');
    expect(after.tasks.filter((t) => t.group === 'group_1').map((t) => t.task_id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('is one undo step in the store', () => {
    const d = chain();
    const s = () => editorStore.getState();
    s().loadDesign(d);
    editorStore.temporal.getState().clear();
    s().apply(groupChange(d, ['a', 'c'])!.change);
    expect(editorStore.temporal.getState().pastStates).toHaveLength(1);
    editorStore.temporal.getState().undo();
    expect(s().design).toBe(d);
  });

  it('picks the next free group id and refuses nothing to group', () => {
    expect(nextGroupId(chain())).toBe('group_1');
    expect(groupChange(chain(), [])).toBeNull();
  });
});

describe('asOneChange', () => {
  it('wraps only lists of two or more', () => {
    const c: DesignChange = { type: 'removeTasks', ids: ['a'] };
    expect(asOneChange([])).toBeNull();
    expect(asOneChange([c])).toBe(c);
    expect(asOneChange([c, c])).toEqual({ type: 'batch', changes: [c, c] });
  });
});
