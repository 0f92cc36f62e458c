/**
 * Writes a bundle so that it appears all at once or not at all: every file
 * goes into a temp dir next to the destination, which is then renamed into
 * place. A crash or a failed write leaves no half bundle under the real name,
 * and the partial folder a killed export leaves behind is removed by the next
 * export to the same place (stale-partials.ts: an owner file with the pid).
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { BundleFile } from '../export/bundle-types.ts';
import type { FsLike } from './cli-io.ts';
import { ownerFileOf, partialName, removeStalePartials } from './stale-partials.ts';

export type OutDirState = 'missing' | 'empty' | 'not-empty' | 'not-a-directory';

export async function outDirState(fs: FsLike, dir: string): Promise<OutDirState> {
  let isDirectory: boolean;
  try {
    isDirectory = (await fs.stat(dir)).isDirectory();
  } catch (e) {
    if (typeof e === 'object' && e !== null && Reflect.get(e, 'code') === 'ENOENT')
      return 'missing';
    throw e;
  }
  if (!isDirectory) return 'not-a-directory';
  return (await fs.readdir(dir)).length === 0 ? 'empty' : 'not-empty';
}

/** Bundle paths come from our exporter; this refuses anything that could escape the bundle anyway. */
function bundleSegments(path: string): string[] {
  const segments = path.split('/');
  if (
    path.startsWith('/') ||
    segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))
  ) {
    throw new Error(`refusing to write bundle path ${JSON.stringify(path)}`);
  }
  return segments;
}

/** `dir` must be missing or empty (checked by the caller with `outDirState`). */
export async function writeBundleAtomically(
  fs: FsLike,
  dir: string,
  files: readonly BundleFile[],
): Promise<void> {
  const parent = dirname(dir);
  await fs.mkdir(parent, { recursive: true });
  await removeStalePartials(fs, parent, basename(dir));
  const temp = join(parent, partialName(basename(dir), randomUUID().slice(0, 8)));
  const owner = ownerFileOf(temp);
  // The owner file comes first: whenever the partial folder exists, so does its owner.
  await fs.writeFile(owner, '');
  try {
    await fs.mkdir(temp);
    for (const file of files) {
      const segments = bundleSegments(file.path);
      const target = join(temp, ...segments);
      if (segments.length > 1) await fs.mkdir(dirname(target), { recursive: true });
      await fs.writeFile(target, file.content);
    }
    // rename() cannot replace a directory everywhere (Windows), so an empty one goes first.
    // rmdir fails on a non-empty directory: a file that appeared meanwhile is never deleted.
    if ((await outDirState(fs, dir)) === 'empty') await fs.rmdir(dir);
    await fs.rename(temp, dir);
  } catch (e) {
    await fs.rm(temp, { recursive: true, force: true });
    throw e;
  } finally {
    await fs.rm(owner, { force: true });
  }
}
