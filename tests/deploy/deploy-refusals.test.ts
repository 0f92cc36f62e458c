/**
 * What `dag-designer deploy` refuses, and how it fails part-way, against a
 * real S3 API (moto server). Each refusal must leave the bucket untouched;
 * a partial failure must say what went up and write no manifest.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DeleteBucketPolicyCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adminClient,
  allVersions,
  BUCKET,
  createBucket,
  dagSource,
  deploy,
  getText,
  head,
  putText,
  tempDir,
  writeBundle,
} from './helpers.ts';
import { startDenyHeadProxy } from '../harness/deny-head-proxy.ts';
import { useMotoServer } from '../harness/moto-server.ts';

const moto = useMotoServer();

let s3: S3Client;
let dir: string;
let bundle: string;

beforeEach(async () => {
  s3 = adminClient(moto.endpoint);
  dir = await tempDir();
  bundle = join(dir, 'bundle');
  await writeBundle(bundle, 'etl', {
    'dags/etl.py': dagSource('etl'),
    'requirements.txt': 'apache-airflow-providers-amazon==9.15.0\n',
  });
});

afterEach(() => s3.destroy());

const HINT = `aws s3api put-bucket-versioning --bucket ${BUCKET} --versioning-configuration Status=Enabled`;

describe('bucket checks', () => {
  it('refuses a bucket without versioning, with the command that enables it', async () => {
    await createBucket(s3, { versioned: false, hardened: true });
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('versioning is not enabled');
    expect(run.stderr).toContain(HINT);
    expect(await allVersions(s3)).toEqual([]);
  });

  it('refuses a bucket whose versioning is suspended', async () => {
    await createBucket(s3, { versioned: true, hardened: true });
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: BUCKET,
        VersioningConfiguration: { Status: 'Suspended' },
      }),
    );
    const run = await deploy(moto.endpoint, dir, 'bundle', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: false, status: 'refused' });
    expect(report.problem).toContain('versioning is suspended');
    expect(report.problem).toContain(HINT);
    expect(await allVersions(s3)).toEqual([]);
  });

  it('refuses a bucket that does not exist', async () => {
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`bucket ${BUCKET} does not exist`);
  });
});

describe('dag_id collisions', () => {
  beforeEach(async () => {
    await createBucket(s3, { versioned: true, hardened: true });
    await putText(
      s3,
      'dags/legacy_etl.py',
      "from airflow import DAG\nwith DAG('etl'):\n    pass\n",
    );
    await putText(s3, 'dags/other.py', 'with DAG(dag_id="other"):\n    pass\n');
  });

  it('refuses when another file declares the same dag_id, naming it', async () => {
    const before = await allVersions(s3);
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dag_id "etl" is already declared by dags/legacy_etl.py');
    expect(run.stderr).toContain('--force');
    expect(await allVersions(s3)).toEqual(before);
  });

  it('deploys anyway with --force, with a warning', async () => {
    const run = await deploy(moto.endpoint, dir, 'bundle', '--force', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.collisions).toEqual(['dags/legacy_etl.py']);
    expect(run.stderr).toMatch(/warning: .*dags\/legacy_etl\.py.*--force/);
    expect((await head(s3, 'dags/etl.py')).VersionId).toBeTruthy();
  });

  it('does not count our own file as a collision on a redeploy', async () => {
    const first = await deploy(moto.endpoint, dir, 'bundle', '--force', '--quiet');
    expect(first.code).toBe(0);
    await putText(s3, 'dags/legacy_etl.py', '# retired\n');
    const again = await deploy(moto.endpoint, dir, 'bundle', '--quiet');
    expect(again.stderr).not.toContain('already declared');
    expect(again.code).toBe(0);
  });
});

describe('bundle input', () => {
  beforeEach(() => createBucket(s3, { versioned: true, hardened: true }));

  it('refuses a bundle whose file no longer matches manifest.json', async () => {
    await writeFile(join(bundle, 'dags', 'etl.py'), dagSource('etl', 'rm -rf /tmp/x'));
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/dags\/etl\.py does not match manifest\.json/);
    expect(await allVersions(s3)).toEqual([]);
  });

  it('refuses a bundle with a listed file missing', async () => {
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8'));
    manifest.files.push({ ...manifest.files[0], path: 'dags/helper.py', key: 'dags/helper.py' });
    await writeFile(join(bundle, 'manifest.json'), JSON.stringify(manifest));
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dags/helper.py is listed in manifest.json but missing');
    expect(await allVersions(s3)).toEqual([]);
  });

  it('exits 2 for a directory without a readable manifest', async () => {
    await writeFile(join(bundle, 'manifest.json'), '{"format": "nope"');
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bundle/manifest.json: not JSON');
    expect(await allVersions(s3)).toEqual([]);
  });
});

describe('failure part-way', () => {
  beforeEach(() => createBucket(s3, { versioned: true, hardened: true }));

  const deny = (action: string, key: string) =>
    s3.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyOneKey',
              Effect: 'Deny',
              Principal: '*',
              Action: action,
              Resource: `arn:aws:s3:::${BUCKET}/${key}`,
            },
          ],
        }),
      }),
    );

  it('reports what went up when S3 denies one file, writes no manifest, and a re-run completes it', async () => {
    await deny('s3:PutObject', 'requirements.txt');
    const run = await deploy(moto.endpoint, dir, 'bundle', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: false, status: 'failed', manifest: null });
    expect(report.files.map((f: { key: string; status: string }) => [f.key, f.status])).toEqual([
      ['dags/etl.py', 'uploaded'],
      ['requirements.txt', 'failed'],
    ]);
    expect(report.files[1].error).toContain('AccessDenied');
    expect(run.stderr).toMatch(/requirements\.txt FAILED: AccessDenied/);
    expect(run.stderr).toContain('1 of 2 uploads did not complete (1 went up)');
    // No manifest anywhere that would claim a complete deploy.
    expect((await allVersions(s3)).map((v) => v.split('@')[0])).toEqual(['dags/etl.py']);
    await expect(readFile(join(bundle, 'etl.manifest.json'))).rejects.toThrow(/ENOENT/);

    await s3.send(new DeleteBucketPolicyCommand({ Bucket: BUCKET }));
    const rerun = await deploy(moto.endpoint, dir, 'bundle', '--json');
    expect(rerun.code).toBe(0);
    const done = JSON.parse(rerun.stdout);
    expect(done.files.map((f: { key: string; status: string }) => [f.key, f.status])).toEqual([
      ['dags/etl.py', 'unchanged'],
      ['requirements.txt', 'uploaded'],
    ]);
    const deployed = JSON.parse(await getText(s3, '.dag-designer/etl.manifest.json'));
    expect(deployed.files.map((f: { version_id: string }) => f.version_id)).toEqual([
      (await head(s3, 'dags/etl.py')).VersionId,
      (await head(s3, 'requirements.txt')).VersionId,
    ]);
    expect(done.requirements_s3_object_version).toBe(
      (await head(s3, 'requirements.txt')).VersionId,
    );
  });

  it('fails with what went up when the manifest itself is denied', async () => {
    await deny('s3:PutObject', '.dag-designer/etl.manifest.json');
    const run = await deploy(moto.endpoint, dir, 'bundle', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'every file went up, but the manifest .dag-designer/etl.manifest.json did not',
    );
    await expect(readFile(join(bundle, 'etl.manifest.json'))).rejects.toThrow(/ENOENT/);
  });

  it('treats a 403 on HEAD of a key that is not listed as a new file', async () => {
    const proxy = await startDenyHeadProxy(moto.endpoint, [`/${BUCKET}/requirements.txt`]);
    try {
      const run = await deploy(proxy.endpoint, dir, 'bundle', '--quiet');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    } finally {
      await proxy.close();
    }
    expect((await allVersions(s3)).map((v) => v.split('@')[0])).toEqual([
      '.dag-designer/etl.manifest.json',
      'dags/etl.py',
      'requirements.txt',
    ]);
  });

  it('stops when HEAD of an existing object is denied', async () => {
    expect((await deploy(moto.endpoint, dir, 'bundle', '--quiet')).code).toBe(0);
    const before = await allVersions(s3);
    const proxy = await startDenyHeadProxy(moto.endpoint, [`/${BUCKET}/requirements.txt`]);
    try {
      const run = await deploy(proxy.endpoint, dir, 'bundle', '--quiet');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'comparing with the objects in the bucket failed: AccessDenied (HTTP 403)',
      );
    } finally {
      await proxy.close();
    }
    expect(await allVersions(s3)).toEqual(before);
  });

  it('stops at once when the S3 endpoint does not answer', async () => {
    const run = await deploy('http://127.0.0.1:9', dir, 'bundle', '--quiet', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, status: 'failed' });
    expect(run.stderr).toContain('checking the bucket failed: ECONNREFUSED (no response)');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
