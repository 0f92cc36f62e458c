/** The real world behind CliIo: node:fs/promises and the process streams. */
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import type { CliIo, FsLike } from './cli-io.ts';

export const nodeFs: FsLike = {
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  mkdir: (path, options) => mkdir(path, options),
  rename: (from, to) => rename(from, to),
  rm: (path, options) => rm(path, options),
  rmdir: (path) => rmdir(path),
  readdir: (path) => readdir(path),
  stat: (path) => stat(path),
};

/**
 * `dag-designer validate x --json | head -1` closes stdout early; Node then
 * emits EPIPE as an uncaught error with a stack trace. A closed pipe only
 * means the reader has seen enough, so stop quietly.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function createNodeIo(): CliIo {
  exitQuietlyOnClosedPipe();
  return {
    ...nodeFs,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
