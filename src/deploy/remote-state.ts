/**
 * What the bucket holds at each key the bundle would write: HeadObject gives
 * the `sha256` metadata a previous deploy stored and the current VersionId.
 *
 * S3 answers HeadObject on a missing key with 403, not 404, when the caller
 * may not list the bucket at that spot (a ListBucket grant limited by an
 * `s3:prefix` condition, as docs/DEPLOY.md recommends, does not cover HEAD).
 * So a 403 is settled by listing exactly that key: absent means a new file,
 * present means a real denial, which stops the deploy.
 */
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { RemoteObject } from './plan.ts';
import { errorCode } from './s3-client.ts';

/** Whether a listing of exactly `key` shows it (how a 403 on a missing key is told from a denial). */
export async function keyIsListed(client: S3Client, bucket: string, key: string): Promise<boolean> {
  const out = await client.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }),
  );
  return (out.Contents ?? []).some((object) => object.Key === key);
}

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
    const code = errorCode(error);
    if (code === 'NotFound' || code === 'NoSuchKey') return { exists: false };
    if (code === 'AccessDenied' && !(await keyIsListed(client, bucket, key))) {
      return { exists: false };
    }
    throw error; // a real denial, a network failure: the deploy must stop
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
