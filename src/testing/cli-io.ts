/** Test helper: a real-fs CliIo rooted in a fresh temp dir, with captured output. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../cli/cli-io.ts';
import { nodeFs } from '../cli/node-io.ts';

export const BAD_DESIGNS = fileURLToPath(new URL('../../tests/bad-designs/', import.meta.url));

export interface TestIo extends CliIo {
  out: string;
  err: string;
}

export function makeTestIo(env: Record<string, string> = {}): TestIo {
  const io: TestIo = {
    ...nodeFs,
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    cwd: mkdtempSync(join(tmpdir(), 'dag-designer-cli-')),
    env,
  };
  return io;
}

/** Copies tests/bad-designs/<name>.dag.json into the io's temp dir; returns the relative path. */
export function copyFixture(io: CliIo, name: string): string {
  const file = `${name}.dag.json`;
  copyFileSync(join(BAD_DESIGNS, file), join(io.cwd, file));
  return file;
}
