import { describe, expect, it } from 'vitest';
import type { Task } from '../design/design.ts';
import { applyChange } from '../model/changes.ts';
import { testDesign, testTask } from '../testing/designs.ts';
import { drawsSame, drawsSameTask } from './drawn-design.ts';

const base = (): Task =>
  testTask('extract', {
    operator: 'BashOperator',
    args: { bash_command: 'echo' },
    group: null,
    ui: { x: 0, y: 0 },
  });

describe('what the canvas draws', () => {
  it('ignores arguments, Python, inlets and estimates', () => {
    const t = base();
    for (const change of [
      { args: { bash_command: 'echo more' } },
      { python: 'return 1' },
      { inlets: ['s3://b/k'] },
      { estimated_duration: 60 },
      { estimated_map_count: 4 },
    ] satisfies Partial<Task>[]) {
      expect(drawsSameTask(t, { ...t, ...change })).toBe(true);
    }
  });

  it('sees every other field, also one it does not know yet', () => {
    const t = base();
    for (const change of [
      { task_id: 'load' },
      { operator: 'EmptyOperator' },
      { group: 'g' },
      { ui: { x: 1, y: 0 } },
      { outlets: ['s3://b/k'] },
      { role: 'setup' },
      { setups: ['a'] },
      { expand: { bash_command: { from: 'list', values: ['a'] } } },
      { custom: { module: 'm', class: 'C' } },
      { someFutureField: 1 },
    ] as Partial<Task>[]) {
      expect(drawsSameTask(t, { ...t, ...change })).toBe(false);
    }
  });

  it('a typed argument keeps the design drawn; a moved task does not', () => {
    const d = testDesign({ tasks: [base(), testTask('load')], edges: [] });
    const typed = applyChange(d, {
      type: 'updateTaskArgs',
      taskId: 'extract',
      set: { bash_command: 'echo hi' },
    }).design;
    expect(typed).not.toBe(d);
    expect(drawsSame(d, typed)).toBe(true);
    const moved = applyChange(d, {
      type: 'moveNodes',
      positions: { extract: { x: 5, y: 5 } },
    }).design;
    expect(drawsSame(d, moved)).toBe(false);
    const linked = applyChange(d, { type: 'connect', from: 'extract', to: 'load' }).design;
    expect(drawsSame(d, linked)).toBe(false);
  });
});
