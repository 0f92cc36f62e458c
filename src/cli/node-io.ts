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

export function createNodeIo(): CliIo {
  return {
    ...nodeFs,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
