import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design.ts';
import {
  describeFindingLocation,
  fieldDomId,
  findingTaskId,
  parseFindingPath,
  pathIsWithin,
  pathPrefixes,
} from './finding-path.ts';

const design = {
  format: 'dag-designer',
  version: 1,
  target: { airflow: '3' },
  dag: { dag_id: 'd' },
  groups: [{ group_id: 'extract', parent: null, tooltip: null }],
  tasks: [
    { task_id: 'wait', operator: 'S3KeySensor', args: {}, group: null },
    { task_id: 'load_orders', operator: 'BashOperator', args: {}, group: null },
  ],
  edges: [{ from: 'wait', to: 'load_orders' }],
} as unknown as Design;

describe('parseFindingPath', () => {
  it('splits a task path into index and field', () => {
    expect(parseFindingPath('tasks[3].args.bash_command')).toEqual({
      scope: 'task',
      taskIndex: 3,
      field: 'args.bash_command',
    });
    expect(parseFindingPath('tasks[12]')).toEqual({ scope: 'task', taskIndex: 12, field: '' });
  });

  it('recognises dag, group, edge, target and whole-design paths', () => {
    expect(parseFindingPath('dag.schedule')).toEqual({ scope: 'dag', field: 'schedule' });
    expect(parseFindingPath('dag')).toEqual({ scope: 'dag', field: '' });
    expect(parseFindingPath('groups[0].group_id')).toEqual({
      scope: 'group',
      index: 0,
      field: 'group_id',
    });
    expect(parseFindingPath('edges[2].to')).toEqual({ scope: 'edge', index: 2, field: 'to' });
    expect(parseFindingPath('target.airflow')).toEqual({ scope: 'target', field: 'airflow' });
    expect(parseFindingPath('')).toEqual({ scope: 'design', field: '' });
    expect(parseFindingPath('dagger')).toEqual({ scope: 'design', field: 'dagger' });
    expect(parseFindingPath('dag.default_args["my-key"]')).toEqual({
      scope: 'dag',
      field: 'default_args["my-key"]',
    });
  });
});

describe('describeFindingLocation', () => {
  it('names the task and the argument', () => {
    expect(describeFindingLocation('tasks[1].args.bash_command', design)).toBe(
      'load_orders › bash_command',
    );
    expect(describeFindingLocation('tasks[0].task_id', design)).toBe('wait › task_id');
    expect(describeFindingLocation('tasks[0]', design)).toBe('wait');
  });

  it('reads nested fields and list items', () => {
    expect(describeFindingLocation('dag.default_args.owner', design)).toBe(
      'DAG › default_args › owner',
    );
    expect(describeFindingLocation('tasks[1].args.env.KEY', design)).toBe(
      'load_orders › env › KEY',
    );
    expect(describeFindingLocation('dag.tags[2]', design)).toBe('DAG › tags #3');
    expect(describeFindingLocation('dag.default_args["my-key"]', design)).toBe(
      'DAG › default_args › my-key',
    );
  });

  it('names edges and groups, and survives an index the design no longer has', () => {
    expect(describeFindingLocation('edges[0]', design)).toBe('edge wait → load_orders');
    expect(describeFindingLocation('groups[0].parent', design)).toBe('group extract › parent');
    expect(describeFindingLocation('tasks[9].args.x', design)).toBe('task #10 › x');
    expect(describeFindingLocation('', design)).toBe('design file');
  });
});

describe('fieldDomId / pathPrefixes / pathIsWithin', () => {
  it('derives distinct, valid ids', () => {
    expect(fieldDomId('tasks[3].args.bash_command')).toBe('field-tasks-3-args-bash_command');
    expect(fieldDomId('dag.schedule')).toBe('field-dag-schedule');
    expect(fieldDomId('tasks[3].args.a')).not.toBe(fieldDomId('tasks[3].args.b'));
    expect(fieldDomId('dag.default_args["my-key"]')).toBe('field-dag-default_args-my-key');
  });

  it('lists prefixes from the longest', () => {
    expect(pathPrefixes('tasks[3].args.env.FOO')).toEqual([
      'tasks[3].args.env.FOO',
      'tasks[3].args.env',
      'tasks[3].args',
      'tasks[3]',
      'tasks',
    ]);
    expect(pathPrefixes('')).toEqual([]);
  });

  it('matches only real sub-paths', () => {
    expect(pathIsWithin('tasks[1].args.x', 'tasks[1].args')).toBe(true);
    expect(pathIsWithin('tasks[1]', 'tasks[1]')).toBe(true);
    expect(pathIsWithin('tasks[10].args', 'tasks[1]')).toBe(false);
    expect(pathIsWithin('dag.tags[0]', 'dag.tags')).toBe(true);
    expect(pathIsWithin('dag.tagsx', 'dag.tags')).toBe(false);
  });
});

describe('findingTaskId', () => {
  it('finds the task of a task path and the edge end of an edge path', () => {
    expect(findingTaskId('tasks[1].args.x', design)).toBe('load_orders');
    expect(findingTaskId('edges[0].from', design)).toBe('wait');
    expect(findingTaskId('edges[0]', design)).toBe('load_orders');
    expect(findingTaskId('dag.schedule', design)).toBeUndefined();
    expect(findingTaskId('tasks[7]', design)).toBeUndefined();
  });
});
