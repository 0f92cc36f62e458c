/**
 * `dag-designer deploy <bundle dir>` against a real S3 API (moto server):
 * what goes up, with which metadata and encryption, which versions the
 * manifest records, and that unchanged files are never uploaded again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutPublicAccessBlockCommand, type S3Client } from '@aws-sdk/client-s3';
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
  tempDir,
  versionsOf,
  writeBundle,
} from './helpers.ts';
import { useMotoServer } from '../harness/moto-server.ts';

const moto = useMotoServer();
const REQUIREMENTS = 'apache-airflow-providers-amazon==9.15.0\n';

let s3: S3Client;
let dir: string;
let bundle: string;

beforeEach(async () => {
  s3 = adminClient(moto.endpoint);
  await createBucket(s3, { versioned: true, hardened: true });
  dir = await tempDir();
  bundle = join(dir, 'bundle');
  await writeBundle(bundle, 'etl', {
    'dags/etl.py': dagSource('etl'),
    'requirements.txt': REQUIREMENTS,
  });
});

afterEach(() => s3.destroy());

describe('deploy of a bundle directory', () => {
  it('uploads every file with sha256 metadata, SSE and content type, and records the versions', async () => {
    const run = await deploy(moto.endpoint, dir, 'bundle');
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);

    const dagHead = await head(s3, 'dags/etl.py');
    const reqHead = await head(s3, 'requirements.txt');
    const localManifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8'));
    expect(dagHead.Metadata?.sha256).toBe(localManifest.files[0].sha256);
    expect(reqHead.Metadata?.sha256).toBe(localManifest.files[1].sha256);
    expect(dagHead.ServerSideEncryption).toBe('AES256');
    expect(reqHead.ServerSideEncryption).toBe('AES256');
    expect(dagHead.ContentType).toBe('text/x-python');
    expect(await getText(s3, 'dags/etl.py')).toBe(dagSource('etl'));

    const manifestText = await getText(s3, '.dag-designer/etl.manifest.json');
    const deployed = JSON.parse(manifestText);
    expect(deployed.bucket).toBe(BUCKET);
    expect(deployed.files).toEqual([
      { ...localManifest.files[0], version_id: dagHead.VersionId },
      { ...localManifest.files[1], version_id: reqHead.VersionId },
    ]);
    expect(dagHead.VersionId).toBeTruthy();
    expect((await head(s3, '.dag-designer/etl.manifest.json')).ServerSideEncryption).toBe('AES256');

    // The local copy sits in the bundle dir, byte-identical to the bucket's.
    expect(await readFile(join(bundle, 'etl.manifest.json'), 'utf8')).toBe(manifestText);

    // requirements.txt is new: the user is told which version to give MWAA.
    expect(run.stdout).toContain(`RequirementsS3ObjectVersion = ${reqHead.VersionId}`);
    expect(run.stdout).toContain(`--requirements-s3-object-version ${reqHead.VersionId}`);
    expect(run.stderr).toMatch(/\[1\/2\] requirements\.txt uploaded/);
    expect(run.stderr).toMatch(/\[2\/2\] dags\/etl\.py uploaded/);
  });

  it('uploads nothing on a second deploy of the same bundle', async () => {
    expect((await deploy(moto.endpoint, dir, 'bundle')).code).toBe(0);
    const before = await allVersions(s3);
    const firstManifest = await readFile(join(bundle, 'etl.manifest.json'), 'utf8');

    const again = await deploy(moto.endpoint, dir, 'bundle');
    expect(again.code).toBe(0);
    expect(await allVersions(s3)).toEqual(before);
    expect(again.stdout).toContain('0 uploaded, 2 unchanged');
    expect(again.stdout).not.toContain('RequirementsS3ObjectVersion');
    expect(again.stderr).not.toContain('uploaded');
    // Unchanged files keep their current versions in the manifest.
    expect(await readFile(join(bundle, 'etl.manifest.json'), 'utf8')).toBe(firstManifest);
  });

  it('uploads exactly the changed file and records its new VersionId', async () => {
    expect((await deploy(moto.endpoint, dir, 'bundle')).code).toBe(0);
    const [firstDag] = await versionsOf(s3, 'dags/etl.py');
    const reqVersions = await versionsOf(s3, 'requirements.txt');

    await writeBundle(bundle, 'etl', {
      'dags/etl.py': dagSource('etl', 'echo changed'),
      'requirements.txt': REQUIREMENTS,
    });
    const run = await deploy(moto.endpoint, dir, 'bundle', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(''); // --quiet: no progress; a hardened bucket: no warnings

    const dagVersions = await versionsOf(s3, 'dags/etl.py');
    expect(dagVersions).toHaveLength(2);
    expect(await versionsOf(s3, 'requirements.txt')).toEqual(reqVersions);
    const newDag = (await head(s3, 'dags/etl.py')).VersionId;
    expect(newDag).not.toBe(firstDag);

    const deployed = JSON.parse(await getText(s3, '.dag-designer/etl.manifest.json'));
    expect(
      deployed.files.map((f: { key: string; version_id: string }) => [f.key, f.version_id]),
    ).toEqual([
      ['dags/etl.py', newDag],
      ['requirements.txt', reqVersions[0]],
    ]);
    expect(run.stdout).toMatch(/changed\s+uploaded\s+dags\/etl\.py/);
    expect(run.stdout).toMatch(/unchanged\s+unchanged\s+requirements\.txt/);
  });

  it('dry run reports the diff and writes nothing', async () => {
    expect((await deploy(moto.endpoint, dir, 'bundle')).code).toBe(0);
    await writeBundle(bundle, 'etl', {
      'dags/etl.py': dagSource('etl', 'echo changed'),
      'requirements.txt': REQUIREMENTS,
    });
    await writeFile(join(bundle, 'dags', 'extra.sql'), 'select 1;\n');
    const manifestBefore = await readFile(join(bundle, 'etl.manifest.json'), 'utf8');
    const before = await allVersions(s3);

    const run = await deploy(moto.endpoint, dir, 'bundle', '--dry-run', '--json');
    expect(run.code).toBe(0);
    expect(await allVersions(s3)).toEqual(before);
    expect(await readFile(join(bundle, 'etl.manifest.json'), 'utf8')).toBe(manifestBefore);

    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      ok: true,
      status: 'dry-run',
      dry_run: true,
      bucket: BUCKET,
      manifest: null,
    });
    expect(
      report.files.map((f: { key: string; action: string; status: string }) => [
        f.key,
        f.action,
        f.status,
      ]),
    ).toEqual([
      ['dags/etl.py', 'changed', 'planned'],
      ['requirements.txt', 'unchanged', 'unchanged'],
    ]);
    expect(report.checks).toEqual({
      versioning: 'on',
      public_access_blocked: 'on',
      default_encryption: 'on',
    });
    expect(report.warnings).toEqual([]);
  });

  it('dry run of a first deploy lists every file as new (table output)', async () => {
    const run = await deploy(moto.endpoint, dir, 'bundle', '--dry-run');
    expect(run.code).toBe(0);
    expect(await allVersions(s3)).toEqual([]);
    expect(run.stdout).toMatch(/^Dry run for s3:\/\/mwaa-test-bucket\/ \(nothing was written\)$/m);
    expect(run.stdout).toMatch(/^new +\d+ +[0-9a-f]{12} +dags\/etl\.py$/m);
    expect(run.stdout).toContain('2 to upload, 0 unchanged');
  });

  it('puts every key under --prefix, manifest included', async () => {
    const out = join(dir, 'out.json');
    const run = await deploy(
      moto.endpoint,
      dir,
      'bundle',
      '--prefix',
      '/env1',
      '--manifest-out',
      out,
    );
    expect(run.code).toBe(0);
    expect((await allVersions(s3)).map((v) => v.split('@')[0])).toEqual([
      'env1/.dag-designer/etl.manifest.json',
      'env1/dags/etl.py',
      'env1/requirements.txt',
    ]);
    const local = JSON.parse(await readFile(out, 'utf8'));
    expect(local.files.map((f: { key: string }) => f.key)).toEqual([
      'env1/dags/etl.py',
      'env1/requirements.txt',
    ]);
  });

  it('keeps the prefix a bundle was exported with, unless --prefix says otherwise', async () => {
    await writeBundle(bundle, 'etl', { 'dags/etl.py': dagSource('etl') }, 'team-a/');
    expect((await deploy(moto.endpoint, dir, 'bundle', '--quiet')).code).toBe(0);
    expect((await deploy(moto.endpoint, dir, 'bundle', '--quiet', '--prefix', 'b')).code).toBe(0);
    expect((await allVersions(s3)).map((v) => v.split('@')[0])).toEqual([
      'b/.dag-designer/etl.manifest.json',
      'b/dags/etl.py',
      'team-a/.dag-designer/etl.manifest.json',
      'team-a/dags/etl.py',
    ]);
  });

  it('exits 1 when the local manifest cannot be written, though the bucket is complete', async () => {
    const out = join(dir, 'missing-dir', 'out.json');
    const run = await deploy(moto.endpoint, dir, 'bundle', '--manifest-out', out, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, status: 'deployed' });
    expect(run.stderr).toContain(`local manifest ${out} could not be written (ENOENT)`);
    expect(await getText(s3, '.dag-designer/etl.manifest.json')).toContain('"version_id"');
  });

  it('encrypts with the KMS key given by --kms-key-id', async () => {
    const run = await deploy(moto.endpoint, dir, 'bundle', '--kms-key-id', 'alias/mwaa', '--quiet');
    expect(run.code).toBe(0);
    const dagHead = await head(s3, 'dags/etl.py');
    expect(dagHead.ServerSideEncryption).toBe('aws:kms');
    expect(dagHead.SSEKMSKeyId).toContain('alias/mwaa');
  });

  it('warns when public access is not blocked and default encryption is off', async () => {
    await moto.server?.reset();
    await createBucket(s3, { versioned: true, hardened: false });
    const run = await deploy(moto.endpoint, dir, 'bundle', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no public access block is configured');
    expect(run.stderr).toContain('default encryption is off');
    expect(run.stdout).toContain('dags/etl.py');
  });

  it('warns about each public access flag left off', async () => {
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: BUCKET,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: false,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: false,
        },
      }),
    );
    const run = await deploy(moto.endpoint, dir, 'bundle', '--quiet', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual([
      `bucket ${BUCKET}: public access is not fully blocked (IgnorePublicAcls, RestrictPublicBuckets off); MWAA requires it blocked`,
    ]);
  });
});
