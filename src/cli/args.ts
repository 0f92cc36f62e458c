/**
 * Argument parsing on node:util's parseArgs, strict: an unknown flag or a
 * missing value is a usage error (exit 2), never ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs' messages are clear ("Unknown option '--foo'..."); only the framing is ours.
    throw new UsageError(e instanceof Error ? e.message : String(e), usage);
  }
}

/** Exactly one positional argument: the design file. */
export function singleInput(positionals: string[], usage: string): string {
  if (positionals.length === 0) throw new UsageError('missing the design file argument', usage);
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one design file, got ${positionals.length}: ${positionals.join(' ')}`,
      usage,
    );
  }
  return positionals[0] ?? '';
}
