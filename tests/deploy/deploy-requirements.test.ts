/**
 * `requirements.txt` is the environment's file, not one DAG's: deploy merges
 * each bundle's lines into what the bucket holds (real S3 API, moto server).
 * Bundles carry requirements in the format of contract section 5 (a
 * `--constraint` line, then unpinned provider names).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adminClient,
  allVersions,
  createBucket,
  dagSource,
  deploy,
  getText,
  head,
  putText,
  tempDir,
  versionsOf,
  writeBundle,
} from './helpers.ts';
import { useMotoServer } from '../harness/moto-server.ts';

const moto = useMotoServer();
const URL_306 =
  'https://raw.githubusercontent.com/apache/airflow/constraints-3.0.6/constraints-3.12.txt';
const URL_321 =
  'https://raw.githubusercontent.com/apache/airflow/constraints-3.2.1/constraints-3.12.txt';
const CONSTRAINT = `--constraint "${URL_306}"`;
const ORDERS_REQUIREMENTS = `${CONSTRAINT}\napache-airflow-providers-amazon\n`;
const SALES_REQUIREMENTS = `${CONSTRAINT}\napache-airflow-providers-amazon\napache-airflow-providers-http\n`;

let s3: S3Client;
let dir: string;

beforeEach(async () => {
  s3 = adminClient(moto.endpoint);
  await createBucket(s3, { versioned: true, hardened: true });
  dir = await tempDir();
  await writeBundle(join(dir, 'orders'), 'orders', {
    'dags/orders.py': dagSource('orders'),
    'requirements.txt': ORDERS_REQUIREMENTS,
  });
  await writeBundle(join(dir, 'sales'), 'sales', {
    'dags/sales.py': dagSource('sales'),
    'requirements.txt': SALES_REQUIREMENTS,
  });
});

afterEach(() => s3.destroy());

const deployed = async (dagId: string, prefix = '') =>
  JSON.parse(await getText(s3, `${prefix}.dag-designer/${dagId}.manifest.json`));

describe('deploy merges requirements.txt', () => {
  it("writes the bundle's file when the bucket has none", async () => {
    const run = await deploy(moto.endpoint, dir, 'orders', '--quiet');
    expect(run.code).toBe(0);
    expect(await getText(s3, 'requirements.txt')).toBe(ORDERS_REQUIREMENTS);
    const version = (await head(s3, 'requirements.txt')).VersionId;
    expect(run.stdout).toContain(`RequirementsS3ObjectVersion = ${version}`);
  });

  it("never removes a first design's lines when a second design deploys", async () => {
    expect((await deploy(moto.endpoint, dir, 'orders', '--quiet')).code).toBe(0);
    const sales = await deploy(moto.endpoint, dir, 'sales', '--quiet', '--json');
    expect(sales.code).toBe(0);
    expect(await getText(s3, 'requirements.txt')).toBe(
      `${CONSTRAINT}\napache-airflow-providers-amazon\napache-airflow-providers-http\n`,
    );
    const report = JSON.parse(sales.stdout);
    expect(report.requirements).toMatchObject({
      key: 'requirements.txt',
      action: 'changed',
      added: ['apache-airflow-providers-http'],
    });
    const reqHead = await head(s3, 'requirements.txt');
    expect(report.requirements_s3_object_version).toBe(reqHead.VersionId);

    // The deployed manifest describes the merged object S3 holds, not the bundle's file.
    const entry = (await deployed('sales')).files.find(
      (f: { path: string }) => f.path === 'requirements.txt',
    );
    expect(entry).toMatchObject({
      version_id: reqHead.VersionId,
      sha256: reqHead.Metadata?.sha256,
    });

    // Deploying the first design again changes nothing in requirements.txt.
    const before = await versionsOf(s3, 'requirements.txt');
    const again = await deploy(moto.endpoint, dir, 'orders', '--quiet', '--json');
    expect(again.code).toBe(0);
    expect(await versionsOf(s3, 'requirements.txt')).toEqual(before);
    expect(JSON.parse(again.stdout).requirements_s3_object_version).toBeNull();
    expect(await getText(s3, 'requirements.txt')).toContain('apache-airflow-providers-http');
  });

  it('keeps every line of a hand-written file and adds only the missing ones', async () => {
    const current = `# prod environment\r\n-c ${URL_306}\r\n\r\npandas==2.2.3\r\nApache_Airflow_Providers_Amazon[aiobotocore]\r\n--extra-index-url https://pypi.example.com/simple`;
    await putText(s3, 'requirements.txt', current);
    const run = await deploy(moto.endpoint, dir, 'sales', '--quiet');
    expect(run.code).toBe(0);
    expect(await getText(s3, 'requirements.txt')).toBe(
      `${current}\r\napache-airflow-providers-http\r\n`,
    );
  });

  it('uploads nothing and prints no update hint when every line is already there', async () => {
    // Uploaded by hand: no sha256 metadata, so only the content says it is unchanged.
    await putText(
      s3,
      'requirements.txt',
      `-c ${URL_306}\napache-airflow-providers-amazon==9.12.0\n`,
    );
    const before = await versionsOf(s3, 'requirements.txt');
    const run = await deploy(moto.endpoint, dir, 'orders', '--json');
    expect(run.code).toBe(0);
    expect(await versionsOf(s3, 'requirements.txt')).toEqual(before);
    const report = JSON.parse(run.stdout);
    expect(report.requirements).toEqual({
      key: 'requirements.txt',
      action: 'unchanged',
      added: [],
      diff: null,
    });
    expect(report.requirements_s3_object_version).toBeNull();
    expect(run.stderr).not.toContain('requirements.txt uploaded');
    const text = await deploy(moto.endpoint, dir, 'orders');
    expect(text.stdout).not.toContain('RequirementsS3ObjectVersion');
  });

  it('refuses constraints of another version, showing both lines, and uploads nothing', async () => {
    await putText(s3, 'requirements.txt', `-c ${URL_321}\npandas\n`);
    const before = await allVersions(s3);
    const run = await deploy(moto.endpoint, dir, 'orders', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('installs under other constraints than this bundle');
    expect(run.stderr).toContain(`in the bucket:  -c ${URL_321}`);
    expect(run.stderr).toContain(`in the bundle:  ${CONSTRAINT}`);
    expect(await allVersions(s3)).toEqual(before);
  });

  it('dry run shows the merged file as a unified diff and writes nothing', async () => {
    await putText(s3, 'requirements.txt', '# shared\npandas\n');
    const before = await allVersions(s3);
    const run = await deploy(moto.endpoint, dir, 'sales', '--dry-run');
    expect(run.code).toBe(0);
    expect(await allVersions(s3)).toEqual(before);
    expect(run.stdout).toContain('requirements.txt after the merge (changed):');
    expect(run.stdout).toContain(
      [
        '--- a/requirements.txt',
        '+++ b/requirements.txt',
        '@@ -1,2 +1,5 @@',
        `+${CONSTRAINT}`,
        ' # shared',
        ' pandas',
        '+apache-airflow-providers-amazon',
        '+apache-airflow-providers-http',
      ].join('\n'),
    );
  });

  it('merges into the key given by --requirements-key', async () => {
    await putText(s3, 'env/config/requirements.txt', `${CONSTRAINT}\npandas\n`);
    const run = await deploy(
      moto.endpoint,
      dir,
      'orders',
      '--prefix',
      'env',
      '--requirements-key',
      'env/config/requirements.txt',
    );
    expect(run.code).toBe(0);
    expect(await getText(s3, 'env/config/requirements.txt')).toBe(
      `${CONSTRAINT}\npandas\napache-airflow-providers-amazon\n`,
    );
    expect((await allVersions(s3)).some((v) => v.startsWith('env/requirements.txt@'))).toBe(false);
    const version = (await head(s3, 'env/config/requirements.txt')).VersionId;
    expect(run.stdout).toContain(
      `--requirements-s3-path env/config/requirements.txt --requirements-s3-object-version ${version}`,
    );
    const local = JSON.parse(await readFile(join(dir, 'orders', 'orders.manifest.json'), 'utf8'));
    expect(local.files.map((f: { key: string }) => f.key)).toEqual([
      'env/dags/orders.py',
      'env/config/requirements.txt',
    ]);
    expect(await deployed('orders', 'env/')).toEqual(local);
  });
});
