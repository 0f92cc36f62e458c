/**
 * Uploads the planned files one by one and records what happened to each.
 * Every object is written with its content type, its sha256 as user metadata
 * (what the next deploy compares against) and server-side encryption.
 *
 * A failure does not throw: the caller needs the full picture (what went up,
 * what did not) to report it. After an HTTP error (403 on one key) the other
 * files are still tried; after a network error (no answer at all) the rest
 * are not, since they would only fail the same way after the SDK's retries.
 */
import { PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3';
import type { PlannedFile } from './plan.ts';
import { describeError, httpStatus } from './s3-client.ts';

export interface Encryption {
  /** `AES256` (SSE-S3, default) or `aws:kms` with the key id/ARN. */
  algorithm: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
}

export function encryptionFor(kmsKeyId: string | undefined): Encryption {
  return kmsKeyId ? { algorithm: 'aws:kms', kmsKeyId } : { algorithm: 'AES256' };
}

export interface ObjectToPut {
  key: string;
  body: Uint8Array;
  contentType: string;
  sha256: string;
}

/** One PutObject with the deploy's metadata and encryption; returns the new VersionId. */
export async function putObject(
  client: S3Client,
  bucket: string,
  object: ObjectToPut,
  encryption: Encryption,
): Promise<string | null> {
  const input: PutObjectCommandInput = {
    Bucket: bucket,
    Key: object.key,
    Body: object.body,
    ContentType: object.contentType,
    Metadata: { sha256: object.sha256 },
    ServerSideEncryption: encryption.algorithm,
    ...(encryption.kmsKeyId ? { SSEKMSKeyId: encryption.kmsKeyId } : {}),
  };
  const out = await client.send(new PutObjectCommand(input));
  return out.VersionId ?? null;
}

export type UploadOutcome =
  | { key: string; path: string; status: 'uploaded'; versionId: string | null }
  | { key: string; path: string; status: 'failed'; error: string }
  | { key: string; path: string; status: 'not-attempted' };

/** Called after each file; a returned promise is awaited before the next upload. */
export interface UploadProgress {
  (done: number, total: number, key: string, outcome: UploadOutcome): void | Promise<void>;
}

export async function uploadFiles(
  client: S3Client,
  bucket: string,
  uploads: readonly PlannedFile[],
  encryption: Encryption,
  onProgress?: UploadProgress,
): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  let networkDown = false;
  for (const [index, planned] of uploads.entries()) {
    const { key, path } = planned.file;
    let outcome: UploadOutcome;
    if (networkDown) {
      outcome = { key, path, status: 'not-attempted' };
    } else {
      try {
        const versionId = await putObject(client, bucket, planned.file, encryption);
        outcome = { key, path, status: 'uploaded', versionId };
      } catch (error) {
        networkDown = httpStatus(error) === undefined;
        outcome = { key, path, status: 'failed', error: describeError(error) };
      }
    }
    outcomes.push(outcome);
    await onProgress?.(index + 1, uploads.length, key, outcome);
  }
  return outcomes;
}
