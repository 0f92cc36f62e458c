/**
 * `dag-designer deploy <design.dag.json>` through the real dispatcher (run),
 * parser, validator and exporter, against a real S3 API (moto server).
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import {
  adminClient,
  allVersions,
  BUCKET,
  createBucket,
  getText,
  head,
  nodeIo,
  TEST_ENV,
  tempDir,
  versionsOf,
} from './helpers.ts';
import { useMotoServer } from '../harness/moto-server.ts';

const moto = useMotoServer();
const FIXTURE = resolve(import.meta.dirname, 'fixtures/deploy_demo.dag.json');
/** A secret the output must never contain (moto accepts any key pair). */
const SECRET = 'deploy-test-secret-5b1f0c9a';

let s3: S3Client;
let dir: string;
let design: string;

beforeEach(async () => {
  s3 = adminClient(moto.endpoint);
  await createBucket(s3, { versioned: true, hardened: true });
  dir = await tempDir();
  design = join(dir, 'deploy_demo.dag.json');
  await copyFile(FIXTURE, design);
});

afterEach(() => s3.destroy());

async function cli(...args: string[]) {
  const io = nodeIo(dir, { ...TEST_ENV, AWS_SECRET_ACCESS_KEY: SECRET });
  const code = await run(
    ['deploy', ...args, '--bucket', BUCKET, '--endpoint-url', moto.endpoint],
    io,
  );
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('deploy of a design file', () => {
  it('validates, exports and uploads the bundle, and writes the manifest next to the design', async () => {
    const result = await cli('deploy_demo.dag.json', '--prefix', 'env1');
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);

    const dagKey = 'env1/dags/deploy_demo.py';
    expect(await getText(s3, dagKey)).toMatch(
      /dag_id="deploy_demo"|dag_id='deploy_demo'|DAG\(\s*["']deploy_demo/,
    );
    expect(await getText(s3, 'env1/requirements.txt')).toContain('apache-airflow-providers-amazon');

    const local = await readFile(join(dir, 'deploy_demo.manifest.json'), 'utf8');
    expect(await getText(s3, 'env1/.dag-designer/deploy_demo.manifest.json')).toBe(local);
    const manifest = JSON.parse(local);
    expect(manifest.design_sha256).toBe(sha256(await readFile(design)));
    expect(manifest.bucket).toBe(BUCKET);
    for (const file of manifest.files) {
      const object = await head(s3, file.key);
      expect(file.version_id).toBe(object.VersionId);
      expect(object.Metadata?.sha256).toBe(file.sha256);
    }
  });

  it('after a change to the design, uploads only the DAG file', async () => {
    expect((await cli('deploy_demo.dag.json', '--quiet')).code).toBe(0);
    const requirementsBefore = await versionsOf(s3, 'requirements.txt');

    const text = await readFile(design, 'utf8');
    await writeFile(design, text.replace('"echo load {{ ds }}"', '"echo reload {{ ds }}"'));
    const again = await cli('deploy_demo.dag.json', '--json');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.files.map((f: { key: string; status: string }) => [f.key, f.status])).toEqual([
      ['dags/deploy_demo.py', 'uploaded'],
      ['requirements.txt', 'unchanged'],
    ]);
    expect(await versionsOf(s3, 'dags/deploy_demo.py')).toHaveLength(2);
    expect(await versionsOf(s3, 'requirements.txt')).toEqual(requirementsBefore);
    expect(report.requirements_s3_object_version).toBeNull();
    expect(await getText(s3, 'dags/deploy_demo.py')).toContain('echo reload');
  });

  it('refuses a design with errors before touching the bucket', async () => {
    const broken = JSON.parse(await readFile(design, 'utf8'));
    broken.edges.push({ from: 'load', to: 'wait_for_file' });
    await writeFile(design, JSON.stringify(broken, null, 2));
    const result = await cli('deploy_demo.dag.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cycle/);
    expect(result.stderr).toContain('nothing was uploaded');
    expect(await allVersions(s3)).toEqual([]);
  });

  it('exits 2 for a file that is not a design', async () => {
    await writeFile(design, '{ "format": ');
    const result = await cli('deploy_demo.dag.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid-design');
    expect(await allVersions(s3)).toEqual([]);
  });

  it('exits 2 for a missing file, naming it', async () => {
    const result = await cli('nope.dag.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.dag.json');
  });
});
