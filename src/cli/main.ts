/** Entry point for bin/dag-designer.js: the real process behind `run`. */
import { createNodeIo } from './node-io.ts';
import { run } from './run.ts';

export { run } from './run.ts';
export type { CliIo, FsLike } from './cli-io.ts';

export async function main(argv: string[]): Promise<number> {
  return run(argv, createNodeIo());
}
