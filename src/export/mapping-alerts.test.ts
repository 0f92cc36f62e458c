/**
 * The exporter's dynamic task mapping (`Op.partial(...).expand(...)`) and
 * alerts (notifier instances in DAG(...), default_args and task args).
 */
import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS, type NotifierCall } from '../design/design.ts';
import { code, design, importedNames, task } from '../testing/export-designs.ts';
import { exportBundle } from './index.ts';

const sns: NotifierCall = {
  notifier: 'SnsNotifier',
  // Design order differs from the catalog's: the file follows the catalog.
  args: { message: '{{ dag.dag_id }} failed', target_arn: 'arn:aws:sns:eu-west-1:1:t' },
};

describe('expand', () => {
  const list = task('list_files', 'S3ListOperator', { bucket: 'raw' });
  const copy = task(
    'copy',
    'S3CopyObjectOperator',
    { dest_bucket_key: 'out/{{ ti.map_index }}' },
    { expand: { source_bucket_key: { output_of: 'list_files' } } },
  );

  it('writes partial(<other args>).expand(<arg>=<upstream>.output)', () => {
    const src = code(design([list, copy], { edges: [{ from: 'list_files', to: 'copy' }] }));
    expect(src).toContain(
      '    copy = S3CopyObjectOperator.partial(\n' +
        '        task_id="copy",\n' +
        '        dest_bucket_key="out/{{ ti.map_index }}",\n' +
        '    ).expand(source_bucket_key=list_files.output)\n',
    );
    expect(src).toContain('list_files >> copy');
  });

  it('writes a literal list with each element typed like the argument, on one line when it fits', () => {
    const wait = task(
      'wait',
      'TimeDeltaSensor',
      { mode: 'reschedule' },
      { expand: { delta: [60, 90] } },
    );
    expect(code(design([wait]), '3.3.1')).toContain(
      ').expand(delta=[timedelta(seconds=60), timedelta(seconds=90)])',
    );
    const only = task(
      'say',
      'BashOperator',
      {},
      { expand: { bash_command: ['echo a', 'echo b'] } },
    );
    expect(code(design([only]))).toContain(
      '    say = BashOperator.partial(task_id="say").expand(bash_command=["echo a", "echo b"])\n',
    );
  });

  it('keeps a .sh command a command in an expanded list too (trailing space)', () => {
    const only = task(
      'say',
      'BashOperator',
      {},
      { expand: { bash_command: ['run.sh', 'echo x'] } },
    );
    expect(code(design([only]))).toContain('expand(bash_command=["run.sh ", "echo x"])');
  });

  it('breaks a long literal list one element per line', () => {
    const keys = Array.from({ length: 8 }, (_, i) => `landing/2026-01-0${i}/part-${i}.csv`);
    const only = task(
      'd',
      'S3DeleteObjectsOperator',
      { bucket: 'b' },
      { expand: { prefix: keys } },
    );
    const src = code(design([only]));
    expect(src).toContain('    ).expand(prefix=[\n        "landing/2026-01-00/part-0.csv",\n');
    expect(src).toContain('        "landing/2026-01-07/part-7.csv",\n    ])\n');
  });
});

describe('alerts', () => {
  it('writes DAG-level notifiers after the other DAG settings, catalog keyword order', () => {
    const src = code(design([task('a')], {}, { on_failure_callback: [sns] }));
    expect(src).toContain(
      '    on_failure_callback=[\n' +
        '        SnsNotifier(target_arn="arn:aws:sns:eu-west-1:1:t", message="{{ dag.dag_id }} failed"),\n' +
        '    ],\n' +
        ') as dag:\n',
    );
    expect(src).toContain(
      'from airflow.providers.amazon.aws.notifications.sns import SnsNotifier\n',
    );
  });

  it('writes notifiers in default_args and task args, importing each class once', () => {
    const smtp: NotifierCall = {
      notifier: 'SmtpNotifier',
      args: { to: ['a@example.com'], from_email: 'af@example.com' },
    };
    const d = design(
      [task('a', 'EmptyOperator', { on_retry_callback: [sns], on_success_callback: [smtp] })],
      {},
      { default_args: { retries: 1, on_failure_callback: [sns] } },
    );
    for (const target of AIRFLOW_TARGETS) {
      const src = code(d, target);
      expect(src).toContain(
        '        "on_failure_callback": [\n            SnsNotifier(target_arn=',
      );
      expect(src).toContain('        on_retry_callback=[\n            SnsNotifier(target_arn=');
      expect(src).toContain('        on_success_callback=[\n            SmtpNotifier(to=[');
      expect(importedNames(src).filter((n) => n === 'SnsNotifier')).toHaveLength(1);
      expect(src).toContain('from airflow.providers.smtp.notifications.smtp import SmtpNotifier');
    }
  });

  it('imports no notifier when the design has none', () => {
    expect(code(design([task('a')]))).not.toContain('notifications');
  });

  it('lists the notifiers provider in requirements.txt', () => {
    const smtp: NotifierCall = { notifier: 'SmtpNotifier', args: { to: 'a@example.com' } };
    const files = exportBundle(design([task('a')], {}, { on_failure_callback: [smtp] }), {
      target: '3.3.1',
    });
    const req = files.find((f) => f.path === 'requirements.txt')?.content ?? '';
    expect(req.split('\n')).toContain('apache-airflow-providers-smtp');
  });

  it('refuses to export a notifier the target lacks (validation reports it first)', () => {
    const ses: NotifierCall = {
      notifier: 'SesNotifier',
      args: { mail_from: 'a@x', to: ['b@x'], subject: 's', html_content: 'h' },
    };
    expect(() => code(design([task('a')], {}, { on_failure_callback: [ses] }), '3.0.6')).toThrow(
      /SesNotifier does not exist on Airflow 3.0.6/,
    );
    expect(code(design([task('a')], {}, { on_failure_callback: [ses] }), '3.3.1')).toContain(
      'from airflow.providers.amazon.aws.notifications.ses import SesNotifier',
    );
  });
});
