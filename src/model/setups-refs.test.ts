import { describe, expect, it } from 'vitest';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { applyChange } from './changes.ts';

const bracket = () =>
  testDesign({
    tasks: [
      testTask('create', { role: 'setup' }),
      testTask('lease', { role: 'setup' }),
      testTask('delete', { role: 'teardown', setups: ['create', 'lease'] }),
    ],
    edges: edgesFrom([
      ['create', 'delete'],
      ['lease', 'delete'],
    ]),
  });
const setupsOf = (design: ReturnType<typeof bracket>, id: string) =>
  design.tasks.find((t) => t.task_id === id)?.setups;

describe('changes keep a teardown naming its setups', () => {
  it('renames a setup in setups', () => {
    const { design } = applyChange(bracket(), { type: 'renameTask', from: 'create', to: 'make' });
    expect(setupsOf(design, 'delete')).toEqual(['make', 'lease']);
  });

  it('drops a removed setup from setups, and the key when none is left', () => {
    const one = applyChange(bracket(), { type: 'removeTasks', ids: ['create'] }).design;
    expect(setupsOf(one, 'delete')).toEqual(['lease']);
    const none = applyChange(bracket(), { type: 'removeTasks', ids: ['create', 'lease'] }).design;
    expect(none.tasks.find((t) => t.task_id === 'delete')).not.toHaveProperty('setups');
  });

  it('points a duplicated teardown at the duplicated setups only', () => {
    const { design, created } = applyChange(bracket(), {
      type: 'duplicateTasks',
      ids: ['create', 'delete'],
    });
    const [createCopy, deleteCopy] = created ?? [];
    expect(setupsOf(design, deleteCopy!)).toEqual([createCopy]);
    expect(setupsOf(design, 'delete')).toEqual(['create', 'lease']);
  });

  it('sets outlets, role and setups as task fields', () => {
    let design = bracket();
    design = applyChange(design, {
      type: 'setTaskField',
      taskId: 'create',
      field: 'outlets',
      value: ['s3://b/k'],
    }).design;
    design = applyChange(design, {
      type: 'setTaskField',
      taskId: 'delete',
      field: 'role',
      value: undefined,
    }).design;
    expect(design.tasks[0]!.outlets).toEqual(['s3://b/k']);
    expect(design.tasks[2]).not.toHaveProperty('role');
  });
});
