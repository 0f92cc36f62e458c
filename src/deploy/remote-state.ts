/**
 * What the bucket holds at each key the bundle would write: HeadObject gives
 * the `sha256` metadata a previous deploy stored and the current VersionId.
 */
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RemoteObject } from './plan.ts';
import { errorCode } from './s3-client.ts';

export async function headObject(
  client: S3Client,
  bucket: string,
  key: string,
): Promise<RemoteObject> {
  try {
    const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return {
      exists: true,
      // The SDK lower-cases user metadata names: x-amz-meta-sha256 -> sha256.
      sha256: out.Metadata?.sha256 ?? null,
      versionId: out.VersionId ?? null,
    };
  } catch (error) {
    // 404 is "no such key"; anything else (403, network) must stop the deploy.
    if (errorCode(error) === 'NotFound' || errorCode(error) === 'NoSuchKey')
      return { exists: false };
    throw error;
  }
}

export async function fetchRemoteState(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
): Promise<Map<string, RemoteObject>> {
  const state = new Map<string, RemoteObject>();
  for (const key of keys) state.set(key, await headObject(client, bucket, key));
  return state;
}
