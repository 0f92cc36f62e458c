/**
 * SNS and SQS publishing (amazon provider; pinned 9.2.0 / 9.23.0 / 9.21.0).
 */
import { arg, defineOperator, requiredArg } from '../define.ts';
import { AWS_BASE, awsConnArgs, amazonSince } from '../aws-args.ts';
import { amazonImports } from '../import-paths.ts';
import type { OperatorSpec } from '../types.ts';

export const SnsPublishOperator = defineOperator({
  key: 'SnsPublishOperator',
  label: 'SNS publish',
  category: 'AWS',
  description: 'Publishes a message to an SNS topic (or endpoint).',
  imports: amazonImports('operators.sns', 'SnsPublishOperator'),
  args: (target) => [
    requiredArg('target_arn', 'string', 'Topic (or endpoint) ARN.', { templated: true }),
    requiredArg('message', 'text', 'Message body, Jinja allowed.', { templated: true }),
    arg('subject', 'string', 'Subject (e-mail subscriptions).', { templated: true }),
    arg('message_attributes', 'json', 'Message attributes, e.g. {"source": "airflow"}.', {
      templated: true,
    }),
    ...amazonSince(
      target,
      '9.21.0',
      arg('message_group_id', 'string', 'Message group (FIFO topics only).', {
        templated: true,
      }),
      arg('message_deduplication_id', 'string', 'Deduplication id (FIFO topics only).', {
        templated: true,
      }),
    ),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const SqsPublishOperator = defineOperator({
  key: 'SqsPublishOperator',
  label: 'SQS publish',
  category: 'AWS',
  description: 'Sends a message to an SQS queue.',
  imports: amazonImports('operators.sqs', 'SqsPublishOperator'),
  args: (target) => [
    requiredArg('sqs_queue', 'string', 'Queue URL.', { templated: true }),
    requiredArg('message_content', 'text', 'Message body, Jinja allowed.', { templated: true }),
    arg('message_attributes', 'json', 'Message attributes as in SQS SendMessage.', {
      templated: true,
    }),
    arg('delay_seconds', 'integer', 'Seconds SQS delays delivery (0-900).', {
      default: 0,
      templated: true,
    }),
    arg('message_group_id', 'string', 'Message group (FIFO queues only).', { templated: true }),
    ...amazonSince(
      target,
      '9.21.0',
      arg('message_deduplication_id', 'string', 'Deduplication id (FIFO queues only).', {
        templated: true,
      }),
    ),
    ...awsConnArgs(AWS_BASE),
  ],
});

export const AWS_MESSAGING_OPERATORS: readonly OperatorSpec[] = [
  SnsPublishOperator,
  SqsPublishOperator,
];
