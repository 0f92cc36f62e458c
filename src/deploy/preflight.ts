/**
 * Bucket checks before anything is uploaded. Versioning is a hard
 * requirement: MWAA pins `requirements.txt` (and plugins) by S3 object
 * version, and the deployed manifest records versions to roll back to. Public
 * access and default encryption only warn: they are the bucket owner's call,
 * but an MWAA bucket should block public access and encrypt at rest.
 */
import {
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { describeError, errorCode, httpStatus } from './s3-client.ts';

export type CheckState = 'on' | 'off' | 'unknown';

export interface PreflightResult {
  /** Null when the deploy may go on; otherwise why it is refused, with the fix. */
  refusal: string | null;
  versioning: CheckState;
  publicAccessBlocked: CheckState;
  defaultEncryption: CheckState;
  warnings: string[];
}

/** Versioning as read: its state, and why the deploy is refused (null: it may go on). */
interface VersioningCheck {
  state: CheckState;
  refusal: string | null;
}

/** Public access or default encryption as read: its state, and its warning (null: none). */
interface SettingCheck {
  state: CheckState;
  warning: string | null;
}

/** The one wording for a bucket setting these credentials may not read. */
function cannotRead(bucket: string, setting: string, permission: string, error: unknown): string {
  return `bucket ${bucket}: cannot read ${setting} (${permission}): ${describeError(error)}`;
}

export function versioningHint(bucket: string): string {
  return `aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled`;
}

async function checkVersioning(client: S3Client, bucket: string): Promise<VersioningCheck> {
  try {
    const out = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }));
    if (out.Status === 'Enabled') return { state: 'on', refusal: null };
    const now = out.Status === 'Suspended' ? 'suspended' : 'not enabled';
    return {
      state: 'off',
      refusal:
        `bucket ${bucket}: versioning is ${now}. MWAA needs object versions ` +
        `(requirements.txt is pinned by version). Enable it with:\n  ${versioningHint(bucket)}`,
    };
  } catch (error) {
    // No answer at all (network, no credentials): a failure, not a refusal.
    if (httpStatus(error) === undefined) throw error;
    const code = errorCode(error);
    if (code === 'NoSuchBucket' || code === 'NotFound') {
      return {
        state: 'unknown',
        refusal: `bucket ${bucket} does not exist (or is not visible to these credentials)`,
      };
    }
    return {
      state: 'unknown',
      refusal: cannotRead(bucket, 'its versioning', 's3:GetBucketVersioning', error),
    };
  }
}

const PUBLIC_ACCESS_FLAGS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
] as const;

async function checkPublicAccess(client: S3Client, bucket: string): Promise<SettingCheck> {
  try {
    const out = await client.send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
    const config = out.PublicAccessBlockConfiguration ?? {};
    const open = PUBLIC_ACCESS_FLAGS.filter((flag) => config[flag] !== true);
    if (open.length === 0) return { state: 'on', warning: null };
    return {
      state: 'off',
      warning: `bucket ${bucket}: public access is not fully blocked (${open.join(', ')} off); MWAA requires it blocked`,
    };
  } catch (error) {
    if (errorCode(error) === 'NoSuchPublicAccessBlockConfiguration') {
      return {
        state: 'off',
        warning: `bucket ${bucket}: no public access block is configured; MWAA requires public access blocked`,
      };
    }
    return {
      state: 'unknown',
      warning: cannotRead(
        bucket,
        'the public access block',
        's3:GetBucketPublicAccessBlock',
        error,
      ),
    };
  }
}

async function checkEncryption(client: S3Client, bucket: string): Promise<SettingCheck> {
  try {
    const out = await client.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
    const rules = out.ServerSideEncryptionConfiguration?.Rules ?? [];
    if (rules.some((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm)) {
      return { state: 'on', warning: null };
    }
  } catch (error) {
    if (errorCode(error) !== 'ServerSideEncryptionConfigurationNotFoundError') {
      return {
        state: 'unknown',
        warning: cannotRead(bucket, 'default encryption', 's3:GetEncryptionConfiguration', error),
      };
    }
  }
  return {
    state: 'off',
    warning: `bucket ${bucket}: default encryption is off (this deploy still encrypts every object it writes)`,
  };
}

export async function preflight(client: S3Client, bucket: string): Promise<PreflightResult> {
  const versioning = await checkVersioning(client, bucket);
  if (versioning.refusal !== null && versioning.state === 'unknown') {
    // No bucket or no access: the other checks would only repeat the same failure.
    return {
      refusal: versioning.refusal,
      versioning: 'unknown',
      publicAccessBlocked: 'unknown',
      defaultEncryption: 'unknown',
      warnings: [],
    };
  }
  const [publicAccess, encryption] = await Promise.all([
    checkPublicAccess(client, bucket),
    checkEncryption(client, bucket),
  ]);
  return {
    refusal: versioning.refusal,
    versioning: versioning.state,
    publicAccessBlocked: publicAccess.state,
    defaultEncryption: encryption.state,
    warnings: [publicAccess.warning, encryption.warning].filter((w): w is string => w !== null),
  };
}
