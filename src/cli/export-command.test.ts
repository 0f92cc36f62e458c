import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.ts';
import { run } from './run.ts';
import { copyFixture, makeTestIo } from '../testing/cli-io.ts';

/** Every file under `dir`, as sorted `/`-separated relative paths. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

describe('dag-designer export', () => {
  it('writes exactly the three bundle files and prints the manifest with --json', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    // BashOperator needs no provider; use an AWS operator so requirements.txt is written too.
    const text = readFileSync(join(io.cwd, file), 'utf8').replace(
      '"operator": "BashOperator",\n      "args": {\n        "bash_command": "echo load"\n      }',
      '"operator": "SnsPublishOperator",\n      "args": {\n        "target_arn": "arn:aws:sns:eu-west-1:123456789012:t",\n        "message": "done"\n      }',
    );
    writeFileSync(join(io.cwd, file), text);
    expect(await run(['export', file, '-o', 'out', '--json'], io)).toBe(0);
    expect(listFiles(join(io.cwd, 'out'))).toEqual([
      'dags/valid_design.py',
      'manifest.json',
      'requirements.txt',
    ]);
    // Nothing else next to the bundle: the temp dir is gone.
    expect(readdirSync(io.cwd).sort()).toEqual(['out', file].sort());

    const manifest = JSON.parse(io.out) as { design_sha256: string; dag_id: string };
    expect(manifest.dag_id).toBe('valid_design');
    expect(manifest.design_sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(readFileSync(join(io.cwd, 'out/manifest.json'), 'utf8')).toBe(io.out);
    expect(io.err).toContain('wrote out/dags/valid_design.py');
  });

  it('exports into an existing empty directory', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    mkdirSync(join(io.cwd, 'out'));
    expect(await run(['export', file, '-o', 'out'], io)).toBe(0);
    expect(listFiles(join(io.cwd, 'out'))).toContain('dags/valid_design.py');
    expect(io.out).toBe('');
  });

  it('refuses a non-empty directory and leaves it untouched', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    mkdirSync(join(io.cwd, 'out'));
    writeFileSync(join(io.cwd, 'out/keep.txt'), 'mine');
    expect(await run(['export', file, '-o', 'out'], io)).toBe(1);
    expect(listFiles(join(io.cwd, 'out'))).toEqual(['keep.txt']);
    expect(io.err).toContain('out is not empty');
    expect(readdirSync(io.cwd).sort()).toEqual(['out', file].sort());
  });

  it('refuses a design with errors: exit 1, findings printed, nothing written', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'cycle');
    expect(await run(['export', file, '-o', 'out'], io)).toBe(1);
    expect(existsSync(join(io.cwd, 'out'))).toBe(false);
    expect(io.err).toMatch(/^error\s+cycle\s/m);
    expect(io.err).toContain('nothing was written');
    expect(readdirSync(io.cwd)).toEqual([file]);
  });

  it('exits 2 on an unreadable design', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'invalid-design-unknown-key');
    expect(await run(['export', file, '-o', 'out'], io)).toBe(2);
    expect(existsSync(join(io.cwd, 'out'))).toBe(false);
    expect(io.err).toContain('tasks[1].colour');
  });

  it('validates for --target and rejects an unknown target', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'unsupported-on-target');
    // email_on_failure exists on 2.11; the version 1 name 2.11 means MWAA's 2.11.2.
    expect(await run(['export', file, '-o', 'out211', '--target', '2.11'], io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(io.cwd, 'out211/manifest.json'), 'utf8')) as {
      airflow: string;
    };
    expect(manifest.airflow).toBe('2.11.2');
    expect(await run(['export', file, '-o', 'out3'], io)).toBe(1);
    expect(await run(['export', file, '-o', 'x', '--target', '2.9'], io)).toBe(2);
    expect(io.err).toContain(
      '--target must be one of 2.10.1, 2.10.3, 2.11.0, 2.11.2, 3.0.6, 3.2.1, 3.3.1 (or a version 1 name: 2.10, 2.11, 3)',
    );
  });

  it('puts --prefix on the manifest keys', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    expect(await run(['export', file, '-o', 'out', '--prefix', 'team-a', '--json'], io)).toBe(0);
    const manifest = JSON.parse(io.out) as { files: { key: string }[] };
    for (const f of manifest.files) expect(f.key.startsWith('team-a')).toBe(true);
  });

  it('removes the temp dir when a write fails and leaves no bundle', async () => {
    const base = makeTestIo();
    const file = copyFixture(base, 'valid');
    let writes = 0;
    const io: CliIo = {
      ...base,
      writeFile: async (path, data) => {
        if (++writes === 2) throw new Error('disk full');
        await base.writeFile(path, data);
      },
    };
    expect(await run(['export', file, '-o', 'out'], io)).toBe(2);
    expect(readdirSync(base.cwd)).toEqual([file]);
    expect(base.err).toContain('disk full');
  });

  it('never deletes a file that appears in <dir> while the bundle is written', async () => {
    const base = makeTestIo();
    const file = copyFixture(base, 'valid');
    mkdirSync(join(base.cwd, 'out'));
    const io: CliIo = {
      ...base,
      writeFile: async (path, data) => {
        await base.writeFile(path, data);
        writeFileSync(join(base.cwd, 'out/late.txt'), 'someone else');
      },
    };
    expect(await run(['export', file, '-o', 'out'], io)).toBe(2);
    expect(listFiles(join(base.cwd, 'out'))).toEqual(['late.txt']);
    expect(readdirSync(base.cwd).sort()).toEqual(['out', file].sort());
  });

  it('hashes the exact bytes of the design, byte-order mark included', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      readFileSync(join(io.cwd, file)),
    ]);
    writeFileSync(join(io.cwd, file), bytes);
    expect(await run(['export', file, '-o', 'out', '--json'], io)).toBe(0);
    const manifest = JSON.parse(io.out) as { design_sha256: string };
    expect(manifest.design_sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('treats a file that is not UTF-8 as unreadable (exit 2)', async () => {
    const io = makeTestIo();
    writeFileSync(join(io.cwd, 'latin1.dag.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(await run(['export', 'latin1.dag.json', '-o', 'out'], io)).toBe(2);
    expect(io.err).toContain('latin1.dag.json: not a UTF-8 text file');
  });

  it('requires -o', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    expect(await run(['export', file], io)).toBe(2);
    expect(io.err).toContain('missing -o <dir>');
  });
});
