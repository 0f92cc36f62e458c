/**
 * The bundle as files: the browser's .zip (unzipped with fflate) and the
 * CLI's export folder of the saved design, both as path -> bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';

export type FileMap = Map<string, Uint8Array>;

export function unzipFile(zipPath: string): FileMap {
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  return new Map(Object.entries(entries).filter(([path]) => !path.endsWith('/')));
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path)];
  });
}

/** Runs `node bin/dag-designer.js export <design> -o <fresh dir> [...extra]` and reads what it wrote. */
export function cliExport(
  designPath: string,
  extra: readonly string[] = [],
): { dir: string; files: FileMap } {
  const dir = join(mkdtempSync(join(tmpdir(), 'e2e-cli-export-')), 'bundle');
  const run = spawnSync(
    'node',
    ['bin/dag-designer.js', 'export', designPath, '-o', dir, ...extra],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    throw new Error(`dag-designer export exited ${run.status}:\n${run.stderr}\n${run.stdout}`);
  }
  const files: FileMap = new Map(
    listFiles(dir).map((path) => [
      path.split('\\').join('/'),
      new Uint8Array(readFileSync(join(dir, path))),
    ]),
  );
  return { dir, files };
}

export const text = (bytes: Uint8Array | undefined): string =>
  bytes === undefined ? '<missing>' : new TextDecoder().decode(bytes);
