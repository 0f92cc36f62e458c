import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';
import { copyFixture, makeTestIo } from '../testing/cli-io.ts';

describe('dag-designer (dispatcher)', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the usage to stdout, exit 0', async (flag) => {
    const io = makeTestIo();
    expect(await run([flag], io)).toBe(0);
    expect(io.out).toContain('usage: dag-designer <command>');
    expect(io.out).toContain('validate <design.dag.json>');
    expect(io.err).toBe('');
  });

  it.each([
    ['validate', 'usage: dag-designer validate'],
    ['export', 'usage: dag-designer export'],
  ])('%s --help prints the command usage', async (command, text) => {
    for (const flag of ['--help', '-h']) {
      const io = makeTestIo();
      expect(await run([command, flag], io)).toBe(0);
      expect(io.out).toContain(text);
    }
  });

  it('dispatches deploy (loaded on demand) with its own help', async () => {
    for (const argv of [
      ['deploy', '--help'],
      ['help', 'deploy'],
    ]) {
      const io = makeTestIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out + io.err).toContain('usage: dag-designer deploy');
    }
  });

  it('--version prints the package version', async () => {
    const io = makeTestIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['--frob']],
    [['validate', 'a.dag.json', '--frob']],
    [['validate']],
    [['validate', 'a', 'b']],
  ])('bad usage %j exits 2 with the usage on stderr', async (argv) => {
    const io = makeTestIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toMatch(/^dag-designer: .+\n\nusage: dag-designer/);
    expect(io.out).toBe('');
  });

  it('turns an unexpected failure into one line, the stack only with DAG_DESIGNER_DEBUG=1', async () => {
    // readFile failures are reported as unreadable input (exit 2, a finding); a failing stat is unexpected.
    for (const [env, withStack] of [
      [{}, false],
      [{ DAG_DESIGNER_DEBUG: '1' }, true],
    ] as const) {
      const io = makeTestIo(env);
      const file = copyFixture(io, 'valid');
      io.stat = () => Promise.reject(new TypeError('boom\nsecond line'));
      expect(await run(['export', file, '-o', 'out'], io)).toBe(2);
      expect(io.err.split('\n')[0]).toBe('dag-designer: boom');
      expect(io.err.includes('    at ')).toBe(withStack);
    }
  });

  it('smoke: node bin/dag-designer.js --help really runs', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const result = spawnSync(process.execPath, ['bin/dag-designer.js', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: dag-designer <command>');
  });
});
