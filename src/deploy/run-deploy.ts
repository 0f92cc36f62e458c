/**
 * The deploy, step by step, against one S3 client:
 *   1. preflight (bucket exists, versioning on; public access, encryption warn)
 *   2. dag_id collision check in `<prefix>dags/` (refuse unless forced),
 *      then ownership: the dag_id's deployed manifest names the design that
 *      owns it (./ownership-check.ts; refuse another design unless forced)
 *   3. plan: HeadObject each key, compare sha256 metadata; requirements.txt
 *      is the environment's file, merged (./requirements-deploy.ts), and
 *      compared by content
 *   4. (dry run stops here: nothing is written)
 *   5. upload new and changed files, recording every VersionId
 *   6. only when all files are in: write the deployed manifest to the bucket
 * Returns a result for the caller to render; S3 failures never escape as
 * exceptions, they become a `failed` result that says what went up.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DeployBundle } from './bundle.ts';
import { findCollisions, scanDagFolder } from './collisions.ts';
import {
  buildDeployedManifest,
  manifestKey,
  serializeDeployedManifest,
  type DeployedManifest,
} from './manifest.ts';
import { planDeploy, requirementsChanged, type PlannedFile } from './plan.ts';
import { preflight, type PreflightResult } from './preflight.ts';
import { fetchRemoteState, headObject } from './remote-state.ts';
import type { Manifest } from '../export/bundle-types.ts';
import { checkOwnership } from './ownership-check.ts';
import type { DesignOwner } from './ownership.ts';
import {
  manifestWithFile,
  prepareRequirements,
  REQUIREMENTS_PATH,
  requirementsKeyFor,
  withRequirementsKey,
  type RequirementsReport,
} from './requirements-deploy.ts';
import { describeError } from './s3-client.ts';
import {
  putObject,
  uploadFiles,
  type Encryption,
  type UploadProgress,
  type UploadOutcome,
} from './upload.ts';
import { sha256Hex } from './bundle.ts';

export interface DeployOptions {
  bucket: string;
  dryRun: boolean;
  force: boolean;
  encryption: Encryption;
  onProgress?: UploadProgress;
  /** Base name of the design file (or bundle directory): who owns the dag_id after this deploy. */
  designFile: string;
  /** `--requirements-key`: the environment's requirements file, when not `<prefix>requirements.txt`. */
  requirementsKey?: string;
  /** The clock for the owner's `since` (tests pass a fixed one). */
  now?: () => Date;
}

export type DeployStatus = 'deployed' | 'dry-run' | 'refused' | 'failed';

export interface DeployResult {
  status: DeployStatus;
  bucket: string;
  prefix: string;
  dagId: string;
  /** Why the deploy was refused or failed; null when it went through. */
  problem: string | null;
  warnings: string[];
  preflight: PreflightResult | null;
  collisions: string[];
  plan: PlannedFile[];
  outcomes: UploadOutcome[];
  manifestKey: string;
  manifest: DeployedManifest | null;
  manifestText: string | null;
  manifestVersionId: string | null;
  /** The new requirements.txt version MWAA must be pointed at; null when unchanged. */
  requirementsVersionId: string | null;
  /** Key of the environment's requirements file. */
  requirementsKey: string;
  /** The merge of the bundle's requirements.txt; null when the bundle has none (or refused before). */
  requirements: RequirementsReport | null;
  /** The owner this deploy records (or would record, in a dry run); null when refused before. */
  owner: DesignOwner | null;
}

function emptyResult(bundle: DeployBundle, bucket: string, requirementsKey: string): DeployResult {
  return {
    status: 'failed',
    bucket,
    prefix: bundle.prefix,
    dagId: bundle.manifest.dag_id,
    problem: null,
    warnings: [],
    preflight: null,
    collisions: [],
    plan: [],
    outcomes: [],
    manifestKey: manifestKey(bundle.prefix, bundle.manifest.dag_id),
    manifest: null,
    manifestText: null,
    manifestVersionId: null,
    requirementsVersionId: null,
    requirementsKey,
    requirements: null,
    owner: null,
  };
}

async function checkCollisions(
  client: S3Client,
  bundle: DeployBundle,
  options: DeployOptions,
  result: DeployResult,
): Promise<boolean> {
  const ownKey = `${bundle.prefix}dags/${bundle.manifest.dag_id}.py`;
  const scan = await scanDagFolder(client, options.bucket, bundle.prefix, ownKey);
  for (const key of scan.skipped)
    result.warnings.push(`${key}: too large to scan for dag_id collisions`);
  result.collisions = findCollisions(bundle.manifest.dag_id, ownKey, scan.files);
  if (result.collisions.length === 0) return true;
  const what =
    `dag_id "${bundle.manifest.dag_id}" is already declared by ${result.collisions.join(', ')} ` +
    `in s3://${options.bucket}/${bundle.prefix}dags/; MWAA would keep only one of them`;
  if (options.force) {
    result.warnings.push(`${what} (--force: deploying anyway)`);
    return true;
  }
  result.problem = `${what}. Rename the DAG, remove the other file, or pass --force.`;
  return false;
}

/** Writes the deployed manifest unless the bucket already holds the same bytes. */
async function writeManifest(
  client: S3Client,
  options: DeployOptions,
  result: DeployResult,
): Promise<void> {
  const text = result.manifestText ?? '';
  const body = new TextEncoder().encode(text);
  const sha256 = sha256Hex(body);
  const current = await headObject(client, options.bucket, result.manifestKey);
  if (current.exists && current.sha256 === sha256) {
    result.manifestVersionId = current.versionId;
    return;
  }
  result.manifestVersionId = await putObject(
    client,
    options.bucket,
    { key: result.manifestKey, body, contentType: 'application/json', sha256 },
    options.encryption,
  );
}

async function uploadAndRecord(
  client: S3Client,
  manifest: Manifest,
  options: DeployOptions,
  result: DeployResult,
  uploads: PlannedFile[],
): Promise<DeployResult> {
  result.outcomes = await uploadFiles(
    client,
    options.bucket,
    uploads,
    options.encryption,
    options.onProgress,
  );
  const failed = result.outcomes.filter((o) => o.status !== 'uploaded');
  if (failed.length > 0) {
    const sent = result.outcomes.length - failed.length;
    result.problem =
      `${failed.length} of ${result.outcomes.length} uploads did not complete (${sent} went up); ` +
      'no manifest was written. Run the same command again to finish: files already up are skipped.';
    return { ...result, status: 'failed' };
  }
  const versions = new Map<string, string | null>(
    result.plan.map((p) => [p.file.key, p.remoteVersionId]),
  );
  for (const o of result.outcomes) if (o.status === 'uploaded') versions.set(o.key, o.versionId);
  result.manifest = buildDeployedManifest(
    manifest,
    options.bucket,
    versions,
    result.owner ?? undefined,
  );
  result.manifestText = serializeDeployedManifest(result.manifest);
  if (requirementsChanged({ files: result.plan, uploads })) {
    result.requirementsVersionId = versions.get(result.requirementsKey) ?? null;
  }
  try {
    await writeManifest(client, options, result);
  } catch (error) {
    result.problem =
      `every file went up, but the manifest ${result.manifestKey} did not: ${describeError(error)}. ` +
      'Run the same command again to write it.';
    return { ...result, status: 'failed' };
  }
  return { ...result, status: 'deployed' };
}

export async function runDeploy(
  client: S3Client,
  bundle: DeployBundle,
  options: DeployOptions,
): Promise<DeployResult> {
  const requirementsKey = requirementsKeyFor(bundle.prefix, options.requirementsKey);
  const result = emptyResult(bundle, options.bucket, requirementsKey);
  let step = 'checking the bucket';
  try {
    result.preflight = await preflight(client, options.bucket);
    result.warnings.push(...result.preflight.warnings);
    if (result.preflight.refusal !== null) {
      return { ...result, status: 'refused', problem: result.preflight.refusal };
    }
    step = `scanning s3://${options.bucket}/${bundle.prefix}dags/ for dag_id collisions`;
    if (!(await checkCollisions(client, bundle, options, result)))
      return { ...result, status: 'refused' };
    step = `reading ${result.manifestKey} to check who owns the dag_id`;
    const ownership = await checkOwnership(
      client,
      options.bucket,
      result.manifestKey,
      bundle.manifest.dag_id,
      { designFile: options.designFile, designSha256: bundle.manifest.design_sha256 },
      options.force,
      (options.now ?? (() => new Date()))(),
    );
    if (!ownership.ok) return { ...result, status: 'refused', problem: ownership.problem };
    if (ownership.warning) result.warnings.push(ownership.warning);
    result.owner = ownership.owner;
    step = 'comparing with the objects in the bucket';
    let files = withRequirementsKey(bundle.files, requirementsKey);
    const remote = await fetchRemoteState(
      client,
      options.bucket,
      files.map((f) => f.key),
    );
    let manifest = bundle.manifest;
    const ours = files.find((f) => f.path === REQUIREMENTS_PATH);
    if (ours) {
      step = `reading s3://${options.bucket}/${requirementsKey} to merge requirements.txt`;
      const merged = await prepareRequirements(
        client,
        options.bucket,
        ours,
        remote.get(ours.key) ?? { exists: false },
      );
      if (!merged.ok) return { ...result, status: 'refused', problem: merged.problem };
      result.warnings.push(...merged.notes);
      result.requirements = merged.report;
      files = files.map((f) => (f === ours ? merged.file : f));
      remote.set(ours.key, merged.remote);
      manifest = manifestWithFile(manifest, merged.file);
    }
    const plan = planDeploy(files, remote);
    result.plan = plan.files;
    if (options.dryRun) return { ...result, status: 'dry-run' };
    step = 'uploading';
    return await uploadAndRecord(client, manifest, options, result, plan.uploads);
  } catch (error) {
    return { ...result, status: 'failed', problem: `${step} failed: ${describeError(error)}` };
  }
}
