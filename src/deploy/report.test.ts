import { describe, expect, it } from 'vitest';
import type { LocalFile, PlannedFile } from './plan.ts';
import { fileReports, renderJson, renderText } from './report.ts';
import type { DeployResult } from './run-deploy.ts';

const file = (path: string): LocalFile => ({
  path,
  key: path,
  size: 10,
  sha256: 'e'.repeat(64),
  contentType: 'text/plain',
  body: new Uint8Array(10),
});

const planned = (path: string, action: PlannedFile['action']): PlannedFile => ({
  file: file(path),
  action,
  remoteVersionId: action === 'new' ? null : 'old',
  remoteSha256: null,
});

function failedResult(): DeployResult {
  return {
    status: 'failed',
    bucket: 'b',
    prefix: '',
    dagId: 'etl',
    problem: 'went wrong',
    warnings: [],
    preflight: null,
    collisions: [],
    plan: [
      planned('requirements.txt', 'changed'),
      planned('plugins.zip', 'new'),
      planned('dags/etl.py', 'new'),
      planned('dags/helper.py', 'unchanged'),
    ],
    outcomes: [
      { key: 'requirements.txt', path: 'requirements.txt', status: 'uploaded', versionId: 'v9' },
      {
        key: 'plugins.zip',
        path: 'plugins.zip',
        status: 'failed',
        error: 'AccessDenied (HTTP 403)',
      },
      { key: 'dags/etl.py', path: 'dags/etl.py', status: 'not-attempted' },
    ],
    manifestKey: '.dag-designer/etl.manifest.json',
    manifest: null,
    manifestText: null,
    manifestVersionId: null,
    requirementsVersionId: null,
    requirementsKey: 'requirements.txt',
    requirements: null,
    owner: null,
  };
}

describe('report of a failed deploy', () => {
  it('gives each file its outcome, unchanged files their current version', () => {
    expect(
      fileReports(failedResult()).map((f) => [f.key, f.status, f.version_id, f.error]),
    ).toEqual([
      ['requirements.txt', 'uploaded', 'v9', null],
      ['plugins.zip', 'failed', null, 'AccessDenied (HTTP 403)'],
      ['dags/etl.py', 'not-attempted', null, null],
      ['dags/helper.py', 'unchanged', 'old', null],
    ]);
  });

  it('says what went up and claims no manifest', () => {
    const text = renderText(failedResult(), null);
    expect(text).toContain('1 uploaded, 1 failed, 1 not attempted, 1 unchanged');
    expect(text).toMatch(/^new +failed +plugins\.zip +AccessDenied \(HTTP 403\)$/m);
    expect(text).not.toContain('manifest:');
    const json = JSON.parse(renderJson(failedResult(), { findings: [], localManifestPath: null }));
    expect(json).toMatchObject({
      ok: false,
      status: 'failed',
      manifest: null,
      problem: 'went wrong',
    });
  });

  it('marks files of a deploy refused before upload as skipped', () => {
    const refused = { ...failedResult(), status: 'refused' as const, outcomes: [] };
    expect(fileReports(refused).map((f) => f.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'unchanged',
    ]);
  });
});

describe('report of the requirements.txt merge', () => {
  const requirements = {
    key: 'cfg/requirements.txt',
    action: 'changed' as const,
    added: ['apache-airflow-providers-http'],
    diff: '--- a/cfg/requirements.txt\n+++ b/cfg/requirements.txt\n@@ -1 +1,2 @@\n pandas\n+apache-airflow-providers-http\n',
  };

  it('shows the diff in a dry run only', () => {
    const dry = { ...failedResult(), status: 'dry-run' as const, outcomes: [], requirements };
    expect(renderText(dry, null)).toContain(
      'cfg/requirements.txt after the merge (changed):\n--- a/cfg/requirements.txt\n',
    );
    const deployed = { ...failedResult(), status: 'deployed' as const, requirements };
    expect(renderText(deployed, null)).not.toContain('after the merge');
  });

  it('points MWAA at the requirements key, and puts the merge in the JSON', () => {
    const deployed = {
      ...failedResult(),
      status: 'deployed' as const,
      problem: null,
      requirements,
      requirementsKey: 'cfg/requirements.txt',
      requirementsVersionId: 'v9',
    };
    expect(renderText(deployed, null)).toContain(
      '--requirements-s3-path cfg/requirements.txt --requirements-s3-object-version v9',
    );
    const json = JSON.parse(renderJson(deployed, { findings: [], localManifestPath: null }));
    expect(json.requirements).toEqual(requirements);
    expect(json.owner).toBeNull();
  });
});
