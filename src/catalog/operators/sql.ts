/**
 * SQLExecuteQueryOperator from common.sql (pinned 1.21.0 / 1.33.0 / 2.1.1).
 */
import { arg, defineOperator, requiredArg } from '../define.ts';
import { COMMON_SQL_PROVIDER, providerImports } from '../import-paths.ts';
import { since } from '../providers.ts';
import type { OperatorSpec } from '../types.ts';

export const SQLExecuteQueryOperator = defineOperator({
  key: 'SQLExecuteQueryOperator',
  label: 'SQL query',
  category: 'SQL',
  description:
    'Runs SQL on any database with an Airflow connection (Postgres, Redshift, MySQL, Snowflake, ...).',
  imports: providerImports(
    'airflow.providers.common.sql.operators.sql',
    'SQLExecuteQueryOperator',
    COMMON_SQL_PROVIDER,
  ),
  args: () => [
    // Optional in the signature (default None) but the task fails without a connection.
    requiredArg(
      'conn_id',
      'string',
      'Connection of the database to run on (its type picks the driver).',
      {
        templated: true,
      },
    ),
    requiredArg(
      'sql',
      'text',
      'SQL to run, Jinja allowed. Note: a value ending in .sql or .json is read as a template file next to the DAG.',
      { templated: true, templateExt: ['.sql', '.json'] },
    ),
    arg('parameters', 'json', 'Query parameters bound by the driver (list or dict).', {
      templated: true,
    }),
    arg('database', 'string', "Database/schema overriding the connection's.", { templated: true }),
    arg('autocommit', 'boolean', 'Commit after each statement.', { default: false }),
    arg(
      'split_statements',
      'boolean',
      'Split the SQL on ";" and run the statements one by one (default: per hook).',
      {
        default: null,
      },
    ),
    arg('return_last', 'boolean', 'Return (XCom) only the result of the last statement.', {
      default: true,
    }),
    arg('show_return_value_in_logs', 'boolean', 'Log the query result (avoid for large results).', {
      default: false,
    }),
    arg('hook_params', 'json', 'Extra keyword arguments for the database hook.', {
      templated: true,
    }),
    arg('retry_on_failure', 'boolean', 'Let Airflow retry the task when the query fails.', {
      default: true,
    }),
    // Not in common-sql 1.21.0; 1.27.1 (the oldest MWAA pin known to have it) does.
    ...since(
      COMMON_SQL_PROVIDER,
      '1.27.1',
      arg(
        'requires_result_fetch',
        'boolean',
        'Fetch results even when no XCom is pushed (for drivers that need it).',
        { default: false },
      ),
    ),
  ],
});

export const SQL_OPERATORS: readonly OperatorSpec[] = [SQLExecuteQueryOperator];
