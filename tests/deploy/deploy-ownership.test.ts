/**
 * A deploy knows which design owns a dag_id (real S3 API, moto server):
 * design file A deploys dag_id `orders`; a different design file B with the
 * same dag_id is refused unless `--force`; A edited and redeployed is not.
 */
import { readFile, writeFile } from 'node:fs/promises';
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
  nodeIo,
  putText,
  tempDir,
} from './helpers.ts';
import { useMotoServer } from '../harness/moto-server.ts';

const moto = useMotoServer();
const FIXTURE = resolve(import.meta.dirname, 'fixtures/deploy_demo.dag.json');
const MANIFEST_KEY = '.dag-designer/orders.manifest.json';

let s3: S3Client;
let dir: string;

/** The fixture with dag_id `orders`; `command` makes two designs differ. */
async function writeDesign(name: string, command: string): Promise<void> {
  const design = JSON.parse(await readFile(FIXTURE, 'utf8'));
  design.dag.dag_id = 'orders';
  const text = JSON.stringify(design, null, 2).replace('echo load {{ ds }}', command);
  await writeFile(join(dir, name), `${text}\n`);
}

beforeEach(async () => {
  s3 = adminClient(moto.endpoint);
  await createBucket(s3, { versioned: true, hardened: true });
  dir = await tempDir();
  await writeDesign('orders_a.dag.json', 'echo A {{ ds }}');
  await writeDesign('orders_b.dag.json', 'echo B {{ ds }}');
});

afterEach(() => s3.destroy());

async function cli(...args: string[]) {
  const io = nodeIo(dir);
  const code = await run(
    ['deploy', ...args, '--bucket', BUCKET, '--endpoint-url', moto.endpoint, '--quiet'],
    io,
  );
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const owner = async () => JSON.parse(await getText(s3, MANIFEST_KEY)).owner;

describe('dag_id ownership', () => {
  it('records the design file, its lineage and since in the deployed manifest', async () => {
    expect((await cli('orders_a.dag.json')).code).toBe(0);
    const manifest = JSON.parse(await getText(s3, MANIFEST_KEY));
    expect(manifest.owner).toEqual({
      design_file: 'orders_a.dag.json',
      lineage: manifest.design_sha256,
      since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(manifest.bucket).toBe(BUCKET);
    expect(manifest.files.every((f: { version_id: string }) => f.version_id)).toBe(true);
  });

  it('refuses another design with the same dag_id, naming the owner; nothing is written', async () => {
    expect((await cli('orders_a.dag.json')).code).toBe(0);
    const first = await owner();
    const before = await allVersions(s3);
    const other = await cli('orders_b.dag.json');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      `dag_id "orders" belongs to design orders_a.dag.json (first deployed ${first.since}, last deployed `,
    );
    expect(other.stderr).toContain('not to orders_b.dag.json');
    expect(other.stderr).toContain('--force');
    expect(await allVersions(s3)).toEqual(before);
    expect(await getText(s3, 'dags/orders.py')).toContain('echo A');

    const dry = await cli('orders_b.dag.json', '--dry-run', '--json');
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: false, status: 'refused' });
  });

  it('does not refuse the same design file edited and redeployed; lineage and since stay', async () => {
    expect((await cli('orders_a.dag.json')).code).toBe(0);
    const first = await owner();
    await writeDesign('orders_a.dag.json', 'echo A edited {{ ds }}');
    const again = await cli('orders_a.dag.json');
    expect(again.stderr).not.toContain('error');
    expect(again.code).toBe(0);
    expect(await getText(s3, 'dags/orders.py')).toContain('echo A edited');
    const manifest = JSON.parse(await getText(s3, MANIFEST_KEY));
    expect(manifest.owner).toEqual(first);
    expect(manifest.design_sha256).not.toBe(first.lineage);
  });

  it('with --force, deploys the other design, warns, and makes it the owner', async () => {
    expect((await cli('orders_a.dag.json')).code).toBe(0);
    const forced = await cli('orders_b.dag.json', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(
      /warning: dag_id "orders" belongs to design orders_a\.dag\.json .*--force: orders_b\.dag\.json replaces it/,
    );
    expect(await getText(s3, 'dags/orders.py')).toContain('echo B');
    expect((await owner()).design_file).toBe('orders_b.dag.json');
    // Now A is the other design.
    expect((await cli('orders_a.dag.json')).code).toBe(1);
  });

  it('adopts a deployed manifest that records no owner, with a warning', async () => {
    await putText(s3, MANIFEST_KEY, JSON.stringify({ design_sha256: 'f'.repeat(64), files: [] }));
    const result = await cli('orders_b.dag.json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('records no owner (an older deploy)');
    expect((await owner()).design_file).toBe('orders_b.dag.json');
  });

  it('refuses when the deployed manifest cannot be read, unless --force', async () => {
    await putText(s3, MANIFEST_KEY, '{ not json');
    const refused = await cli('orders_a.dag.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`s3://${BUCKET}/${MANIFEST_KEY} cannot be read`);
    expect((await cli('orders_a.dag.json', '--force')).code).toBe(0);
  });

  it('lets each prefix have its own owner', async () => {
    expect((await cli('orders_a.dag.json', '--prefix', 'env1')).code).toBe(0);
    expect((await cli('orders_b.dag.json', '--prefix', 'env2')).code).toBe(0);
  });
});
