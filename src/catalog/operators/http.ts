/**
 * HttpOperator from the http provider (pinned 5.0.0 / 6.0.0 / 6.0.3, same
 * arguments). Callables (response_check, response_filter,
 * pagination_function) and auth_type are code, not design data.
 */
import { arg, deferrableArg, defineOperator } from '../define.ts';
import { HTTP_PROVIDER, providerImports } from '../import-paths.ts';
import { since } from '../providers.ts';
import type { OperatorSpec } from '../types.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export const HttpOperator = defineOperator({
  key: 'HttpOperator',
  label: 'HTTP request',
  category: 'HTTP',
  description:
    'Calls an HTTP endpoint of the host in an HTTP connection; fails on a non-2xx/3xx response.',
  imports: providerImports('airflow.providers.http.operators.http', 'HttpOperator', HTTP_PROVIDER),
  args: () => [
    arg('http_conn_id', 'string', 'HTTP connection holding the base URL and credentials.', {
      default: 'http_default',
    }),
    arg(
      'endpoint',
      'string',
      "Path appended to the connection's base URL, e.g. 'api/v1/runs/{{ ds }}'.",
      {
        templated: true,
      },
    ),
    arg('method', 'enum', 'HTTP method.', { default: 'POST', choices: HTTP_METHODS }),
    arg('data', 'json', 'Body (POST/PUT) or query parameters (GET): a JSON object or a string.', {
      templated: true,
    }),
    arg('headers', 'json', 'Request headers, e.g. {"Content-Type": "application/json"}.', {
      templated: true,
    }),
    arg('extra_options', 'json', 'requests options, e.g. {"timeout": 60, "check_response": true}.'),
    ...since(
      HTTP_PROVIDER,
      '5.0.0',
      arg('request_kwargs', 'json', 'Extra keyword arguments for requests.Request.'),
    ),
    arg('log_response', 'boolean', 'Log the response body.', { default: false }),
    arg('tcp_keep_alive', 'boolean', 'Enable TCP keep-alive on the connection.', { default: true }),
    arg('tcp_keep_alive_idle', 'integer', 'Seconds of idle before keep-alive probes start.', {
      default: 120,
    }),
    arg('tcp_keep_alive_count', 'integer', 'Keep-alive probes before the connection is dropped.', {
      default: 20,
    }),
    arg('tcp_keep_alive_interval', 'integer', 'Seconds between keep-alive probes.', {
      default: 30,
    }),
    deferrableArg(),
  ],
});

export const HTTP_OPERATORS: readonly OperatorSpec[] = [HttpOperator];
