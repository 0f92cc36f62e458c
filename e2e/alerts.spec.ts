/**
 * Issue 12, alerts that reach someone: the failure → SNS template shows its
 * DAG-level notifier in DAG settings ("When a run fails, notify") and its
 * retry alert for every task (default_args); a success
 * alert added there through SQS, and a task's own failure notifier in the
 * task form, are exported as notifier instances.
 */
import { test, expect } from './fixtures.ts';

test('notifiers are edited in DAG settings and the task form and exported', async ({
  page,
  editor,
  examples,
  canvas,
  inspector,
}) => {
  await editor.open();
  await examples.open('Alert template: failure -> SNS topic');
  await inspector.openTab('DAG');
  const onFailure = inspector.root.getByRole('group', { name: 'When a run fails, notify' });
  await expect(onFailure.getByRole('combobox')).toHaveValue('SnsNotifier');
  await expect(onFailure.getByLabel('target_arn')).toHaveValue(/^arn:aws:sns:/);
  // The retry alert for every task, through default_args, in the same section.
  const onRetry = inspector.root.getByRole('group', {
    name: 'When any task is retried, notify (default_args)',
  });
  await expect(onRetry.getByLabel('message', { exact: true })).toHaveValue(/^Retrying /);

  // A success alert through SQS: the notifier's required fields come from the catalog.
  const onSuccess = inspector.root.getByRole('group', { name: 'When a run succeeds, notify' });
  await onSuccess.getByRole('button', { name: 'Add a notifier' }).click();
  await onSuccess.getByRole('combobox').selectOption('SqsNotifier');
  await inspector.fill(
    onSuccess.getByLabel('queue_url'),
    'https://sqs.eu-west-1.amazonaws.com/123456789012/done',
  );
  await inspector.fill(onSuccess.getByLabel('message_body'), '{{ dag.dag_id }} done');
  await editor.screenshot('alerts');

  // The task "load" has its own failure alert in its form.
  await canvas.select('load');
  await expect(
    inspector.root
      .getByRole('group', { name: 'When the task fails, notify' })
      .getByRole('combobox'),
  ).not.toHaveValue('');

  await inspector.openTab('Code');
  const code = inspector.root.getByRole('region', { name: /^Exported Python dags\// });
  await expect(code).toContainText('on_failure_callback=[');
  await expect(code).toContainText('SnsNotifier(');
  await expect(code).toContainText('on_success_callback=[');
  await expect(code).toContainText('SqsNotifier(');
  await expect(code).toContainText(
    'queue_url="https://sqs.eu-west-1.amazonaws.com/123456789012/done"',
  );
  await expect(page.getByRole('button', { name: /^Findings:/ })).toHaveAccessibleName(
    /No problems|0 errors/,
  );
});
