/**
 * The slice of node:fs/promises that reading and writing designs and bundles
 * needs, passed in so commands and deploy run in-process against a temp dir
 * in tests. src/cli/node-io.ts backs it with the real file system.
 */

export interface FileStat {
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
}

/** The file system calls the commands and deploy use (paths are absolute). */
export interface FsLike {
  /** Raw bytes: the exporter hashes the design file exactly as saved. */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  /** Removes an empty directory only (fails otherwise): never deletes user files by accident. */
  rmdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<FileStat>;
}
