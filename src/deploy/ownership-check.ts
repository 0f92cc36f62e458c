/**
 * The S3 side of dag_id ownership: reads the deployed manifest of our dag_id
 * and asks ./ownership.ts (pure) whether this design may deploy over it.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import {
  decideOwnership,
  describeOwner,
  freshOwner,
  parsePreviousDeploy,
  type DesignOwner,
  type Incoming,
} from './ownership.ts';
import { readRemoteObject, utf8Text } from './remote-text.ts';

export type OwnershipCheck =
  { ok: true; owner: DesignOwner; warning: string | null } | { ok: false; problem: string };

export async function checkOwnership(
  client: S3Client,
  bucket: string,
  manifestKey: string,
  dagId: string,
  incoming: Incoming,
  force: boolean,
  now: Date,
): Promise<OwnershipCheck> {
  const object = await readRemoteObject(client, bucket, manifestKey);
  let previous = null;
  if (object) {
    const parsed = parsePreviousDeploy(utf8Text(object.bytes) ?? '', object.lastModified);
    if (!parsed.ok) {
      const what = `s3://${bucket}/${manifestKey} cannot be read to tell who owns dag_id "${dagId}" (${parsed.reason})`;
      if (!force) return { ok: false, problem: `${what}. Fix or remove it, or pass --force.` };
      return {
        ok: true,
        owner: freshOwner(incoming, now),
        warning: `${what} (--force: this design becomes the owner)`,
      };
    }
    previous = parsed.previous;
  }
  const decision = decideOwnership(previous, incoming, now);
  if (decision.kind === 'owner') {
    const warning = decision.adopted
      ? `s3://${bucket}/${manifestKey} records no owner (an older deploy); ${incoming.designFile} becomes the owner of dag_id "${dagId}"`
      : null;
    return { ok: true, owner: decision.owner, warning };
  }
  const what = describeOwner(dagId, decision.current, decision.previous);
  if (force) {
    return {
      ok: true,
      owner: decision.ifForced,
      warning: `${what}; --force: ${incoming.designFile} replaces it and becomes the owner`,
    };
  }
  return {
    ok: false,
    problem:
      `${what}, not to ${incoming.designFile}; deploying would replace that DAG. ` +
      'Deploy from that design, give this one another dag_id, or pass --force to make it the owner.',
  };
}
