/**
 * BaseOperator arguments every task accepts, checked against
 * `airflow.models.baseoperator.BaseOperator` (2.10.5, 2.11.0) and
 * `airflow.sdk.bases.operator.BaseOperator` (task-sdk 1.0.6 for Airflow 3.0.6,
 * 1.3.2 for 3.3.2).
 *
 * Airflow 3 differences encoded in `targets`:
 * - `sla` is removed (3.x still accepts it but warns "The SLA feature is removed").
 * - `email`, `email_on_failure`, `email_on_retry` warn RemovedInAirflow4Warning
 *   on 3.x ("migrate to SmtpNotifier"), so they are offered on 2.x only.
 * - `task_concurrency` (a deprecated alias of max_active_tis_per_dag) is not
 *   offered anywhere: 3.x rejects it.
 */
import { lineOf, type AirflowLine, type AirflowTarget } from '../design/targets.ts';
import { arg } from './define.ts';
import { CALLBACK_ARGS } from './callback-args.ts';
import { DEFAULT_TRIGGER_RULE, TRIGGER_RULES } from './trigger-rules.ts';
import type { ArgSpec, CommonArgSpec } from './types.ts';

const AIRFLOW_2: readonly AirflowLine[] = ['2.10', '2.11'];

export const WEIGHT_RULES = ['downstream', 'upstream', 'absolute'] as const;

export const COMMON_ARGS: readonly CommonArgSpec[] = [
  arg('owner', 'string', 'Who owns the task (shown in the UI, used for filtering).', {
    default: 'airflow',
  }),
  arg(
    'retries',
    'integer',
    'How many times to retry a failed try before marking the task failed.',
    { default: 0 },
  ),
  arg('retry_delay', 'duration', 'Seconds to wait between retries.', { default: 300 }),
  arg(
    'retry_exponential_backoff',
    'boolean',
    'Double the wait after each retry (capped by max_retry_delay). Airflow 3.3 also accepts a multiplier; true works everywhere.',
    { default: false },
  ),
  arg(
    'max_retry_delay',
    'duration',
    'Upper bound, in seconds, of the wait between retries with exponential backoff.',
  ),
  arg(
    'execution_timeout',
    'duration',
    'Seconds one try may run before Airflow kills it and fails (or retries) it. Empty: no limit.',
  ),
  {
    ...arg('trigger_rule', 'enum', 'When the task runs, given the states of its upstream tasks.', {
      default: DEFAULT_TRIGGER_RULE,
      choices: TRIGGER_RULES['3'],
    }),
    choicesByTarget: TRIGGER_RULES,
  },
  arg(
    'pool',
    'string',
    "Pool that limits how many such tasks run at once (Admin > Pools). Empty: 'default_pool'.",
  ),
  arg('pool_slots', 'integer', 'Pool slots one running try takes.', { default: 1 }),
  arg('priority_weight', 'integer', 'Priority among queued tasks; higher runs first.', {
    default: 1,
  }),
  arg('weight_rule', 'enum', 'How priority_weight is summed along the graph.', {
    default: 'downstream',
    choices: WEIGHT_RULES,
  }),
  arg('queue', 'string', "Executor queue (Celery queue on MWAA). Airflow default: 'default'.", {
    default: 'default',
  }),
  arg(
    'depends_on_past',
    'boolean',
    'Run only if this task succeeded (or was skipped) in the previous DAG run.',
    {
      default: false,
    },
  ),
  arg(
    'ignore_first_depends_on_past',
    'boolean',
    'With depends_on_past: do not wait on a previous run for the very first run.',
    { default: false },
  ),
  arg(
    'wait_for_downstream',
    'boolean',
    "Also wait for the previous run's direct downstream tasks of this task to finish (implies depends_on_past).",
    { default: false },
  ),
  {
    ...arg('email', 'string_list', 'Addresses alerted on failure/retry (needs SMTP configured).'),
    targets: AIRFLOW_2,
  },
  {
    ...arg('email_on_failure', 'boolean', 'Send an email to `email` when the task fails.', {
      default: true,
    }),
    targets: AIRFLOW_2,
  },
  {
    ...arg('email_on_retry', 'boolean', 'Send an email to `email` when the task is retried.', {
      default: true,
    }),
    targets: AIRFLOW_2,
  },
  {
    ...arg(
      'sla',
      'duration',
      'Seconds after the scheduled time by which the task should have succeeded (SLA miss).',
    ),
    targets: AIRFLOW_2,
  },
  arg(
    'max_active_tis_per_dag',
    'integer',
    'At most this many runs of this task at once, across DAG runs.',
  ),
  arg(
    'max_active_tis_per_dagrun',
    'integer',
    'At most this many instances of this task at once within one DAG run.',
  ),
  arg('do_xcom_push', 'boolean', "Push the operator's return value to XCom.", { default: true }),
  arg(
    'task_display_name',
    'string',
    'Name shown in the UI instead of the task_id (may contain any characters).',
  ),
  arg('doc_md', 'text', 'Markdown documentation shown on the task in the UI.'),
  // Alerts: a list of notifiers (src/catalog/notifiers.ts), checked and exported as such.
  ...CALLBACK_ARGS,
];

/** True when the common argument exists on `target` (its Airflow line). */
export function isCommonArgOn(spec: CommonArgSpec, target: AirflowTarget): boolean {
  return !spec.targets || spec.targets.includes(lineOf(target));
}

/** The common arguments valid on one target, with that target's enum choices. */
export function commonArgsFor(target: AirflowTarget): ArgSpec[] {
  return COMMON_ARGS.filter((spec) => isCommonArgOn(spec, target)).map((spec) => {
    const rest: CommonArgSpec = { ...spec };
    delete rest.targets;
    delete rest.choicesByTarget;
    const choices = spec.choicesByTarget?.[lineOf(target)];
    return choices ? { ...rest, choices } : rest;
  });
}
