/**
 * The deploy side of `requirements.txt`: which key is the environment's file,
 * what it holds now, and the file this deploy would put there, the bundle's
 * lines merged in by ./requirements-merge.ts (pure). The merged bytes replace
 * the bundle's own file in the plan and in the deployed manifest, so the
 * manifest describes the object S3 holds at that version.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { createTwoFilesPatch } from 'diff';
import type { Manifest } from '../export/bundle-types.ts';
import { sha256Hex } from './bundle.ts';
import type { FileAction, LocalFile, RemoteObject } from './plan.ts';
import { mergeRequirements } from './requirements-merge.ts';
import { readRemoteObject, utf8Text } from './remote-text.ts';

export const REQUIREMENTS_PATH = 'requirements.txt';

/** What the report shows about the environment's requirements file. */
export interface RequirementsReport {
  key: string;
  action: FileAction;
  /** Lines this deploy adds (the constraint line first); empty when unchanged. */
  added: string[];
  /** Unified diff, current file to merged file; null when unchanged. */
  diff: string | null;
}

export type RequirementsStep =
  | { ok: true; file: LocalFile; remote: RemoteObject; report: RequirementsReport; notes: string[] }
  | { ok: false; problem: string };

/** `--requirements-key` (a key in the bucket, as MWAA's RequirementsS3Path), else `<prefix>requirements.txt`. */
export function requirementsKeyFor(prefix: string, flag: string | undefined): string {
  const key = (flag ?? '').replace(/^\/+/, '');
  return key === '' ? `${prefix}${REQUIREMENTS_PATH}` : key;
}

/** The bundle's requirements file, moved to the environment's key (bytes unchanged). */
export function withRequirementsKey(files: readonly LocalFile[], key: string): LocalFile[] {
  return files.map((f) => (f.path === REQUIREMENTS_PATH ? { ...f, key } : f));
}

export function unifiedDiff(key: string, current: string | null, merged: string): string {
  return createTwoFilesPatch(
    current === null ? '/dev/null' : `a/${key}`,
    `b/${key}`,
    current ?? '',
    merged,
    undefined,
    undefined,
    { context: 3 },
  );
}

/**
 * Reads the current file (the version `head` saw) and merges the bundle's
 * into it. `remote` comes back with the sha256 of the bytes read, so the plan
 * compares content, not metadata: an unchanged merge is never uploaded.
 */
export async function prepareRequirements(
  client: S3Client,
  bucket: string,
  ours: LocalFile,
  head: RemoteObject,
): Promise<RequirementsStep> {
  const where = `s3://${bucket}/${ours.key}`;
  const object = head.exists
    ? await readRemoteObject(client, bucket, ours.key, head.versionId)
    : null;
  const current = object ? utf8Text(object.bytes) : null;
  if (object && current === null) {
    return { ok: false, problem: `${where} is not UTF-8 text; fix it before deploying` };
  }
  const bundleText = utf8Text(ours.body);
  if (bundleText === null) {
    return { ok: false, problem: `the bundle's ${ours.path} is not UTF-8 text` };
  }
  const merged = mergeRequirements(current, bundleText);
  if (!merged.ok) {
    return {
      ok: false,
      problem:
        `${merged.problem} (${where}); nothing was uploaded.\n` +
        `  in the bucket:  ${merged.currentLine}\n` +
        `  in the bundle:  ${merged.bundleLine}\n` +
        'One environment installs under one constraints file: deploy a design whose target is ' +
        "the environment's Airflow version, or change the environment's requirements.txt first.",
    };
  }
  const body = new TextEncoder().encode(merged.text);
  const file: LocalFile = { ...ours, body, size: body.byteLength, sha256: sha256Hex(body) };
  const remote: RemoteObject = object
    ? { exists: true, sha256: object.sha256, versionId: object.versionId }
    : { exists: false };
  const action: FileAction = !object ? 'new' : merged.changed ? 'changed' : 'unchanged';
  return {
    ok: true,
    file,
    remote,
    notes: merged.notes,
    report: {
      key: ours.key,
      action,
      added: merged.added,
      diff: action === 'unchanged' ? null : unifiedDiff(ours.key, current, merged.text),
    },
  };
}

/** The bundle's manifest with the requirements entry describing `file` (the merged object). */
export function manifestWithFile(manifest: Manifest, file: LocalFile): Manifest {
  return {
    ...manifest,
    files: manifest.files.map((f) =>
      f.path === file.path ? { ...f, key: file.key, size: file.size, sha256: file.sha256 } : f,
    ),
  };
}
