/**
 * AWS compute: Lambda, ECS, Batch, EMR Serverless (amazon provider; pinned
 * 9.2.0 / 9.23.0 / 9.21.0).
 */
import { arg, deferrableArg, defineOperator, requiredArg } from '../define.ts';
import {
  amazonSince,
  AWS_BASE,
  AWS_BASE_UNTEMPLATED,
  awsBaseShape,
  awsConnArgs,
  awslogsFetchIntervalArg,
} from '../aws-args.ts';
import { amazonImports } from '../import-paths.ts';
import { sensorArgs } from '../sensor-args.ts';
import type { OperatorSpec } from '../types.ts';

export const LambdaInvokeFunctionOperator = defineOperator({
  key: 'LambdaInvokeFunctionOperator',
  label: 'Lambda invoke',
  category: 'AWS',
  description: "Invokes an AWS Lambda function; the function's response goes to XCom.",
  imports: amazonImports('operators.lambda_function', 'LambdaInvokeFunctionOperator'),
  args: () => [
    requiredArg('function_name', 'string', 'Function name, ARN or partial ARN.', {
      templated: true,
    }),
    arg(
      'payload',
      'text',
      'Event passed to the function as a JSON STRING, e.g. \'{"day": "{{ ds }}"}\' (not a dict).',
      { templated: true },
    ),
    arg(
      'invocation_type',
      'enum',
      "'RequestResponse' waits for the result; 'Event' returns at once (async); 'DryRun' only checks permissions.",
      { choices: ['RequestResponse', 'Event', 'DryRun'], templated: true },
    ),
    arg('qualifier', 'string', 'Version or alias to invoke.', { templated: true }),
    arg('log_type', 'enum', "'Tail' adds the last 4 KB of the function log to the task log.", {
      choices: ['None', 'Tail'],
    }),
    arg('keep_empty_log_lines', 'boolean', 'Keep empty lines when printing the tailed log.', {
      default: true,
    }),
    arg('client_context', 'string', 'Base64-encoded client context for the function.', {}),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const LambdaFunctionStateSensor = defineOperator({
  key: 'LambdaFunctionStateSensor',
  label: 'Lambda state sensor',
  category: 'AWS',
  description:
    "Waits for a Lambda function to reach a state (default 'Active'), e.g. after a deployment.",
  isSensor: true,
  imports: amazonImports('sensors.lambda_function', 'LambdaFunctionStateSensor'),
  args: () => [
    requiredArg('function_name', 'string', 'Function name or ARN.', { templated: true }),
    arg('qualifier', 'string', 'Version or alias to check.', { templated: true }),
    arg('target_states', 'string_list', "States that end the wait (default ['Active']).", {}),
    ...awsConnArgs(AWS_BASE),
    ...sensorArgs(),
  ],
});

export const EcsRunTaskOperator = defineOperator({
  key: 'EcsRunTaskOperator',
  label: 'ECS run task',
  category: 'AWS',
  description: 'Runs a task on Amazon ECS (EC2 or Fargate) and, by default, waits for it to stop.',
  imports: amazonImports('operators.ecs', 'EcsRunTaskOperator'),
  args: (target) => [
    requiredArg('cluster', 'string', 'Cluster name or ARN.', { templated: true }),
    requiredArg(
      'task_definition',
      'string',
      "Task definition family[:revision] or ARN, e.g. 'etl:12'.",
      {
        templated: true,
      },
    ),
    requiredArg(
      'overrides',
      'json',
      'Container overrides as in ECS RunTask, e.g. {"containerOverrides": [{"name": "app", "command": ["run", "{{ ds }}"]}]}. Required by Airflow: use {} for none.',
      { templated: true },
    ),
    arg(
      'launch_type',
      'enum',
      "'EC2', 'FARGATE' or 'EXTERNAL'. Ignored when capacity_provider_strategy is set.",
      { default: 'EC2', choices: ['EC2', 'FARGATE', 'EXTERNAL'], templated: true },
    ),
    arg(
      'capacity_provider_strategy',
      'json',
      'Capacity providers instead of launch_type, e.g. [{"capacityProvider": "FARGATE_SPOT", "weight": 1}].',
      { templated: true },
    ),
    arg(
      'network_configuration',
      'json',
      'Required for FARGATE (awsvpc), e.g. {"awsvpcConfiguration": {"subnets": ["subnet-..."], "securityGroups": ["sg-..."]}}.',
      { templated: true },
    ),
    arg('platform_version', 'string', "Fargate platform version, e.g. 'LATEST'.", {
      templated: true,
    }),
    arg('group', 'string', 'Task group name.', { templated: true }),
    arg('placement_constraints', 'json', 'Placement constraints (list).', { templated: true }),
    arg('placement_strategy', 'json', 'Placement strategy (list).', { templated: true }),
    ...amazonSince(
      target,
      '9.0.0',
      arg('volume_configurations', 'json', 'Volume configurations (list), e.g. EBS volumes.', {
        templated: true,
      }),
    ),
    arg('tags', 'json', 'Tags for the task, e.g. {"team": "data"}.', { templated: true }),
    arg('propagate_tags', 'enum', 'Copy tags from the task definition or service.', {
      choices: ['TASK_DEFINITION', 'SERVICE', 'NONE'],
      templated: true,
    }),
    arg(
      'awslogs_group',
      'string',
      'CloudWatch log group of the container, to stream its log into the task log.',
      {
        templated: true,
      },
    ),
    arg('awslogs_region', 'string', 'Region of the log group (default: region_name).', {
      templated: true,
    }),
    arg(
      'awslogs_stream_prefix',
      'string',
      "Log stream prefix, e.g. 'ecs/app' (prefix/container-name).",
      {
        templated: true,
      },
    ),
    awslogsFetchIntervalArg(),
    ...amazonSince(
      target,
      '9.21.0',
      arg('container_name', 'string', 'Container whose logs to fetch when the task has several.', {
        templated: true,
      }),
    ),
    arg(
      'reattach',
      'boolean',
      'On retry, attach to a still-running task from a previous try instead of starting a new one.',
      {
        default: false,
        templated: true,
      },
    ),
    arg(
      'number_logs_exception',
      'integer',
      'Log lines included in the error when the task fails.',
      {
        default: 10,
        templated: true,
      },
    ),
    arg('quota_retry', 'json', 'Retry settings when RunTask hits capacity limits.', {}),
    arg('wait_for_completion', 'boolean', 'Wait for the ECS task to stop.', {
      default: true,
      templated: true,
    }),
    arg('waiter_delay', 'integer', 'Seconds between status checks.', { default: 6 }),
    arg('waiter_max_attempts', 'integer', 'Status checks before giving up.', { default: 1000000 }),
    { ...deferrableArg(), templated: true },
    ...amazonSince(
      target,
      '9.23.0',
      arg(
        'stop_task_on_failure',
        'boolean',
        'Stop the ECS task when the Airflow task fails or is killed.',
        { default: true },
      ),
    ),
    ...awsConnArgs(AWS_BASE_UNTEMPLATED),
  ],
});

export const BatchOperator = defineOperator({
  key: 'BatchOperator',
  label: 'Batch job',
  category: 'AWS',
  description: 'Submits an AWS Batch job and, by default, waits for it to finish.',
  imports: amazonImports('operators.batch', 'BatchOperator'),
  args: (target) => [
    requiredArg('job_name', 'string', 'Name of the job.', { templated: true }),
    requiredArg('job_queue', 'string', 'Job queue name or ARN.', { templated: true }),
    requiredArg('job_definition', 'string', 'Job definition name[:revision] or ARN.', {
      templated: true,
    }),
    arg(
      'container_overrides',
      'json',
      'Container overrides, e.g. {"command": ["python", "run.py", "{{ ds }}"], "environment": [{"name": "X", "value": "1"}]}.',
      { templated: true },
    ),
    arg('parameters', 'json', 'Parameter substitutions of the job definition.', {
      templated: true,
    }),
    arg('array_properties', 'json', 'Array job properties, e.g. {"size": 10}.', {
      templated: true,
    }),
    arg('ecs_properties_override', 'json', 'Overrides for multi-container ECS jobs.', {
      templated: true,
    }),
    arg('eks_properties_override', 'json', 'Overrides for EKS jobs.', { templated: true }),
    arg('node_overrides', 'json', 'Overrides for multi-node parallel jobs.', { templated: true }),
    arg('retry_strategy', 'json', 'Batch-level retry strategy, e.g. {"attempts": 3}.', {
      templated: true,
    }),
    arg('tags', 'json', 'Tags of the job.', { templated: true }),
    arg('share_identifier', 'string', 'Share identifier (fair-share queues).', {}),
    arg('scheduling_priority_override', 'integer', 'Scheduling priority (fair-share queues).', {}),
    arg('wait_for_completion', 'boolean', 'Wait for the job to finish.', {
      default: true,
      templated: true,
    }),
    arg('max_retries', 'integer', 'Status polls before giving up waiting.', { default: 4200 }),
    arg('status_retries', 'integer', 'Retries of a failed status call.', {}),
    arg('poll_interval', 'duration', 'Seconds between status polls (deferrable mode).', {
      default: 30,
      durationAs: 'seconds',
    }),
    arg('awslogs_enabled', 'boolean', 'Stream the CloudWatch log of the job into the task log.', {
      default: false,
      templated: true,
    }),
    awslogsFetchIntervalArg(),
    ...amazonSince(
      target,
      '9.21.0',
      arg(
        'submit_job_timeout',
        'integer',
        'Timeout in seconds of each job attempt (Batch "timeout").',
        {},
      ),
    ),
    deferrableArg(),
    ...awsConnArgs(
      awsBaseShape(target, { region: true, botocore: false, templated: false, connDefault: null }),
    ),
  ],
});

export const EmrServerlessStartJobOperator = defineOperator({
  key: 'EmrServerlessStartJobOperator',
  label: 'EMR Serverless job',
  category: 'AWS',
  description:
    'Starts a Spark or Hive job run on an EMR Serverless application and, by default, waits for it.',
  imports: amazonImports('operators.emr', 'EmrServerlessStartJobOperator'),
  args: (target) => [
    requiredArg('application_id', 'string', 'EMR Serverless application id.', { templated: true }),
    requiredArg('execution_role_arn', 'string', 'IAM role ARN the job runs as.', {
      templated: true,
    }),
    requiredArg(
      'job_driver',
      'json',
      'Job driver, e.g. {"sparkSubmit": {"entryPoint": "s3://bucket/job.py", "entryPointArguments": ["{{ ds }}"]}}.',
      { templated: true },
    ),
    arg(
      'configuration_overrides',
      'json',
      'Configuration overrides, e.g. {"monitoringConfiguration": {"s3MonitoringConfiguration": {"logUri": "s3://bucket/logs/"}}}.',
      { templated: true },
    ),
    arg('name', 'string', 'Name of the job run.', { templated: true }),
    arg('config', 'json', 'Extra StartJobRun parameters, e.g. {"tags": {...}}.', {
      templated: true,
    }),
    arg('client_request_token', 'string', 'Idempotency token (default: generated).', {
      default: '',
    }),
    arg('wait_for_completion', 'boolean', 'Wait for the job run to finish.', { default: true }),
    arg('waiter_max_attempts', 'integer', 'Status checks before giving up.', {}),
    arg('waiter_delay', 'integer', 'Seconds between status checks.', {}),
    arg(
      'enable_application_ui_links',
      'boolean',
      'Add Spark UI / logs links to the task (extra API calls).',
      {
        default: false,
      },
    ),
    ...amazonSince(
      target,
      '9.23.0',
      arg('cancel_on_kill', 'boolean', 'Cancel the job run when the Airflow task is killed.', {
        default: true,
      }),
    ),
    deferrableArg(),
    ...awsConnArgs(awsBaseShape(target, { region: false, botocore: false, templated: true })),
  ],
});

export const AWS_COMPUTE_OPERATORS: readonly OperatorSpec[] = [
  LambdaInvokeFunctionOperator,
  LambdaFunctionStateSensor,
  EcsRunTaskOperator,
  BatchOperator,
  EmrServerlessStartJobOperator,
];
