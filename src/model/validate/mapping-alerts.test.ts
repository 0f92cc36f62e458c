/**
 * Dynamic task mapping and alerts against the real catalogs (operators and
 * notifiers): codes and paths of the contract, section 5.
 */
import { describe, expect, it } from 'vitest';
import type { AirflowTarget, Design, NotifierCall, Task } from '../../design/design.ts';
import type { Finding } from '../findings.ts';
import { applyChange } from '../changes.ts';
import { validateDesign } from './index.ts';
import { edge, makeDesign, task } from '../../testing/fake-catalog.ts';

const NOW = new Date('2026-02-01T00:00:00Z');
const at = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.path}`);
const errors = (d: Design) =>
  at(validateDesign(d, { now: NOW }).filter((f) => f.severity === 'error'));
const messages = (d: Design) =>
  validateDesign(d, { now: NOW })
    .filter((f) => f.severity === 'error')
    .map((f) => f.message);

const list = task('list_files', { operator: 'S3ListOperator', args: { bucket: 'raw' } });
const copy = (extra: Partial<Task> = {}): Task =>
  task('copy', {
    operator: 'S3CopyObjectOperator',
    args: { dest_bucket_key: 'out/{{ ti.map_index }}' },
    expand: { source_bucket_key: { output_of: 'list_files' } },
    ...extra,
  });
const mapped = (tasks: Task[], edges = [edge('list_files', 'copy')]) =>
  makeDesign({ tasks, edges });

describe('expand', () => {
  it('accepts a task mapped over an upstream joined by an edge; the expanded required arg counts as present', () => {
    expect(errors(mapped([list, copy({ estimated_map_count: 10 })]))).toEqual([]);
  });

  it('refuses output_of without the edge, naming the field', () => {
    const d = mapped([list, copy()], []);
    expect(errors(d)).toEqual(['invalid-argument@tasks[1].expand.source_bucket_key.output_of']);
    expect(messages(d)[0]).toContain('list_files -> copy');
  });

  it('refuses output_of naming no task, or the task itself', () => {
    expect(
      errors(mapped([list, copy({ expand: { source_bucket_key: { output_of: 'nope' } } })])),
    ).toEqual(['invalid-argument@tasks[1].expand.source_bucket_key.output_of']);
    expect(
      errors(mapped([list, copy({ expand: { source_bucket_key: { output_of: 'copy' } } })])),
    ).toEqual(['invalid-argument@tasks[1].expand.source_bucket_key.output_of']);
  });

  it('refuses two expanded arguments at the second one', () => {
    const d = mapped([
      list,
      copy({
        expand: { source_bucket_key: { output_of: 'list_files' }, dest_bucket_name: ['a', 'b'] },
      }),
    ]);
    expect(errors(d)).toEqual(['invalid-argument@tasks[1].expand.dest_bucket_name']);
  });

  it('refuses an argument the operator does not have, and BaseOperator arguments', () => {
    expect(errors(mapped([list, copy({ expand: { source_bucket_kye: ['a'] } })], []))).toEqual([
      'missing-argument@tasks[1].args.source_bucket_key',
      'invalid-argument@tasks[1].expand.source_bucket_kye',
    ]);
    expect(errors(mapped([list, copy({ expand: { retries: [1, 2] } })], []))).toContain(
      'invalid-argument@tasks[1].expand.retries',
    );
  });

  it('refuses an argument both expanded and in args', () => {
    const d = mapped([list, copy({ args: { dest_bucket_key: 'x', source_bucket_key: 'k' } })]);
    expect(errors(d)).toEqual(['invalid-argument@tasks[1].expand.source_bucket_key']);
  });

  it('types each element of a literal list like the argument', () => {
    const d = makeDesign({
      tasks: [
        task('wait', {
          operator: 'TimeDeltaSensor',
          args: { mode: 'reschedule' },
          expand: { delta: [60, 'soon'] },
        }),
      ],
    });
    expect(errors(d)).toEqual(['invalid-argument@tasks[0].expand.delta[1]']);
  });

  it('refuses an empty expand and a count on an unmapped task or a bad count', () => {
    expect(errors(mapped([list, copy({ expand: {} })], []))).toEqual([
      'missing-argument@tasks[1].args.source_bucket_key',
      'invalid-argument@tasks[1].expand',
    ]);
    expect(errors(makeDesign({ tasks: [task('a', { estimated_map_count: 3 })] }))).toEqual([
      'invalid-argument@tasks[0].estimated_map_count',
    ]);
    expect(errors(mapped([list, copy({ estimated_map_count: 2.5 })]))).toEqual([
      'invalid-argument@tasks[1].estimated_map_count',
    ]);
  });

  it('lets a custom operator expand any Python keyword', () => {
    const d = makeDesign({
      tasks: [
        task('c', {
          operator: 'custom',
          custom: { module: 'my_pkg.ops', class: 'MyOp' },
          expand: { table: ['a', 'b'] },
        }),
      ],
    });
    expect(errors(d)).toEqual([]);
    const reserved = makeDesign({
      tasks: [
        task('c', {
          operator: 'custom',
          custom: { module: 'my_pkg.ops', class: 'MyOp' },
          expand: { task_id: ['a', 'b'] },
        }),
      ],
    });
    expect(errors(reserved)).toEqual(['invalid-argument@tasks[0].expand.task_id']);
  });
});

const sns = (args: NotifierCall['args']): NotifierCall => ({ notifier: 'SnsNotifier', args });
const good = sns({ target_arn: 'arn:aws:sns:eu-west-1:123456789012:t', message: 'failed' });

describe('alerts', () => {
  const on = (target: AirflowTarget, parts: Parameters<typeof makeDesign>[0]) =>
    makeDesign({ ...parts, target: { airflow: target } });

  it('accepts notifiers in dag, default_args and task args', () => {
    const d = makeDesign({
      dag: {
        on_failure_callback: [good],
        on_success_callback: [good],
        default_args: { owner: 'o', retries: 1, on_retry_callback: [good] },
      },
      tasks: [task('a', { args: { on_failure_callback: [good], on_success_callback: [] } })],
    });
    expect(errors(d)).toEqual([]);
  });

  it('refuses dag.on_retry_callback: DAG runs are not retried', () => {
    const d = makeDesign({ dag: { on_retry_callback: [good] } });
    expect(errors(d)).toEqual(['invalid-argument@dag.on_retry_callback']);
    expect(messages(d)[0]).toContain('default_args.on_retry_callback');
  });

  it('reports a missing required notifier argument at its path', () => {
    const d = makeDesign({ dag: { on_failure_callback: [sns({ target_arn: 'arn' })] } });
    expect(errors(d)).toEqual(['missing-argument@dag.on_failure_callback[0].args.message']);
    const t = makeDesign({
      tasks: [
        task('a', { args: { on_failure_callback: [{ notifier: 'SqsNotifier', args: {} }] } }),
      ],
    });
    expect(errors(t)).toEqual([
      'missing-argument@tasks[0].args.on_failure_callback[0].args.queue_url',
      'missing-argument@tasks[0].args.on_failure_callback[0].args.message_body',
    ]);
  });

  it('refuses an unknown notifier, an unknown argument and a wrong shape', () => {
    const d = makeDesign({
      dag: {
        on_failure_callback: [{ notifier: 'SnsNotifer', args: {} }],
        default_args: {
          on_failure_callback: [{ ...good, args: { ...good.args, topic: 'x' } }],
          on_success_callback: 'SnsNotifier' as never,
        },
      },
    });
    expect(errors(d)).toEqual([
      'invalid-argument@dag.default_args.on_failure_callback[0].args.topic',
      'invalid-argument@dag.default_args.on_success_callback',
      'invalid-argument@dag.on_failure_callback[0].notifier',
    ]);
    expect(messages(d).at(-1)).toContain('Did you mean "SnsNotifier"');
  });

  it('names the version that has a notifier the target lacks', () => {
    const ses: NotifierCall = {
      notifier: 'SesNotifier',
      args: { mail_from: 'a@x', to: ['b@x'], subject: 's', html_content: 'h' },
    };
    const d = on('3.0.6', { dag: { on_failure_callback: [ses] } });
    expect(errors(d)).toEqual(['unsupported-on-target@dag.on_failure_callback[0].notifier']);
    expect(messages(d)[0]).toMatch(/apache-airflow-providers-amazon 9\.15\.0.*pins 9\.12\.0/);
    expect(messages(d)[0]).toContain('2.11.2, 3.2.1, 3.3.1');
    expect(errors(on('3.2.1', { dag: { on_failure_callback: [ses] } }))).toEqual([]);
    const http: NotifierCall = { notifier: 'HttpNotifier', args: { endpoint: '/hook' } };
    expect(errors(on('2.10.3', { dag: { on_failure_callback: [http] } }))).toEqual([
      'unsupported-on-target@dag.on_failure_callback[0].notifier',
    ]);
  });

  it('follows the provider: SmtpNotifier needs from_email on smtp 1.8.0 (MWAA 2.10.x) only', () => {
    const smtp: NotifierCall = { notifier: 'SmtpNotifier', args: { to: ['a@example.com'] } };
    expect(errors(on('2.10.3', { dag: { on_failure_callback: [smtp] } }))).toEqual([
      'missing-argument@dag.on_failure_callback[0].args.from_email',
    ]);
    expect(errors(on('2.11.0', { dag: { on_failure_callback: [smtp] } }))).toEqual([]);
  });

  it('types notifier argument values (Jinja allowed in templated ones)', () => {
    const d = makeDesign({
      dag: {
        on_failure_callback: [
          {
            notifier: 'SqsNotifier',
            args: { queue_url: 'q', message_body: 'b', delay_seconds: 'x' },
          },
          {
            notifier: 'SqsNotifier',
            args: { queue_url: 'q', message_body: 'b', delay_seconds: '{{ params.d }}' },
          },
        ],
      },
    });
    expect(errors(d)).toEqual(['invalid-argument@dag.on_failure_callback[0].args.delay_seconds']);
  });

  it('finds secrets in notifier arguments and in expanded lists', () => {
    const key = 'AKIA' + 'IOSFODNN7EXAMPLE';
    const d = makeDesign({
      dag: { on_failure_callback: [sns({ target_arn: 'arn', message: key })] },
      tasks: [
        task('b', {
          operator: 'BashOperator',
          args: {},
          expand: { bash_command: [`echo ${key}`] },
        }),
      ],
    });
    expect(errors(d)).toEqual([
      'secret-in-design@dag.on_failure_callback[0].args.message',
      'secret-in-design@tasks[0].expand.bash_command[0]',
    ]);
  });
});

describe('changes keep mappings whole', () => {
  it('a rename of the upstream reaches output_of, and setTaskField sets expand and the count', () => {
    const d = mapped([list, copy()]);
    const renamed = applyChange(d, { type: 'renameTask', from: 'list_files', to: 'listing' });
    expect(renamed.design.tasks[1]!.expand).toEqual({
      source_bucket_key: { output_of: 'listing' },
    });
    expect(errors(renamed.design)).toEqual([]);
    const counted = applyChange(renamed.design, {
      type: 'setTaskField',
      taskId: 'copy',
      field: 'estimated_map_count',
      value: 4,
    });
    expect(counted.design.tasks[1]!.estimated_map_count).toBe(4);
    const unmapped = applyChange(counted.design, {
      type: 'setTaskField',
      taskId: 'copy',
      field: 'expand',
      value: undefined,
    });
    expect(unmapped.design.tasks[1]!.expand).toBeUndefined();
  });
});
