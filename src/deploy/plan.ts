/**
 * The deploy plan: which bundle files must go up, computed from what the
 * bucket already holds. Pure data in, data out, so the "what would change"
 * rule is unit-tested without S3.
 *
 * The rule: a file is `new` when no object sits at its key, `unchanged` when
 * the object's `sha256` metadata (x-amz-meta-sha256, written by every deploy)
 * equals the local sha256, and `changed` otherwise, including an object
 * without that metadata (uploaded by hand: we cannot know, so we upload).
 */

export type FileAction = 'new' | 'changed' | 'unchanged';

/** One file to deploy: the contract's manifest entry plus its bytes. */
export interface LocalFile {
  /** Path inside the bundle (`dags/x.py`, `requirements.txt`). */
  path: string;
  /** S3 key (prefix + path). */
  key: string;
  size: number;
  sha256: string;
  contentType: string;
  body: Uint8Array;
}

/** What HeadObject said about the object at a key. */
export type RemoteObject =
  { exists: false } | { exists: true; sha256: string | null; versionId: string | null };

export interface PlannedFile {
  file: LocalFile;
  action: FileAction;
  /** The current object's version (used as-is for `unchanged` files). */
  remoteVersionId: string | null;
  remoteSha256: string | null;
}

export interface DeployPlan {
  files: PlannedFile[];
  /** Files that a real deploy uploads, in upload order. */
  uploads: PlannedFile[];
}

export function classify(local: LocalFile, remote: RemoteObject): FileAction {
  if (!remote.exists) return 'new';
  return remote.sha256 !== null && remote.sha256.toLowerCase() === local.sha256.toLowerCase()
    ? 'unchanged'
    : 'changed';
}

/**
 * Builds the plan. `remote` maps each key to its HeadObject result; a key
 * missing from the map is treated as absent. Uploads put DAG files last so a
 * DAG never reaches the scheduler before the requirements it imports.
 */
export function planDeploy(
  files: readonly LocalFile[],
  remote: ReadonlyMap<string, RemoteObject>,
): DeployPlan {
  const planned = files.map((file): PlannedFile => {
    const state = remote.get(file.key) ?? { exists: false };
    return {
      file,
      action: classify(file, state),
      remoteVersionId: state.exists ? state.versionId : null,
      remoteSha256: state.exists ? state.sha256 : null,
    };
  });
  const isDag = (p: PlannedFile) => p.file.path.startsWith('dags/');
  const pending = planned.filter((p) => p.action !== 'unchanged');
  return {
    files: planned,
    uploads: [...pending.filter((p) => !isDag(p)), ...pending.filter(isDag)],
  };
}

/** True when the plan uploads a new `requirements.txt` (MWAA must be told its version). */
export function requirementsChanged(plan: DeployPlan): boolean {
  return plan.uploads.some((p) => p.file.path === 'requirements.txt');
}

/**
 * Normalises `--prefix` the way the exporter builds keys (no empty segments):
 * `env1`, `env1/` and `/env1//` all give keys `env1/dags/...`; `''` and `/`
 * give no prefix.
 */
export function normalizePrefix(prefix: string | undefined): string {
  const parts = (prefix ?? '').split('/').filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join('/')}/`;
}
