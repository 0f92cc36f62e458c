/**
 * Connection arguments of the Amazon provider classes. Modern classes derive
 * from AwsBaseOperator / AwsBaseSensor (aws_conn_id, region_name,
 * botocore_config; the first two templated via `aws_template_fields`). Some
 * classes in amazon 9.2.0 (pinned for 2.10) still derive from BaseOperator
 * and take fewer of them: passing an unknown keyword there is an error, so
 * each operator states which shape it has on each target.
 */
import type { AirflowTarget } from '../design/design.ts';
import { arg } from './define.ts';
import { AMAZON_PROVIDER } from './import-paths.ts';
import { PROVIDER_PINS } from './providers.ts';
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
  if (shape.botocore) {
    args.push(
      arg(
        'botocore_config',
        'json',
        'botocore Config options as a dict, e.g. {"retries": {"max_attempts": 10}}.',
      ),
    );
  }
  return args;
}

/**
 * True when the amazon provider pinned for `target` is at least `version`.
 * Argument lists follow the pinned provider, so a re-pin moves them with it
 * (the boundaries below were read from amazon 9.2.0, 9.21.0 and 9.23.0).
 */
export function amazonAtLeast(target: AirflowTarget, version: string): boolean {
  const pinned = PROVIDER_PINS[target][AMAZON_PROVIDER];
  if (!pinned) return true;
  return compareVersions(pinned, version) >= 0;
}

/** 9.21.0 moved the S3, Glue, Batch and EMR Serverless classes onto AwsBaseOperator/AwsBaseSensor. */
export function awsBaseShape(target: AirflowTarget, legacy: AwsConnShape): AwsConnShape {
  return amazonAtLeast(target, '9.21.0') ? AWS_BASE : legacy;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** `args` when the amazon provider pinned for `target` is at least `version`, else nothing. */
export function amazonSince(target: AirflowTarget, version: string, ...args: ArgSpec[]): ArgSpec[] {
  return amazonAtLeast(target, version) ? args : [];
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
