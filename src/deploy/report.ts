/**
 * Rendering a deploy result: a table for people, one JSON object for
 * machines (`--json`). Both are pure functions of the result.
 */
import type { Finding } from '../model/findings.ts';
import type { PlannedFile } from './plan.ts';
import type { DeployResult } from './run-deploy.ts';
import type { UploadOutcome } from './upload.ts';

export type FileStatus =
  'planned' | 'uploaded' | 'unchanged' | 'failed' | 'not-attempted' | 'skipped';

export interface FileReport {
  path: string;
  key: string;
  action: PlannedFile['action'];
  size: number;
  sha256: string;
  status: FileStatus;
  version_id: string | null;
  error: string | null;
}

/** Per file: what the plan said and what happened to it. */
export function fileReports(result: DeployResult): FileReport[] {
  const outcomes = new Map<string, UploadOutcome>(result.outcomes.map((o) => [o.key, o]));
  return result.plan.map((p): FileReport => {
    const outcome = outcomes.get(p.file.key);
    const base = {
      path: p.file.path,
      key: p.file.key,
      action: p.action,
      size: p.file.size,
      sha256: p.file.sha256,
    };
    if (p.action === 'unchanged') {
      return { ...base, status: 'unchanged', version_id: p.remoteVersionId, error: null };
    }
    if (!outcome) {
      // A dry run plans; a refused or failed-before-upload deploy skips.
      const status = result.status === 'dry-run' ? 'planned' : 'skipped';
      return { ...base, status, version_id: null, error: null };
    }
    if (outcome.status === 'uploaded') {
      return { ...base, status: 'uploaded', version_id: outcome.versionId, error: null };
    }
    if (outcome.status === 'failed') {
      return { ...base, status: 'failed', version_id: null, error: outcome.error };
    }
    return { ...base, status: 'not-attempted', version_id: null, error: null };
  });
}

export function requirementsHint(key: string, versionId: string): string[] {
  return [
    `requirements.txt changed: give MWAA RequirementsS3ObjectVersion = ${versionId}`,
    `  aws mwaa update-environment --name <environment> --requirements-s3-path ${key} --requirements-s3-object-version ${versionId}`,
  ];
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** `2 to upload, 1 unchanged` for a dry run; `1 uploaded, 1 failed, 1 unchanged` after a deploy. */
function summary(files: readonly FileReport[], dryRun: boolean): string {
  const count = (status: FileStatus) => files.filter((f) => f.status === status).length;
  const unchanged = `${count('unchanged')} unchanged`;
  if (dryRun) return `${count('planned')} to upload, ${unchanged}`;
  const parts = [`${count('uploaded')} uploaded`];
  for (const status of ['failed', 'not-attempted', 'skipped'] as const) {
    if (count(status) > 0) parts.push(`${count(status)} ${status.replace('-', ' ')}`);
  }
  return [...parts, unchanged].join(', ');
}

/** The human report (stdout). Warnings and the problem go to stderr separately. */
export function renderText(result: DeployResult, localManifestPath: string | null): string {
  const where = `s3://${result.bucket}/${result.prefix}`;
  const lines: string[] = [];
  const files = fileReports(result);
  if (result.status === 'dry-run') lines.push(`Dry run for ${where} (nothing was written)`);
  else lines.push(`Deploy of ${result.dagId} to ${where}: ${result.status}`);
  if (files.length > 0) {
    const header =
      result.status === 'dry-run'
        ? ['ACTION', 'SIZE', 'SHA256', 'KEY']
        : ['ACTION', 'RESULT', 'KEY', 'VERSION'];
    const rows = files.map((f) =>
      result.status === 'dry-run'
        ? [f.action, String(f.size), f.sha256.slice(0, 12), f.key]
        : [f.action, f.status, f.key, f.error ?? f.version_id ?? '-'],
    );
    lines.push(...table([header, ...rows]));
    lines.push(summary(files, result.status === 'dry-run'));
  }
  const requirements = result.requirements;
  if (result.status === 'dry-run' && requirements?.diff) {
    lines.push(`${requirements.key} after the merge (${requirements.action}):`);
    lines.push(requirements.diff.trimEnd());
  }
  if (result.status === 'deployed') {
    lines.push(
      `manifest: s3://${result.bucket}/${result.manifestKey} (version ${result.manifestVersionId ?? '-'})`,
    );
    if (localManifestPath) lines.push(`local manifest: ${localManifestPath}`);
    if (result.requirementsVersionId) {
      lines.push(...requirementsHint(result.requirementsKey, result.requirementsVersionId));
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface JsonReportExtras {
  findings: readonly Finding[];
  localManifestPath: string | null;
}

/** The `--json` object (stdout). `ok` is true for a deploy or a dry run that found nothing to refuse. */
export function renderJson(result: DeployResult, extras: JsonReportExtras): string {
  const pf = result.preflight;
  const report = {
    ok: (result.status === 'deployed' || result.status === 'dry-run') && result.problem === null,
    status: result.status,
    dry_run: result.status === 'dry-run',
    bucket: result.bucket,
    prefix: result.prefix,
    dag_id: result.dagId,
    problem: result.problem,
    warnings: result.warnings,
    findings: extras.findings,
    checks: pf
      ? {
          versioning: pf.versioning,
          public_access_blocked: pf.publicAccessBlocked,
          default_encryption: pf.defaultEncryption,
        }
      : null,
    collisions: result.collisions,
    files: fileReports(result),
    manifest:
      result.status === 'deployed'
        ? {
            key: result.manifestKey,
            version_id: result.manifestVersionId,
            local_path: extras.localManifestPath,
          }
        : null,
    requirements_s3_object_version: result.requirementsVersionId,
    requirements: result.requirements,
    owner: result.owner,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
