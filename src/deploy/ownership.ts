/**
 * Which design owns a dag_id in a bucket and prefix. The deployed manifest
 * of the dag_id (`<prefix>.dag-designer/<dag_id>.manifest.json`) records its
 * owner; a deploy from another design is refused unless `--force`.
 *
 * "The same design" across edits (docs/DEPLOY.md, "Who owns a dag_id"): the
 * design file's name, or exactly the same design (equal design_sha256, so a
 * renamed file deployed once unchanged takes its new name along). The record
 * also keeps a lineage, the design_sha256 of the first deploy of this owner,
 * and `since`, when that was: both only say which design it is, the design's
 * content changes with every edit and cannot identify it.
 */
import { z } from 'zod';

/** Recorded in the deployed manifest as `owner` (optional: manifests written before it have none). */
export interface DesignOwner {
  /** Base name of the design file (or of the bundle directory) deployed. */
  design_file: string;
  /** design_sha256 of the first deploy of this owner under this dag_id. */
  lineage: string;
  /** ISO 8601 time of that first deploy. */
  since: string;
}

/** What the bucket's current deployed manifest of our dag_id says, as far as ownership goes. */
export interface PreviousDeploy {
  designSha256: string;
  owner: DesignOwner | null;
  /** When that manifest was written (S3 LastModified): the last deploy. */
  lastModified: Date | null;
}

export interface Incoming {
  designFile: string;
  designSha256: string;
}

export type OwnershipDecision =
  | { kind: 'owner'; owner: DesignOwner; adopted: boolean }
  | { kind: 'other-owner'; current: DesignOwner; previous: PreviousDeploy; ifForced: DesignOwner };

const ownerSchema = z.object({
  design_file: z.string().min(1),
  lineage: z.string(),
  since: z.string(),
});

// Only the fields ownership reads; the full deployed-manifest schema lives in ./manifest.ts.
const previousSchema = z.looseObject({
  design_sha256: z.string(),
  owner: ownerSchema.optional(),
});

/** Parses a deployed manifest's text for ownership; a reason when it cannot be read. */
export function parsePreviousDeploy(
  text: string,
  lastModified: Date | null,
): { ok: true; previous: PreviousDeploy } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const parsed = previousSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}` };
  }
  return {
    ok: true,
    previous: {
      designSha256: parsed.data.design_sha256,
      owner: parsed.data.owner ?? null,
      lastModified,
    },
  };
}

/** A new owner: this design, from now on. */
export function freshOwner(incoming: Incoming, now: Date): DesignOwner {
  return {
    design_file: incoming.designFile,
    lineage: incoming.designSha256,
    since: now.toISOString(),
  };
}

/**
 * The owner this deploy records, or the other owner that refuses it. A
 * dag_id never deployed, or deployed before owners were recorded (`adopted`),
 * becomes ours; our own record is carried forward (lineage, since) on every
 * redeploy, so the same design deploys the same manifest bytes.
 */
export function decideOwnership(
  previous: PreviousDeploy | null,
  incoming: Incoming,
  now: Date,
): OwnershipDecision {
  const fresh = freshOwner(incoming, now);
  if (previous === null) return { kind: 'owner', owner: fresh, adopted: false };
  const current = previous.owner;
  // Written before owners were recorded: nothing says whose it was, so it is not refused.
  if (current === null) return { kind: 'owner', owner: fresh, adopted: true };
  if (current.design_file === incoming.designFile) {
    return { kind: 'owner', owner: current, adopted: false };
  }
  if (previous.designSha256 === incoming.designSha256) {
    const renamed = { ...current, design_file: incoming.designFile };
    return { kind: 'owner', owner: renamed, adopted: false };
  }
  return { kind: 'other-owner', current, previous, ifForced: fresh };
}

/** One sentence naming the owner: file name, first and last deploy. */
export function describeOwner(dagId: string, owner: DesignOwner, previous: PreviousDeploy): string {
  const last = previous.lastModified
    ? `, last deployed ${previous.lastModified.toISOString()}`
    : '';
  return (
    `dag_id "${dagId}" belongs to design ${owner.design_file} ` +
    `(first deployed ${owner.since}${last}, design_sha256 ${previous.designSha256.slice(0, 12)}…)`
  );
}
