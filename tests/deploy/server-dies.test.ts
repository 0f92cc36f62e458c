/**
 * A network failure in the middle of an upload, made real: the progress hook
 * stops the moto server after the first file went up. The rest must be
 * reported as not attempted (no retry storm against a dead endpoint), and no
 * manifest may be written.
 */
import { afterAll, expect, it } from 'vitest';
import { assembleBundle, sha256Hex } from '../../src/deploy/bundle.ts';
import { runDeploy } from '../../src/deploy/run-deploy.ts';
import { createS3Client } from '../../src/deploy/s3-client.ts';
import { encryptionFor } from '../../src/deploy/upload.ts';
import type { Manifest } from '../../src/export/bundle-types.ts';
import { adminClient, BUCKET, createBucket, dagSource, TEST_ENV } from './helpers.ts';
import { startMotoServer, type MotoServer } from '../harness/moto-server.ts';

const servers: MotoServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

it('marks the files after a lost connection as not attempted and writes no manifest', async () => {
  const server = await startMotoServer();
  servers.push(server);
  const admin = adminClient(server.endpoint);
  await createBucket(admin, { versioned: true, hardened: true });

  const texts: Record<string, string> = {
    'requirements.txt': 'apache-airflow-providers-amazon==9.15.0\n',
    'plugins.zip': 'not really a zip\n',
    'dags/etl.py': dagSource('etl'),
  };
  const encoder = new TextEncoder();
  const contents = new Map(Object.entries(texts).map(([p, t]) => [p, encoder.encode(t)] as const));
  const manifest: Manifest = {
    format: 'dag-designer-manifest',
    version: 1,
    dag_id: 'etl',
    airflow: '3.0.6',
    design_sha256: sha256Hex(encoder.encode('design')),
    files: [...contents].map(([path, body]) => ({
      path,
      key: path,
      size: body.byteLength,
      sha256: sha256Hex(body),
      content_type: 'text/plain',
    })),
  };
  const bundle = assembleBundle(manifest, contents, '', 'test bundle');

  const client = createS3Client({ endpointUrl: server.endpoint, env: TEST_ENV });
  const seen: string[] = [];
  const result = await runDeploy(client, bundle, {
    bucket: BUCKET,
    dryRun: false,
    force: false,
    encryption: encryptionFor(undefined),
    designFile: 'etl.dag.json',
    onProgress: async (done, _total, key, outcome) => {
      seen.push(`${done} ${key} ${outcome.status}`);
      if (done === 1) await server.stop(); // waits until the process is gone
    },
  });
  client.destroy();

  expect(result.status).toBe('failed');
  expect(result.manifest).toBeNull();
  expect(result.outcomes.map((o) => `${o.key} ${o.status}`)).toEqual([
    'requirements.txt uploaded',
    'plugins.zip failed',
    'dags/etl.py not-attempted',
  ]);
  expect(seen).toHaveLength(3);
  expect(result.problem).toContain('2 of 3 uploads did not complete (1 went up)');

  admin.destroy();
});
