/**
 * Amazon S3 (apache-airflow-providers-amazon; pinned 9.2.0 / 9.23.0 / 9.21.0).
 * On 9.2.0 these classes derive from BaseOperator and take aws_conn_id only
 * (no region_name): see aws-args.ts.
 */
import { arg, deferrableArg, defineOperator, requiredArg } from '../define.ts';
import { AWS_CONN_ONLY, awsBaseShape, awsConnArgs, amazonSince } from '../aws-args.ts';
import { amazonImports } from '../import-paths.ts';
import { sensorArgs } from '../sensor-args.ts';
import type { AirflowTarget } from '../../design/design.ts';
import type { ArgSpec, OperatorSpec } from '../types.ts';

function s3Conn(target: AirflowTarget): ArgSpec[] {
  return awsConnArgs(awsBaseShape(target, AWS_CONN_ONLY));
}

export const S3KeySensor = defineOperator({
  key: 'S3KeySensor',
  label: 'S3 key sensor',
  category: 'AWS',
  description: 'Waits for an object (or objects matching a pattern) to exist in S3.',
  isSensor: true,
  imports: amazonImports('sensors.s3', 'S3KeySensor'),
  args: (target) => [
    requiredArg(
      'bucket_key',
      'string',
      "Key to wait for, e.g. 'in/{{ ds }}/_SUCCESS', or a full 's3://bucket/key' URL when bucket_name is empty.",
      { templated: true },
    ),
    arg(
      'bucket_name',
      'string',
      'Bucket name (not an ARN or URL). Empty when bucket_key is a full s3:// URL.',
      {
        templated: true,
      },
    ),
    arg('wildcard_match', 'boolean', 'Treat bucket_key as a Unix wildcard pattern (* and ?).', {
      default: false,
    }),
    arg('use_regex', 'boolean', 'Treat bucket_key as a regular expression.', { default: false }),
    arg(
      'metadata_keys',
      'string_list',
      "Object metadata to fetch for check_fn, e.g. ['Size', 'LastModified'].",
      {},
    ),
    deferrableArg(),
    ...s3Conn(target),
    ...sensorArgs(),
  ],
});

export const S3CreateObjectOperator = defineOperator({
  key: 'S3CreateObjectOperator',
  label: 'S3 create object',
  category: 'AWS',
  description: 'Writes a string as an S3 object.',
  imports: amazonImports('operators.s3', 'S3CreateObjectOperator'),
  args: (target) => [
    arg('s3_bucket', 'string', 'Bucket name. Empty when s3_key is a full s3:// URL.', {
      templated: true,
    }),
    requiredArg('s3_key', 'string', "Key of the object, e.g. 'out/{{ ds }}/done.json'.", {
      templated: true,
    }),
    requiredArg('data', 'text', 'Content to write, Jinja allowed.', { templated: true }),
    arg('replace', 'boolean', 'Overwrite the object if it exists (otherwise fail).', {
      default: false,
    }),
    arg('encrypt', 'boolean', 'Server-side encrypt the object with S3-managed keys.', {
      default: false,
    }),
    arg('acl_policy', 'string', "Canned ACL, e.g. 'bucket-owner-full-control'.", {}),
    arg('encoding', 'string', 'Encoding of data (default utf-8).', {}),
    arg('compression', 'string', "Compress before upload: 'gzip'.", {}),
    ...s3Conn(target),
  ],
});

export const S3CopyObjectOperator = defineOperator({
  key: 'S3CopyObjectOperator',
  label: 'S3 copy object',
  category: 'AWS',
  description: 'Copies one S3 object to another key or bucket.',
  imports: amazonImports('operators.s3', 'S3CopyObjectOperator'),
  args: (target) => [
    requiredArg('source_bucket_key', 'string', 'Source key, or a full s3:// URL.', {
      templated: true,
    }),
    requiredArg('dest_bucket_key', 'string', 'Destination key, or a full s3:// URL.', {
      templated: true,
    }),
    arg('source_bucket_name', 'string', 'Source bucket (empty when source_bucket_key is a URL).', {
      templated: true,
    }),
    arg('dest_bucket_name', 'string', 'Destination bucket (empty when dest_bucket_key is a URL).', {
      templated: true,
    }),
    arg('source_version_id', 'string', 'Version of the source object to copy.', {}),
    arg('acl_policy', 'string', "Canned ACL of the copy, e.g. 'bucket-owner-full-control'.", {}),
    ...amazonSince(
      target,
      '9.2.0',
      arg('meta_data_directive', 'enum', 'Copy the source metadata or replace it.', {
        choices: ['COPY', 'REPLACE'],
      }),
    ),
    ...amazonSince(
      target,
      '9.23.0',
      arg('kms_key_id', 'string', 'KMS key id/ARN to encrypt the copy with.', {}),
      arg(
        'kms_encryption_type',
        'string',
        "Server-side encryption of the copy, e.g. 'aws:kms'.",
        {},
      ),
    ),
    ...s3Conn(target),
  ],
});

export const S3DeleteObjectsOperator = defineOperator({
  key: 'S3DeleteObjectsOperator',
  label: 'S3 delete objects',
  category: 'AWS',
  description:
    'Deletes objects by key list, prefix or modification window. Give keys or prefix (or a date range).',
  imports: amazonImports('operators.s3', 'S3DeleteObjectsOperator'),
  args: (target) => [
    requiredArg('bucket', 'string', 'Bucket to delete from.', { templated: true }),
    arg('keys', 'string_list', 'Exact keys to delete.', { templated: true }),
    arg('prefix', 'string', 'Delete every object under this prefix.', { templated: true }),
    arg('from_datetime', 'string', 'Only objects modified at or after this ISO date-time.', {
      templated: true,
    }),
    arg('to_datetime', 'string', 'Only objects modified before this ISO date-time.', {
      templated: true,
    }),
    ...s3Conn(target),
  ],
});

export const S3ListOperator = defineOperator({
  key: 'S3ListOperator',
  label: 'S3 list keys',
  category: 'AWS',
  description: 'Lists the keys under a prefix; the list goes to XCom.',
  imports: amazonImports('operators.s3', 'S3ListOperator'),
  args: (target) => [
    requiredArg('bucket', 'string', 'Bucket to list.', { templated: true }),
    arg('prefix', 'string', 'Only keys starting with this prefix.', {
      default: '',
      templated: true,
    }),
    arg('delimiter', 'string', "Group keys by this delimiter (e.g. '/').", {
      default: '',
      templated: true,
    }),
    arg('apply_wildcard', 'boolean', 'Treat * in prefix as a wildcard.', { default: false }),
    ...s3Conn(target),
  ],
});

export const AWS_S3_OPERATORS: readonly OperatorSpec[] = [
  S3KeySensor,
  S3CreateObjectOperator,
  S3CopyObjectOperator,
  S3DeleteObjectsOperator,
  S3ListOperator,
];
