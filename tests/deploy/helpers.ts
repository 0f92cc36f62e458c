/**
 * Shared pieces of the deploy tests: an in-process CliIo over a temp dir,
 * bundle directories written like `dag-designer export` writes them, and a
 * second S3 client to arrange and inspect the bucket.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketEncryptionCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { deployCommand } from '../../src/cli/deploy-command.ts';
import { createS3Client } from '../../src/deploy/s3-client.ts';

/** Fake credentials, handed over through io.env the way a shell would. */
export const TEST_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
} as const;

export const BUCKET = 'mwaa-test-bucket';

export interface CapturedIo extends CliIo {
  out: string[];
  err: string[];
}

export function nodeIo(cwd: string, env: CliIo['env'] = TEST_ENV): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    env,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => fsp.readFile(path),
    writeFile: (path, data) => fsp.writeFile(path, data),
    mkdir: (path, options) => fsp.mkdir(path, options),
    rename: (from, to) => fsp.rename(from, to),
    rm: (path, options) => fsp.rm(path, options),
    rmdir: (path) => fsp.rmdir(path),
    readdir: (path) => fsp.readdir(path),
    stat: (path) => fsp.stat(path),
  };
}

export async function tempDir(): Promise<string> {
  return fsp.mkdtemp(join(tmpdir(), 'dag-designer-deploy-'));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function dagSource(dagId: string, command = 'echo hello'): string {
  return [
    'from airflow.sdk import DAG',
    'from airflow.providers.standard.operators.bash import BashOperator',
    '',
    `with DAG(dag_id=${JSON.stringify(dagId)}, schedule=None, catchup=False):`,
    `    BashOperator(task_id="hello", bash_command=${JSON.stringify(command)})`,
    '',
  ].join('\n');
}

/** A bundle directory as the exporter lays it out: files plus a manifest that hashes them. */
export async function writeBundle(
  dir: string,
  dagId: string,
  files: Record<string, string>,
  prefix = '',
): Promise<void> {
  const entries = Object.entries(files).map(([path, content]) => ({
    path,
    key: `${prefix}${path}`,
    size: Buffer.byteLength(content, 'utf8'),
    sha256: sha256(content),
    content_type: path.endsWith('.py') ? 'text/x-python' : 'text/plain',
  }));
  for (const [path, content] of Object.entries(files)) {
    await fsp.mkdir(dirname(join(dir, path)), { recursive: true });
    await fsp.writeFile(join(dir, path), content);
  }
  const manifest = {
    format: 'dag-designer-manifest',
    version: 1,
    dag_id: dagId,
    airflow: '3.0.6',
    design_sha256: sha256('design'),
    files: entries,
  };
  await fsp.writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function adminClient(endpoint: string): S3Client {
  return createS3Client({ endpointUrl: endpoint, env: TEST_ENV });
}

export interface BucketSetup {
  versioned: boolean;
  /** Public access blocked and default encryption on, as an MWAA bucket should be. */
  hardened: boolean;
}

export async function createBucket(client: S3Client, setup: BucketSetup): Promise<void> {
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  if (setup.versioned) {
    await client.send(
      new PutBucketVersioningCommand({
        Bucket: BUCKET,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
  }
  if (!setup.hardened) return;
  await client.send(
    new PutPublicAccessBlockCommand({
      Bucket: BUCKET,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  await client.send(
    new PutBucketEncryptionCommand({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    }),
  );
}

/** Every object version in the bucket, `key@version`, sorted: equal lists mean nothing was written. */
export async function allVersions(client: S3Client): Promise<string[]> {
  const out = await client.send(new ListObjectVersionsCommand({ Bucket: BUCKET }));
  return [...(out.Versions ?? []), ...(out.DeleteMarkers ?? [])]
    .map((v) => `${v.Key}@${v.VersionId}`)
    .sort();
}

export async function versionsOf(client: S3Client, key: string): Promise<string[]> {
  const out = await client.send(new ListObjectVersionsCommand({ Bucket: BUCKET, Prefix: key }));
  return (out.Versions ?? []).filter((v) => v.Key === key).map((v) => v.VersionId ?? '');
}

export async function getText(client: S3Client, key: string): Promise<string> {
  const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return (await out.Body?.transformToString('utf-8')) ?? '';
}

export async function head(client: S3Client, key: string) {
  return client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
}

export async function putText(client: S3Client, key: string, text: string): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: text }));
}

export interface DeployRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dag-designer deploy <input> --bucket BUCKET --endpoint-url <moto> ...args` in-process. */
export async function deploy(
  endpoint: string,
  cwd: string,
  input: string,
  ...args: string[]
): Promise<DeployRun> {
  const io = nodeIo(cwd);
  const code = await deployCommand(
    [input, '--bucket', BUCKET, '--endpoint-url', endpoint, ...args],
    io,
  );
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}
