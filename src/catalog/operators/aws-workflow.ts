/**
 * AWS Step Functions and Glue (amazon provider; pinned 9.2.0 / 9.23.0 / 9.21.0).
 */
import { arg, deferrableArg, defineOperator, requiredArg } from '../define.ts';
import {
  amazonAtLeast,
  AWS_BASE,
  AWS_CONN_ONLY,
  awsBaseShape,
  awsConnArgs,
  amazonSince,
} from '../aws-args.ts';
import { AMAZON_PROVIDER, amazonImports } from '../import-paths.ts';
import { sensorArgs } from '../sensor-args.ts';
import type { OperatorSpec } from '../types.ts';

export const StepFunctionStartExecutionOperator = defineOperator({
  key: 'StepFunctionStartExecutionOperator',
  label: 'Step Functions start',
  category: 'AWS',
  description:
    'Starts a Step Functions state machine execution; the execution ARN goes to XCom (pair with StepFunctionExecutionSensor to wait).',
  imports: amazonImports('operators.step_function', 'StepFunctionStartExecutionOperator'),
  args: () => [
    requiredArg('state_machine_arn', 'string', 'ARN of the state machine.', { templated: true }),
    // The keyword is `state_machine_input` on every pinned version; the pinned
    // versions store it as `self.input` and list `input` in template_fields,
    // so it IS rendered (newer providers renamed the field to match).
    arg('state_machine_input', 'json', 'Execution input as JSON, e.g. {"day": "{{ ds }}"}.', {
      templated: true,
    }),
    arg(
      'name',
      'string',
      'Execution name (unique per state machine for 90 days; default generated).',
      {
        templated: true,
      },
    ),
    arg(
      'is_redrive_execution',
      'boolean',
      'Redrive (resume) the failed execution named by name instead of starting a new one.',
      {
        default: false,
        templated: true,
      },
    ),
    arg('waiter_max_attempts', 'integer', 'Status checks before giving up (deferrable mode).', {
      default: 30,
    }),
    arg('waiter_delay', 'integer', 'Seconds between status checks (deferrable mode).', {
      default: 60,
    }),
    deferrableArg(),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const StepFunctionExecutionSensor = defineOperator({
  key: 'StepFunctionExecutionSensor',
  label: 'Step Functions sensor',
  category: 'AWS',
  description:
    'Waits for a Step Functions execution to finish; fails if it fails, times out or is aborted.',
  isSensor: true,
  imports: amazonImports('sensors.step_function', 'StepFunctionExecutionSensor'),
  args: () => [
    requiredArg(
      'execution_arn',
      'string',
      'Execution ARN, usually from the start task: "{{ task_instance.xcom_pull(task_ids=\'start_sfn\') }}".',
      { templated: true },
    ),
    ...awsConnArgs(AWS_BASE),
    ...sensorArgs(),
  ],
});

export const GlueJobOperator = defineOperator({
  key: 'GlueJobOperator',
  label: 'Glue job',
  category: 'AWS',
  description:
    'Runs an AWS Glue job (creating or updating it when script_location is given) and, by default, waits.',
  imports: amazonImports('operators.glue', 'GlueJobOperator'),
  args: (target) => [
    arg('job_name', 'string', 'Name of the Glue job to run.', {
      default: 'aws_glue_default_job',
      templated: true,
    }),
    arg(
      'script_args',
      'json',
      'Job run arguments, e.g. {"--day": "{{ ds }}", "--enable-metrics": "true"} (keys start with --).',
      { templated: true },
    ),
    arg(
      'script_location',
      'string',
      'S3 URL (or local path) of the script; needed only to create/update the job.',
      {
        templated: true,
      },
    ),
    arg(
      'run_job_kwargs',
      'json',
      'Extra StartJobRun parameters, e.g. {"WorkerType": "G.1X", "NumberOfWorkers": 10}.',
      {
        templated: amazonAtLeast(target, '9.8.0'),
      },
    ),
    arg('create_job_kwargs', 'json', 'Extra CreateJob parameters, e.g. {"GlueVersion": "4.0"}.', {
      templated: true,
    }),
    arg('wait_for_completion', 'boolean', 'Wait for the job run to finish.', { default: true }),
    arg('verbose', 'boolean', 'Stream the job run log into the task log.', { default: false }),
    arg('job_desc', 'string', 'Job description (when creating the job).', {
      default: 'AWS Glue Job with Airflow',
    }),
    arg(
      'concurrent_run_limit',
      'integer',
      'Max concurrent runs of the job (when creating it).',
      {},
    ),
    arg('retry_limit', 'integer', 'Glue-level retries of the job (when creating it).', {
      default: 0,
    }),
    arg(
      'num_of_dpus',
      'number',
      'DPUs for the job (when creating it; do not combine with WorkerType).',
      {},
    ),
    arg('s3_bucket', 'string', 'Bucket for uploading a local script and for job logs.', {
      templated: true,
    }),
    arg('iam_role_name', 'string', 'IAM role name the job runs as (when creating it).', {
      templated: true,
    }),
    arg('iam_role_arn', 'string', 'IAM role ARN the job runs as (when creating it).', {
      templated: true,
    }),
    arg('replace_script_file', 'boolean', 'Re-upload the local script even if it exists in S3.', {
      default: false,
    }),
    arg(
      'update_config',
      'boolean',
      'Update the job definition from create_job_kwargs before running.',
      {
        default: false,
      },
    ),
    arg(
      'stop_job_run_on_kill',
      'boolean',
      'Stop the Glue job run when the Airflow task is killed.',
      {
        default: false,
      },
    ),
    ...amazonSince(
      target,
      '9.2.0',
      arg(
        'sleep_before_return',
        'integer',
        'Seconds to wait after the run ends (lets Glue release resources).',
        { default: 0 },
      ),
    ),
    arg('job_poll_interval', 'duration', 'Seconds between status checks.', {
      default: 6,
      durationAs: 'seconds',
    }),
    ...amazonSince(
      target,
      '9.21.0',
      arg('waiter_delay', 'integer', 'Seconds between status checks (deferrable mode).', {
        default: 60,
      }),
      arg('waiter_max_attempts', 'integer', 'Status checks before giving up (deferrable mode).', {
        default: 75,
      }),
    ),
    deferrableArg(),
    ...awsConnArgs(awsBaseShape(target, { region: true, botocore: false, templated: false })),
  ],
});

export const GlueJobSensor = defineOperator({
  key: 'GlueJobSensor',
  label: 'Glue job sensor',
  category: 'AWS',
  description:
    'Waits for a Glue job run to finish (use with GlueJobOperator wait_for_completion=false).',
  isSensor: true,
  imports: amazonImports('sensors.glue', 'GlueJobSensor'),
  args: (target) => [
    requiredArg('job_name', 'string', 'Glue job name.', { templated: true }),
    requiredArg(
      'run_id',
      'string',
      'Job run id, e.g. "{{ task_instance.xcom_pull(task_ids=\'run_glue\') }}".',
      {
        templated: true,
      },
    ),
    arg('verbose', 'boolean', 'Stream the job run log into the task log.', { default: false }),
    ...amazonSince(
      target,
      '9.21.0',
      arg('max_retries', 'integer', 'Status checks before giving up (deferrable mode).', {
        default: 60,
      }),
      deferrableArg(),
    ),
    ...awsConnArgs(awsBaseShape(target, AWS_CONN_ONLY, '9.12.0')),
    ...sensorArgs({ pokeIntervalDefault: amazonAtLeast(target, '9.21.0') ? 120 : 60 }),
  ],
});

export const GlueCrawlerOperator = defineOperator({
  key: 'GlueCrawlerOperator',
  label: 'Glue crawler',
  category: 'AWS',
  description: 'Creates or updates a Glue crawler from config and runs it.',
  imports: amazonImports('operators.glue_crawler', 'GlueCrawlerOperator'),
  // amazon 9.34.0 (MWAA 3.3.1) deprecates it for GlueCrawlerCreate/Update/RunOperator.
  deprecatedSince: { provider: AMAZON_PROVIDER, version: '9.34.0' },
  args: (target) => [
    requiredArg(
      'config',
      'json',
      'Crawler configuration as in Glue CreateCrawler, at least {"Name": "my_crawler"}; with Role and Targets it creates/updates the crawler.',
      { templated: true },
    ),
    arg('poll_interval', 'duration', 'Seconds between status checks.', {
      default: 5,
      durationAs: 'seconds',
    }),
    arg('wait_for_completion', 'boolean', 'Wait for the crawl to finish.', { default: true }),
    ...amazonSince(
      target,
      '9.23.0',
      arg(
        'fail_on_already_running',
        'boolean',
        'Fail when the crawler is already running (else wait for that run).',
        { default: true },
      ),
    ),
    deferrableArg(),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const AWS_WORKFLOW_OPERATORS: readonly OperatorSpec[] = [
  StepFunctionStartExecutionOperator,
  StepFunctionExecutionSensor,
  GlueJobOperator,
  GlueJobSensor,
  GlueCrawlerOperator,
];
