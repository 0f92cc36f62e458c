import { describe, expect, it } from 'vitest';
import type { Design, Task } from '../design/design.ts';
import { applyChange } from './changes.ts';
import type { DesignChange } from './changes.ts';
import { differsOnlyInUi } from './differs-only-in-ui.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';

// Every task placed: a move is then always a change of `ui`.
const task = (task_id: string, extra: Partial<Task> = {}): Task =>
  testTask(task_id, { ui: { x: 0, y: 0 }, ...extra });

const base: Design = testDesign({
  tasks: [task('a'), task('b', { group: 'g' }), task('c')],
  edges: edgesFrom([
    ['a', 'b'],
    ['b', 'c'],
  ]),
  groups: [{ group_id: 'g', parent: null, tooltip: null, ui: { x: 0, y: 0 } }],
});

const after = (change: DesignChange): Design => {
  const r = applyChange(base, change);
  expect(r.error).toBeUndefined();
  expect(r.design).not.toBe(base);
  return r.design;
};

describe('differsOnlyInUi', () => {
  it.each<[string, DesignChange]>([
    ['a move', { type: 'moveNodes', positions: { a: { x: 40, y: 8 } } }],
    [
      'a layout of tasks and groups',
      { type: 'applyLayout', positions: { a: { x: 1, y: 2 } }, groups: { g: { x: 5, y: 5 } } },
    ],
    ['a pin', { type: 'setPinned', ids: ['c'], pinned: true }],
    ['a fold', { type: 'setCollapsed', groupIds: ['g'], collapsed: true }],
  ])('is true after %s', (_what, change) => {
    expect(differsOnlyInUi(base, after(change))).toBe(true);
  });

  it.each<[string, DesignChange]>([
    ['a typed argument', { type: 'updateTaskArgs', taskId: 'a', set: { bash_command: 'x' } }],
    ['a rename', { type: 'renameTask', from: 'a', to: 'z' }],
    ['a new edge', { type: 'connect', from: 'a', to: 'c' }],
    ['a removed task', { type: 'removeTasks', ids: ['c'] }],
    ['a DAG setting', { type: 'updateDag', patch: { description: 'nightly' } }],
    ['a group tooltip', { type: 'updateGroup', groupId: 'g', patch: { tooltip: 'tip' } }],
    [
      'a move together with an argument',
      {
        type: 'batch',
        changes: [
          { type: 'moveNodes', positions: { a: { x: 40, y: 8 } } },
          { type: 'updateTaskArgs', taskId: 'b', set: { bash_command: 'y' } },
        ],
      },
    ],
  ])('is false after %s', (_what, change) => {
    expect(differsOnlyInUi(base, after(change))).toBe(false);
  });

  it('counts a key added or removed as a change, and an equal copy as one too', () => {
    const withDuration = {
      ...base,
      tasks: [{ ...base.tasks[0]!, estimated_duration: 60 }, ...base.tasks.slice(1)],
    };
    expect(differsOnlyInUi(base, withDuration)).toBe(false);
    expect(differsOnlyInUi(withDuration, base)).toBe(false);
    // Same content, new argument object: not provably the same by reference, so a change.
    const copied = { ...base, tasks: base.tasks.map((t) => ({ ...t, args: { ...t.args } })) };
    expect(differsOnlyInUi(base, copied)).toBe(false);
    expect(differsOnlyInUi(base, base)).toBe(true);
  });
});
