/** Assets, setup/teardown and "reads as hand-written" in the DAG file. */
import { describe, expect, it } from 'vitest';
import type { AirflowTarget, Design, Schedule } from '../design/design.ts';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { exportBundle, renderDagFile } from './index.ts';

const code = (design: Design, target?: AirflowTarget) => renderDagFile(design, target).code;
const scheduledOn = (schedule: Schedule) =>
  testDesign({ dag: { schedule }, tasks: [testTask('a', { outlets: ['s3://b/out'] })] });

describe('assets', () => {
  it('writes Asset from airflow.sdk on 3.x and Dataset from airflow.datasets on 2.x', () => {
    const design = scheduledOn({ assets: ['s3://b/in'], when: 'all' });
    const v3 = code(design, '3.3.1');
    expect(v3).toContain('from airflow.sdk import Asset, DAG\n');
    expect(v3).toContain('    schedule=[Asset("s3://b/in")],\n');
    expect(v3).toContain('outlets=[Asset("s3://b/out")],');
    const v2 = code(design, '2.10.1');
    expect(v2).toContain('from airflow.datasets import Dataset\n');
    expect(v2).toContain('    schedule=[Dataset("s3://b/in")],\n');
    expect(v2).not.toContain('Asset');
  });

  it('writes any as Asset | Asset and all as a list', () => {
    const any = code(scheduledOn({ assets: ['s3://b/x', 's3://b/y'], when: 'any' }));
    expect(any).toContain(
      '    schedule=(\n        Asset("s3://b/x")\n        | Asset("s3://b/y")\n    ),\n',
    );
    const all = code(scheduledOn({ assets: ['s3://b/x', 's3://b/y'], when: 'all' }));
    expect(all).toContain(
      '    schedule=[\n        Asset("s3://b/x"),\n        Asset("s3://b/y"),\n    ],\n',
    );
  });

  it('writes cron-or-assets with the import path each version has', () => {
    const design = scheduledOn({ assets: ['s3://b/x'], when: 'all', cron: '0 3 * * *' });
    const v33 = code(design, '3.3.1');
    expect(v33).toContain(
      'from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, DAG',
    );
    expect(v33).toContain(
      '    schedule=AssetOrTimeSchedule(\n        timetable=CronTriggerTimetable("0 3 * * *", timezone="UTC"),\n        assets=[Asset("s3://b/x")],\n    ),\n',
    );
    const v30 = code(design, '3.0.6');
    expect(v30).toContain('from airflow.timetables.assets import AssetOrTimeSchedule\n');
    expect(v30).toContain('from airflow.timetables.trigger import CronTriggerTimetable\n');
    const v2 = code(design, '2.11.2');
    expect(v2).toContain('from airflow.timetables.datasets import DatasetOrTimeSchedule\n');
    expect(v2).toContain('        datasets=[Dataset("s3://b/x")],\n');
  });

  it('imports nothing for assets when the design has none', () => {
    const plain = code(testDesign({ tasks: [testTask('a')] }));
    expect(plain).not.toMatch(/Asset|Dataset|Timetable/);
  });
});

describe('setup and teardown', () => {
  const bracket = (order: string[]) => {
    const all = {
      create: testTask('create', { role: 'setup' }),
      work: testTask('work'),
      delete: testTask('delete', { role: 'teardown', setups: ['create'] }),
    };
    return testDesign({
      tasks: order.map((id) => all[id as keyof typeof all]),
      edges: edgesFrom([
        ['create', 'work'],
        ['work', 'delete'],
      ]),
    });
  };

  it('chains as_setup() and as_teardown(setups=...) on the calls', () => {
    const src = code(bracket(['create', 'work', 'delete']));
    expect(src).toContain('    create = EmptyOperator(task_id="create").as_setup()\n');
    expect(src).toContain(
      '    delete = EmptyOperator(task_id="delete").as_teardown(setups=create)\n',
    );
    expect(src).toContain('    create >> work >> delete\n');
  });

  it('marks a teardown written before its setup with a statement after the tasks', () => {
    const src = code(bracket(['delete', 'create', 'work']));
    expect(src).toContain('    delete = EmptyOperator(task_id="delete")\n');
    expect(src).toContain('    delete.as_teardown(setups=create)\n    create >> work >> delete\n');
  });
});

describe('code that reads as hand-written', () => {
  it('writes durations in whole units, the largest first', () => {
    const src = code(
      testDesign({
        dag: {
          dagrun_timeout: 5400,
          default_args: { retry_delay: 300, execution_timeout: 90061, max_retry_delay: 0 },
        },
        tasks: [testTask('a')],
      }),
    );
    expect(src).toContain('dagrun_timeout=timedelta(hours=1, minutes=30),');
    expect(src).toContain('"retry_delay": timedelta(minutes=5),');
    expect(src).toContain('"execution_timeout": timedelta(days=1, hours=1, minutes=1, seconds=1),');
    expect(src).toContain('"max_retry_delay": timedelta(0),');
  });

  it('writes a linear run as one line, and continues a fan-in into a fan-out', () => {
    const tasks = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => testTask(id));
    const src = code(
      testDesign({
        tasks,
        edges: edgesFrom([
          ['a', 'c'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'e'],
          ['d', 'f'],
        ]),
      }),
    );
    expect(src.endsWith('\n\n    [a, b] >> c >> d >> [e, f]\n')).toBe(true);
  });

  it('names the design file in the docstring only when there is one', () => {
    const design = testDesign({ tasks: [testTask('a')] });
    const withFile = exportBundle(design, { designFile: 'orders.dag.json' })[0]!.content;
    expect(withFile).toContain('Generated by dag-designer from orders.dag.json; edit the design');
    const without = exportBundle(design)[0]!.content;
    expect(without).toContain('Generated by dag-designer; edit the design, not this file.');
    expect(without).not.toContain('.dag.json');
  });
});
