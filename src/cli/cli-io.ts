/**
 * Everything a CLI command touches in the outside world, passed in so tests
 * run commands in-process against a temp dir and capture the output.
 * `node-io.ts` backs it with node:fs/promises and process streams.
 */
import type { FsLike } from '../io/fs-like.ts';

export type { FileStat, FsLike } from '../io/fs-like.ts';

export interface CliIo extends FsLike {
  /** Machine output (JSON). Text is written as given: include the newline. */
  stdout(text: string): void;
  /** Messages for people: findings, progress, errors. */
  stderr(text: string): void;
  /** Relative paths on the command line resolve against this. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** A sub-command: gets the arguments after its name, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes of the contract (section 4). */
export const EXIT_OK = 0;
/** Validation errors, or a refused export. */
export const EXIT_FINDINGS = 1;
/** Unreadable input, bad usage, or an unexpected failure. */
export const EXIT_UNUSABLE = 2;
