/**
 * Connection arguments of the Amazon provider classes. Modern classes derive
 * from AwsBaseOperator / AwsBaseSensor (aws_conn_id, region_name,
 * botocore_config; the first two templated via `aws_template_fields`). Some
 * classes in amazon 9.2.0 (pinned for 2.10) still derive from BaseOperator
 * and take fewer of them: passing an unknown keyword there is an error, so
 * each operator states which shape it has on each target.
 */
import type { AirflowTarget } from '../design/targets.ts';
import { arg } from './define.ts';
import { AMAZON_PROVIDER } from './import-paths.ts';
import { providerAtLeast, since } from './providers.ts';
import type { ArgSpec } from './types.ts';

export interface AwsConnShape {
  /** `region_name` accepted. */
  region: boolean;
  /** `botocore_config` accepted. */
  botocore: boolean;
  /** aws_conn_id / region_name in template_fields. */
  templated: boolean;
  /** Default of aws_conn_id (BatchOperator on 9.2.0: None). */
  connDefault?: string | null;
  /**
   * The amazon version that moved this class onto AwsBaseOperator: on an old
   * shape, region_name and botocore_config are listed as needing it.
   */
  modernSince?: string;
}

/** AwsBaseOperator / AwsBaseSensor subclasses. */
export const AWS_BASE: AwsConnShape = { region: true, botocore: true, templated: true };
/** AwsBase subclass that overrides template_fields without the connection fields (EcsRunTaskOperator). */
export const AWS_BASE_UNTEMPLATED: AwsConnShape = {
  region: true,
  botocore: true,
  templated: false,
};
/** Old BaseOperator-derived class taking only aws_conn_id. */
export const AWS_CONN_ONLY: AwsConnShape = { region: false, botocore: false, templated: false };

export function awsConnArgs(shape: AwsConnShape): ArgSpec[] {
  const args: ArgSpec[] = [
    arg(
      'aws_conn_id',
      'string',
      "Airflow Connection with the AWS credentials. On MWAA keep 'aws_default' to use the environment's execution role; empty means boto3's default chain.",
      {
        default: shape.connDefault === undefined ? 'aws_default' : shape.connDefault,
        templated: shape.templated,
      },
    ),
  ];
  const later = (...specs: ArgSpec[]) =>
    shape.modernSince ? since(AMAZON_PROVIDER, shape.modernSince, ...specs) : [];
  if (shape.region) {
    args.push(
      arg(
        'region_name',
        'string',
        "AWS region, e.g. 'eu-west-1'. Empty uses the connection's region.",
        {
          templated: shape.templated,
        },
      ),
    );
  }
  if (!shape.region)
    args.push(
      ...later(
        arg(
          'region_name',
          'string',
          "AWS region, e.g. 'eu-west-1'. Empty uses the connection's region.",
        ),
      ),
    );
  if (shape.botocore) {
    args.push(
      arg(
        'botocore_config',
        'json',
        'botocore Config options as a dict, e.g. {"retries": {"max_attempts": 10}}.',
      ),
    );
  }
  if (!shape.botocore)
    args.push(
      ...later(
        arg(
          'botocore_config',
          'json',
          'botocore Config options as a dict, e.g. {"retries": {"max_attempts": 10}}.',
        ),
      ),
    );
  return args;
}

/** True when the amazon provider the target's constraints pin is at least `version`. */
export function amazonAtLeast(target: AirflowTarget, version: string): boolean {
  return providerAtLeast(target, AMAZON_PROVIDER, version);
}

/**
 * 9.21.0 moved the S3, Glue, Batch and EMR Serverless classes onto
 * AwsBaseOperator/AwsBaseSensor. Before that their connection fields became
 * template fields earlier (measured on MWAA's pins: not in 9.0.0, templated in
 * 9.8.0; GlueJobSensor only from 9.12.0): `templatedSince`.
 */
export function awsBaseShape(
  target: AirflowTarget,
  legacy: AwsConnShape,
  templatedSince = '9.8.0',
): AwsConnShape {
  if (amazonAtLeast(target, '9.21.0')) return AWS_BASE;
  const templated = legacy.templated || amazonAtLeast(target, templatedSince);
  return { ...legacy, templated, modernSince: '9.21.0' };
}

/** `args` that exist from amazon `version` on (offered only where the constraints pin that or newer). */
export function amazonSince(
  _target: AirflowTarget,
  version: string,
  ...args: ArgSpec[]
): ArgSpec[] {
  return since(AMAZON_PROVIDER, version, ...args);
}

/** ECS and Batch: how often the CloudWatch log of the container is copied into the task log. */
export function awslogsFetchIntervalArg(): ArgSpec {
  return arg(
    'awslogs_fetch_interval',
    'duration',
    'Seconds between two fetches of the CloudWatch log.',
    {
      default: 30,
      templated: true,
    },
  );
}
