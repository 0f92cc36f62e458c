/**
 * Athena and Redshift Data API (amazon provider; pinned 9.2.0 / 9.23.0 / 9.21.0).
 */
import { arg, deferrableArg, defineOperator, requiredArg } from '../define.ts';
import { AWS_BASE, amazonAtLeast, amazonSince, awsConnArgs } from '../aws-args.ts';
import { amazonImports } from '../import-paths.ts';
import type { OperatorSpec } from '../types.ts';

export const AthenaOperator = defineOperator({
  key: 'AthenaOperator',
  label: 'Athena query',
  category: 'AWS',
  description:
    'Runs a query on Amazon Athena and waits for it; the query execution id goes to XCom.',
  imports: amazonImports('operators.athena', 'AthenaOperator'),
  // Athena refuses a query with no result location ("No output location provided"):
  // the 'primary' workgroup sets none unless someone configured it.
  requiresOneOf: [['output_location', 'workgroup']],
  args: () => [
    requiredArg(
      'query',
      'text',
      'SQL to run, Jinja allowed. Note: a value ending in .sql is read as a template file next to the DAG.',
      { templated: true, templateExt: ['.sql'] },
    ),
    // Required in every pinned amazon version (only optional from 9.3x on).
    requiredArg('database', 'string', 'Glue Data Catalog database the query runs in.', {
      templated: true,
    }),
    arg(
      'output_location',
      'string',
      "S3 URL for the results, e.g. 's3://my-athena-results/{{ ds }}/'. Needed unless the workgroup sets one.",
      { templated: true },
    ),
    arg(
      'workgroup',
      'string',
      "Athena workgroup. Name one whose settings give a query result location, or set output_location. Airflow's default: 'primary'.",
      { default: 'primary', templated: true },
    ),
    arg('catalog', 'string', 'Data catalog.', { default: 'AwsDataCatalog', templated: true }),
    arg('query_execution_context', 'json', 'Extra QueryExecutionContext fields.', {}),
    arg('result_configuration', 'json', 'Extra ResultConfiguration fields, e.g. encryption.', {}),
    arg('client_request_token', 'string', 'Idempotency token.', {}),
    arg('sleep_time', 'integer', 'Seconds between status checks.', { default: 30 }),
    arg(
      'max_polling_attempts',
      'integer',
      'Status checks before giving up (default: no limit).',
      {},
    ),
    arg('log_query', 'boolean', 'Log the query text.', { default: true }),
    deferrableArg(),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const RedshiftDataOperator = defineOperator({
  key: 'RedshiftDataOperator',
  label: 'Redshift Data API',
  category: 'AWS',
  description:
    'Runs SQL on Redshift (provisioned or Serverless) through the Data API, no network path to the cluster needed.',
  imports: amazonImports('operators.redshift_data', 'RedshiftDataOperator'),
  args: (target) => [
    requiredArg(
      'sql',
      'text',
      'SQL to run, Jinja allowed. Note: a value ending in .sql is read as a template file next to the DAG.',
      { templated: true, templateExt: ['.sql'] },
    ),
    // Before amazon 9.0.0 `database` had no default (a required keyword).
    (amazonAtLeast(target, '9.0.0') ? arg : requiredArg)('database', 'string', 'Database name.', {
      templated: true,
    }),
    arg(
      'cluster_identifier',
      'string',
      'Provisioned cluster id (or use workgroup_name for Serverless).',
      {
        templated: true,
      },
    ),
    arg(
      'workgroup_name',
      'string',
      'Redshift Serverless workgroup (instead of cluster_identifier).',
      {
        templated: true,
      },
    ),
    arg('db_user', 'string', 'Database user (temporary credentials; provisioned clusters).', {
      templated: true,
    }),
    arg('secret_arn', 'string', 'Secrets Manager ARN with the database credentials.', {}),
    arg('parameters', 'json', 'Query parameters, e.g. [{"name": "day", "value": "{{ ds }}"}].', {
      templated: true,
    }),
    arg('statement_name', 'string', 'Name of the statement (shown in the console).', {
      templated: true,
    }),
    arg('with_event', 'boolean', 'Send an EventBridge event when the statement finishes.', {
      default: false,
    }),
    arg('wait_for_completion', 'boolean', 'Wait for the statement to finish.', { default: true }),
    arg('poll_interval', 'duration', 'Seconds between status checks.', {
      default: 10,
      durationAs: 'seconds',
    }),
    arg('return_sql_result', 'boolean', 'Push the result rows to XCom (small results only).', {
      default: false,
    }),
    ...amazonSince(
      target,
      '9.0.0',
      arg('session_id', 'string', 'Reuse an existing Data API session.', { templated: true }),
      arg(
        'session_keep_alive_seconds',
        'integer',
        'Keep the session open this long for later statements.',
        {},
      ),
    ),
    deferrableArg(),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const AWS_ANALYTICS_OPERATORS: readonly OperatorSpec[] = [
  AthenaOperator,
  RedshiftDataOperator,
];
