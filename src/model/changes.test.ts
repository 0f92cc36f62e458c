import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Design, Task } from '../design/design.ts';
import {
  applyChange,
  baseIdForOperator,
  checkTaskId,
  copyId,
  ID_CHARS_MESSAGE,
  nextTaskId,
} from './changes.ts';
import type { DesignChange } from './changes.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';

const task = (task_id: string, extra: Partial<Task> = {}): Task =>
  testTask(task_id, {
    operator: 'BashOperator',
    args: { bash_command: `echo ${task_id}` },
    ui: { x: 0, y: 0 },
    ...extra,
  });

const design = (ids: string[], edges: [string, string][] = []) =>
  testDesign({ tasks: ids.map((id) => task(id)), edges: edgesFrom(edges) });

const ok = (d: Design, c: DesignChange): Design => {
  const r = applyChange(d, c);
  expect(r.error).toBeUndefined();
  return r.design;
};

const edgesOf = (d: Design) => d.edges.map((e) => `${e.from}>${e.to}`);

describe('ids', () => {
  it('derives base ids from operator class names', () => {
    expect(baseIdForOperator('BashOperator')).toBe('bash');
    expect(baseIdForOperator('GlueJobOperator')).toBe('glue_job');
    expect(baseIdForOperator('S3KeySensor')).toBe('s3_key_sensor');
    expect(baseIdForOperator('LambdaInvokeFunctionOperator')).toBe('lambda_invoke_function');
    expect(baseIdForOperator('SQLExecuteQueryOperator')).toBe('sql_execute_query');
    expect(baseIdForOperator('custom')).toBe('custom');
  });

  it('numbers new ids from 1 and skips taken ones', () => {
    expect(nextTaskId(design([]), 'BashOperator')).toBe('bash_1');
    expect(nextTaskId(design(['bash_1', 'bash_3']), 'BashOperator')).toBe('bash_2');
    expect(nextTaskId(design(['glue_job_1']), 'GlueJobOperator')).toBe('glue_job_2');
  });

  it('explains why an id is refused', () => {
    const d = design(['a']);
    expect(checkTaskId(d, 'has space')).toBe(ID_CHARS_MESSAGE);
    expect(checkTaskId(d, 'ünï')).toBe(ID_CHARS_MESSAGE);
    expect(checkTaskId(d, '.x')).toMatch(/cannot start/);
    expect(checkTaskId(d, '')).toMatch(/empty/);
    expect(checkTaskId(d, 'x'.repeat(201))).toMatch(/200/);
    expect(checkTaskId(d, 'a')).toMatch(/already exists/);
    expect(checkTaskId(d, 'a', 'a')).toBeNull();
    expect(checkTaskId(d, 'ok_id.v-2')).toBeNull();
  });

  it('makes copy ids x_copy, x_copy_2, ...', () => {
    expect(copyId('x', new Set())).toBe('x_copy');
    expect(copyId('x', new Set(['x_copy']))).toBe('x_copy_2');
    expect(copyId('x', new Set(['x_copy', 'x_copy_2']))).toBe('x_copy_3');
  });
});

describe('addTask', () => {
  it('appends and reports the created id, keeping other tasks identical', () => {
    const d = design(['a']);
    const r = applyChange(d, { type: 'addTask', task: task('b') });
    expect(r.created).toEqual(['b']);
    expect(r.design.tasks.map((t) => t.task_id)).toEqual(['a', 'b']);
    expect(r.design.tasks[0]).toBe(d.tasks[0]);
    expect(d.tasks).toHaveLength(1);
  });

  it('refuses duplicate and invalid ids and unknown groups', () => {
    const d = design(['a']);
    for (const t of [task('a'), task('bad id'), task('x', { group: 'nope' })]) {
      const r = applyChange(d, { type: 'addTask', task: t });
      expect(r.error).toBeTruthy();
      expect(r.design).toBe(d);
    }
  });
});

describe('renameTask', () => {
  it('rewrites every edge touching the task and keeps edges sorted', () => {
    const d = design(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const out = ok(d, { type: 'renameTask', from: 'b', to: 'z' });
    expect(out.tasks.map((t) => t.task_id)).toEqual(['a', 'z', 'c']);
    expect(edgesOf(out)).toEqual(['a>z', 'z>c']);
    expect(out.tasks[0]).toBe(d.tasks[0]);
  });

  it('refuses duplicates, bad characters and unknown tasks without touching the design', () => {
    const d = design(['a', 'b'], [['a', 'b']]);
    expect(applyChange(d, { type: 'renameTask', from: 'a', to: 'b' }).error).toMatch(
      /already exists/,
    );
    expect(applyChange(d, { type: 'renameTask', from: 'a', to: 'a b' }).error).toBe(
      ID_CHARS_MESSAGE,
    );
    expect(applyChange(d, { type: 'renameTask', from: 'q', to: 'r' }).error).toMatch(/no task "q"/);
    expect(applyChange(d, { type: 'renameTask', from: 'a', to: 'b' }).design).toBe(d);
  });

  it('renaming to the same id is a no-op', () => {
    const d = design(['a']);
    const r = applyChange(d, { type: 'renameTask', from: 'a', to: 'a' });
    expect(r.error).toBeUndefined();
    expect(r.design).toBe(d);
  });
});

describe('connect', () => {
  it('adds an edge in sorted position', () => {
    const d = design(['c', 'a', 'b'], [['c', 'a']]);
    const out = ok(d, { type: 'connect', from: 'a', to: 'b' });
    expect(edgesOf(out)).toEqual(['a>b', 'c>a']);
  });

  it('refuses a cycle and names the whole path', () => {
    const d = design(
      ['a', 'b', 'c'],
      [
        ['b', 'c'],
        ['c', 'a'],
      ],
    );
    const r = applyChange(d, { type: 'connect', from: 'a', to: 'b' });
    expect(r.error).toBe('this edge would create a cycle: a -> b -> c -> a');
    expect(r.cyclePath).toEqual(['a', 'b', 'c', 'a']);
    expect(r.design).toBe(d);
  });

  it('refuses self loops, duplicates and unknown tasks', () => {
    const d = design(['a', 'b'], [['a', 'b']]);
    expect(applyChange(d, { type: 'connect', from: 'a', to: 'a' }).error).toMatch(/itself/);
    expect(applyChange(d, { type: 'connect', from: 'a', to: 'b' }).error).toMatch(
      /already runs before/,
    );
    expect(applyChange(d, { type: 'connect', from: 'a', to: 'x' }).error).toMatch(/no task "x"/);
  });

  it('never lets a sequence of connects produce a cycle (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const idArb = fc.constantFrom(...ids);
    fc.assert(
      fc.property(fc.array(fc.tuple(idArb, idArb), { maxLength: 30 }), (pairs) => {
        let d = design(ids);
        for (const [from, to] of pairs) d = applyChange(d, { type: 'connect', from, to }).design;
        // Kahn: every node must be removable.
        const indeg = new Map(ids.map((i) => [i, 0]));
        for (const e of d.edges) indeg.set(e.to, indeg.get(e.to)! + 1);
        const ready = ids.filter((i) => indeg.get(i) === 0);
        let seen = 0;
        while (ready.length) {
          const n = ready.pop()!;
          seen++;
          for (const e of d.edges) {
            if (e.from !== n) continue;
            indeg.set(e.to, indeg.get(e.to)! - 1);
            if (indeg.get(e.to) === 0) ready.push(e.to);
          }
        }
        expect(seen).toBe(ids.length);
        expect(new Set(edgesOf(d)).size).toBe(d.edges.length);
      }),
    );
  });
});

describe('removeTasks / removeEdges', () => {
  it('drops the tasks and every edge touching them', () => {
    const d = design(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
    );
    const out = ok(d, { type: 'removeTasks', ids: ['b'] });
    expect(out.tasks.map((t) => t.task_id)).toEqual(['a', 'c']);
    expect(edgesOf(out)).toEqual(['a>c']);
  });

  it('removing nothing returns the same design', () => {
    const d = design(['a']);
    expect(applyChange(d, { type: 'removeTasks', ids: ['zz'] }).design).toBe(d);
  });

  it('removes exactly the named edges', () => {
    const d = design(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect(edgesOf(ok(d, { type: 'removeEdges', edges: [{ from: 'a', to: 'b' }] }))).toEqual([
      'b>c',
    ]);
  });
});

describe('duplicateTasks', () => {
  it('copies with _copy ids, offsets positions and copies only internal edges', () => {
    const d = design(
      ['a', 'b', 'c', 'a_copy'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const r = applyChange(d, { type: 'duplicateTasks', ids: ['a', 'b'] });
    expect(r.created).toEqual(['a_copy_2', 'b_copy']);
    expect(r.design.tasks.map((t) => t.task_id)).toEqual([
      'a',
      'b',
      'c',
      'a_copy',
      'a_copy_2',
      'b_copy',
    ]);
    expect(edgesOf(r.design)).toEqual(['a>b', 'a_copy_2>b_copy', 'b>c']);
    expect(r.design.tasks[4]!.ui).toEqual({ x: 40, y: 40 });
    expect(r.design.tasks[4]!.args).toEqual(d.tasks[0]!.args);
    expect(r.design.tasks[4]!.args).not.toBe(d.tasks[0]!.args);
  });

  it('refuses an empty selection', () => {
    expect(applyChange(design(['a']), { type: 'duplicateTasks', ids: [] }).error).toBeTruthy();
  });
});

describe('task fields and args', () => {
  it('sets and deletes args', () => {
    const d = design(['a']);
    const out = ok(d, {
      type: 'updateTaskArgs',
      taskId: 'a',
      set: { retries: 2, bash_command: undefined },
    });
    expect(out.tasks[0]!.args).toEqual({ retries: 2 });
    expect(d.tasks[0]!.args).toEqual({ bash_command: 'echo a' });
  });

  it('sets and clears fields; refuses unknown groups', () => {
    const d = design(['a']);
    const withPy = ok(d, {
      type: 'setTaskField',
      taskId: 'a',
      field: 'python',
      value: 'def f():\n    pass\n',
    });
    expect(withPy.tasks[0]!.python).toContain('def f');
    const cleared = ok(withPy, {
      type: 'setTaskField',
      taskId: 'a',
      field: 'python',
      value: undefined,
    });
    expect('python' in cleared.tasks[0]!).toBe(false);
    expect(
      applyChange(d, { type: 'setTaskField', taskId: 'a', field: 'group', value: 'g' }).error,
    ).toMatch(/no group/);
    expect(applyChange(d, { type: 'updateTaskArgs', taskId: 'zz', set: {} }).error).toMatch(
      /no task/,
    );
  });
});

describe('positions', () => {
  it('moveNodes changes only moved tasks; same positions are a no-op', () => {
    const d = design(['a', 'b']);
    const out = ok(d, { type: 'moveNodes', positions: { a: { x: 10, y: 20 } } });
    expect(out.tasks[0]!.ui).toEqual({ x: 10, y: 20 });
    expect(out.tasks[1]).toBe(d.tasks[1]);
    expect(applyChange(d, { type: 'moveNodes', positions: { a: { x: 0, y: 0 } } }).design).toBe(d);
  });

  it('moveNodes keeps pinned', () => {
    const d = design(['a']);
    d.tasks[0]!.ui = { x: 0, y: 0, pinned: true };
    expect(ok(d, { type: 'moveNodes', positions: { a: { x: 5, y: 5 } } }).tasks[0]!.ui).toEqual({
      x: 5,
      y: 5,
      pinned: true,
    });
  });

  it('pins and unpins (no pinned key left behind)', () => {
    const d = design(['a', 'b']);
    const pinned = ok(d, { type: 'setPinned', ids: ['a'], pinned: true });
    expect(pinned.tasks[0]!.ui).toEqual({ x: 0, y: 0, pinned: true });
    expect(pinned.tasks[1]).toBe(d.tasks[1]);
    const unpinned = ok(pinned, { type: 'setPinned', ids: ['a'], pinned: false });
    expect(unpinned.tasks[0]!.ui).toEqual({ x: 0, y: 0 });
    expect(applyChange(d, { type: 'setPinned', ids: ['a'], pinned: false }).design).toBe(d);
  });

  it('applyLayout also moves groups', () => {
    const d = { ...design(['a']), groups: [{ group_id: 'g', parent: null, tooltip: null }] };
    const out = ok(d, {
      type: 'applyLayout',
      positions: { a: { x: 1, y: 2 } },
      groups: { g: { x: 3, y: 4 } },
    });
    expect(out.groups[0]!.ui).toEqual({ x: 3, y: 4 });
  });
});

describe('dag, target, groups, replace', () => {
  it('patches dag settings and target', () => {
    const d = design([]);
    expect(ok(d, { type: 'updateDag', patch: { schedule: '@daily' } }).dag.schedule).toBe('@daily');
    expect(ok(d, { type: 'setTarget', target: '2.10.3' }).target.airflow).toBe('2.10.3');
    expect(applyChange(d, { type: 'setTarget', target: d.target.airflow }).design).toBe(d);
  });

  it('adds, nests, refuses group cycles and removes groups (members move up)', () => {
    let d = design(['a']);
    d = ok(d, { type: 'addGroup', group: { group_id: 'outer', parent: null, tooltip: null } });
    d = ok(d, { type: 'addGroup', group: { group_id: 'inner', parent: 'outer', tooltip: null } });
    expect(
      applyChange(d, {
        type: 'addGroup',
        group: { group_id: 'outer', parent: null, tooltip: null },
      }).error,
    ).toMatch(/already exists/);
    expect(
      applyChange(d, { type: 'addGroup', group: { group_id: 'a.b', parent: null, tooltip: null } })
        .error,
    ).toMatch(/no dots/);
    expect(
      applyChange(d, { type: 'updateGroup', groupId: 'outer', patch: { parent: 'inner' } }).error,
    ).toMatch(/inside itself/);
    d = ok(d, { type: 'setTaskField', taskId: 'a', field: 'group', value: 'inner' });
    d = ok(d, { type: 'removeGroup', groupId: 'inner' });
    expect(d.tasks[0]!.group).toBe('outer');
    expect(d.groups.map((g) => g.group_id)).toEqual(['outer']);
  });

  it('replaceDesign swaps the whole design', () => {
    const other = design(['x']);
    expect(applyChange(design([]), { type: 'replaceDesign', design: other }).design).toBe(other);
  });
});

describe('batch', () => {
  it('applies its changes in order as one edit', () => {
    const d = design(['a', 'b', 'c'], [['a', 'b']]);
    const next = ok(d, {
      type: 'batch',
      changes: [
        { type: 'removeEdges', edges: [{ from: 'a', to: 'b' }] },
        { type: 'connect', from: 'b', to: 'c' },
        { type: 'removeTasks', ids: ['a'] },
      ],
    });
    expect(next.tasks.map((t) => t.task_id)).toEqual(['b', 'c']);
    expect(next.edges).toEqual([{ from: 'b', to: 'c' }]);
  });

  it('is all or nothing: a refused change leaves the design as it was, with its reason', () => {
    const d = design(['a', 'b'], [['a', 'b']]);
    const r = applyChange(d, {
      type: 'batch',
      changes: [
        { type: 'removeTasks', ids: ['a'] },
        { type: 'connect', from: 'b', to: 'b' },
      ],
    });
    expect(r.design).toBe(d);
    expect(r.error).toMatch(/itself/);
  });

  it('reports every task it created and keeps identity when nothing changes', () => {
    const d = design(['a']);
    const r = applyChange(d, {
      type: 'batch',
      changes: [
        { type: 'addTask', task: task('b') },
        { type: 'duplicateTasks', ids: ['a'] },
      ],
    });
    expect(r.created).toEqual(['b', 'a_copy']);
    expect(applyChange(d, { type: 'batch', changes: [] }).design).toBe(d);
  });
});

describe('renameGroup', () => {
  const grouped = (): Design =>
    testDesign({
      groups: [
        { group_id: 'outer', parent: null, tooltip: null },
        { group_id: 'inner', parent: 'outer', tooltip: null },
      ],
      tasks: [task('a', { group: 'outer' }), task('b', { group: 'inner' }), task('c')],
    });

  it('renames the group; its tasks and nested groups follow', () => {
    const d = ok(grouped(), { type: 'renameGroup', from: 'outer', to: 'extract' });
    expect(d.groups.map((g) => [g.group_id, g.parent])).toEqual([
      ['extract', null],
      ['inner', 'extract'],
    ]);
    expect(d.tasks.map((t) => t.group)).toEqual(['extract', 'inner', null]);
  });

  it('refuses a taken id, a dot, and an unknown group; the same id is no change', () => {
    const d = grouped();
    expect(applyChange(d, { type: 'renameGroup', from: 'outer', to: 'inner' }).error).toBe(
      'a group named "inner" already exists',
    );
    expect(applyChange(d, { type: 'renameGroup', from: 'outer', to: 'a.b' }).error).toMatch(
      /no dots/,
    );
    expect(applyChange(d, { type: 'renameGroup', from: 'nope', to: 'x' }).error).toMatch(
      /no group/,
    );
    expect(applyChange(d, { type: 'renameGroup', from: 'outer', to: 'outer' }).design).toBe(d);
  });
});

describe('setCollapsed', () => {
  it('folds and unfolds groups in ui.collapsed, dropping an empty ui', () => {
    const d = testDesign({
      groups: [
        { group_id: 'g', parent: null, tooltip: null },
        { group_id: 'h', parent: null, tooltip: null, ui: { x: 1, y: 2 } },
      ],
    });
    const folded = ok(d, { type: 'setCollapsed', groupIds: ['g', 'h'], collapsed: true });
    expect(folded.groups.map((g) => g.ui)).toEqual([
      { collapsed: true },
      { x: 1, y: 2, collapsed: true },
    ]);
    const open = ok(folded, { type: 'setCollapsed', groupIds: ['g', 'h'], collapsed: false });
    expect(open.groups).toEqual(d.groups);
    expect('ui' in open.groups[0]!).toBe(false);
    expect(applyChange(d, { type: 'setCollapsed', groupIds: ['g'], collapsed: false }).design).toBe(
      d,
    );
  });
});

describe('renaming one of two tasks that share an id', () => {
  const twins = () =>
    testDesign({
      tasks: [task('load'), task('load', { operator: 'EmptyOperator', args: {} }), task('end')],
      edges: edgesFrom([['load', 'end']]),
    });

  it('renames only that task; the edges stay with the other', () => {
    const d = ok(twins(), { type: 'renameTask', from: 'load', to: 'load_2', occurrence: 2 });
    expect(d.tasks.map((t) => [t.task_id, t.operator])).toEqual([
      ['load', 'BashOperator'],
      ['load_2', 'EmptyOperator'],
      ['end', 'BashOperator'],
    ]);
    expect(d.edges).toEqual([{ from: 'load', to: 'end' }]);
    const first = ok(twins(), { type: 'renameTask', from: 'load', to: 'extract' });
    expect(first.tasks.map((t) => t.task_id)).toEqual(['extract', 'load', 'end']);
    expect(first.edges).toEqual([{ from: 'load', to: 'end' }]);
  });
});
