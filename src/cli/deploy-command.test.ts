/**
 * Usage of `deploy` through the dispatcher: no S3 is reached for any of
 * these, so they need no server.
 */
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { DEPLOY_USAGE } from './deploy-command.ts';
import { run } from './run.ts';

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const missing = () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  return {
    out,
    err,
    cwd: '/nowhere',
    env: {},
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: missing,
    writeFile: missing,
    mkdir: missing,
    rename: missing,
    rm: missing,
    rmdir: missing,
    readdir: missing,
    stat: missing,
  };
}

describe('deploy usage', () => {
  it('prints help to stdout with --help and exits 0', async () => {
    const io = memoryIo();
    expect(await run(['deploy', '--help'], io)).toBe(0);
    expect(io.out.join('')).toBe(DEPLOY_USAGE);
  });

  it('answers `help deploy` the same way', async () => {
    const io = memoryIo();
    expect(await run(['help', 'deploy'], io)).toBe(0);
    expect(io.out.join('')).toBe(DEPLOY_USAGE);
  });

  it.each([
    [['deploy', 'x.dag.json'], '--bucket is required'],
    [['deploy', '--bucket', 'b'], 'expected one design file or bundle directory, got 0'],
    [['deploy', 'a', 'b', '--bucket', 'b'], 'got 2'],
    [
      ['deploy', 'x.dag.json', '--bucket', 'b', '--secret-access-key', 'k'],
      "Unknown option '--secret-access-key'",
    ],
    [['deploy', 'x.dag.json', '--bucket'], "'--bucket <value>' argument missing"],
    [
      ['deploy', 'x.dag.json', '--bucket', 'b', '--requirements-key', 'env/'],
      '--requirements-key must name a file in the bucket, not "env/"',
    ],
    [
      ['deploy', 'x.dag.json', '--bucket', 'b', '--requirements-key', '/'],
      '--requirements-key must name a file in the bucket',
    ],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const io = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toContain(message);
    expect(io.out).toEqual([]);
  });
});
