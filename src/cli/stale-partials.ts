/**
 * Who owns a `.<dir>.partial-XXXXXXXX` folder, so a later export can clean up
 * after one that was killed (SIGKILL, power loss) before its rename. Each
 * export creates an empty owner file beside its partial folder before
 * creating it, whose name says who owns it
 * (`.<dir>.partial-XXXXXXXX.owner-<pid>-<host>`: a file name appears
 * atomically, where content could be cut short by the kill), and removes it
 * after the rename. The next export to the same place removes every partial of that
 * target whose owner process is gone on this host, then the owner file.
 * Anything without an owner file, from another host or of a live process is
 * left alone: it is not provably ours and dead.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FsLike } from './cli-io.ts';

/** The partial folder name for target `base`: `.<base>.partial-<8 hex>`. */
export const partialName = (base: string, id: string) => `.${base}.partial-${id}`;

/** The owner file of a partial folder, for this process on this host. */
export const ownerFileOf = (partialPath: string, pid = process.pid, host = hostname()) =>
  `${partialPath}.owner-${pid}-${encodeURIComponent(host)}`;

/** `kill(pid, 0)`: ESRCH means no such process; EPERM means alive (another user's). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return !(typeof e === 'object' && e !== null && Reflect.get(e, 'code') === 'ESRCH');
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the partial folders of target `base` in `parent` left by dead
 * exports on this host. Returns the names removed.
 */
export async function removeStalePartials(
  fs: FsLike,
  parent: string,
  base: string,
  isAlive: (pid: number) => boolean = processIsAlive,
): Promise<string[]> {
  const pattern = new RegExp(
    `^(${escapeRegExp(partialName(base, ''))}[0-9a-f]{8})\\.owner-(\\d+)-(\\S+)$`,
  );
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const [, partial, pid, host] = m;
    if (decodeURIComponent(host!) !== hostname() || isAlive(Number(pid))) continue;
    await fs.rm(join(parent, partial!), { recursive: true, force: true });
    await fs.rm(join(parent, name), { force: true });
    removed.push(partial!);
  }
  return removed;
}
