/**
 * Reading a small text object the deploy must look at before it writes: the
 * environment's `requirements.txt` (to merge into) and the deployed manifest
 * of our dag_id (to know which design owns it). Null when no object is at the
 * key; a 403 on a key that a listing does not show is "no object" too, as in
 * ./remote-state.ts. Anything else (a real denial, no answer) throws.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { sha256Hex } from './bundle.ts';
import { keyIsListed } from './remote-state.ts';
import { errorCode } from './s3-client.ts';

export interface RemoteText {
  key: string;
  bytes: Uint8Array;
  /** sha256 of the bytes as read (not the metadata: a file edited by hand has none). */
  sha256: string;
  versionId: string | null;
  lastModified: Date | null;
}

/** `versionId` pins the read to the version a HeadObject saw, so what is merged is what was compared. */
export async function readRemoteObject(
  client: S3Client,
  bucket: string,
  key: string,
  versionId?: string | null,
): Promise<RemoteText | null> {
  try {
    const out = await client.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ...(versionId ? { VersionId: versionId } : {}),
      }),
    );
    const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
    return {
      key,
      bytes,
      sha256: sha256Hex(bytes),
      versionId: out.VersionId ?? null,
      lastModified: out.LastModified ?? null,
    };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NoSuchKey' || code === 'NotFound') return null;
    if (code === 'AccessDenied' && !(await keyIsListed(client, bucket, key))) return null;
    throw error;
  }
}

/** The object's text (a BOM kept, so the bytes round-trip), or null when it is not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
