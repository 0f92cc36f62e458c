import { describe, expect, it } from 'vitest';
import type { Design, Edge, Task } from '../../design/design.ts';
import { edgesFrom, testDesign, testTask } from '../../testing/designs.ts';
import { validateDesign } from './index.ts';

const errorsOf = (tasks: Task[], edges: Edge[], defaultArgs: Design['dag']['default_args'] = {}) =>
  validateDesign(testDesign({ tasks, edges, dag: { default_args: defaultArgs } }))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.path}`);

const bracket = (teardown: Partial<Task> = {}, work: Partial<Task> = {}) => [
  testTask('create', { role: 'setup' }),
  testTask('work', work),
  testTask('delete', { role: 'teardown', setups: ['create'], ...teardown }),
];
const chain = edgesFrom([
  ['create', 'work'],
  ['work', 'delete'],
]);

describe('setup and teardown', () => {
  it('is clean when the setup is upstream of its teardown, through other tasks', () => {
    expect(errorsOf(bracket(), chain)).toEqual([]);
  });

  it('refuses a setups entry that is not upstream', () => {
    expect(errorsOf(bracket(), edgesFrom([['work', 'delete']]))).toEqual([
      'invalid-argument tasks[2].setups[0]',
    ]);
  });

  it('refuses a setups entry that is not a setup task, unknown or listed twice', () => {
    expect(errorsOf(bracket({ setups: ['work'] }), chain)).toEqual([
      'invalid-argument tasks[2].setups[0]',
    ]);
    expect(errorsOf(bracket({ setups: ['nope'] }), chain)).toEqual([
      'invalid-argument tasks[2].setups[0]',
    ]);
    expect(errorsOf(bracket({ setups: ['create', 'create'] }), chain)).toEqual([
      'invalid-argument tasks[2].setups[1]',
    ]);
  });

  it('refuses setups on a task that is not a teardown', () => {
    expect(errorsOf(bracket({ role: 'setup' }), chain)).toEqual([
      'invalid-argument tasks[2].setups',
    ]);
  });

  it('refuses a trigger_rule on a teardown: as_teardown() replaces it', () => {
    expect(errorsOf(bracket({ args: { trigger_rule: 'all_done' } }), chain)).toEqual([
      'invalid-argument tasks[2].args.trigger_rule',
    ]);
  });

  it('refuses a trigger rule other than all_success right after a setup, where it is set', () => {
    expect(errorsOf(bracket({}, { args: { trigger_rule: 'all_done' } }), chain)).toEqual([
      'invalid-argument tasks[1].args.trigger_rule',
    ]);
    expect(errorsOf(bracket(), chain, { trigger_rule: 'none_failed' })).toEqual([
      'invalid-argument dag.default_args.trigger_rule',
    ]);
  });
});
