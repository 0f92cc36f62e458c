/**
 * Argument parsing on node:util's parseArgs, strict: an unknown flag or a
 * missing value is a usage error (exit 2), never ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.ts';

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

/**
 * The opening every command on one design file shares (export, validate), so
 * they cannot drift: strict flags; `-h/--help` prints the usage and ends the
 * command (null: exit 0, even without a file); else exactly one design file.
 */
export function designCommandArgs<O extends Options & { help: { type: 'boolean' } }>(
  argv: string[],
  options: O,
  usage: string,
  io: Pick<CliIo, 'stdout'>,
) {
  const { values, positionals } = parseCommandArgs(argv, options, usage);
  // On a generic O, parseArgs' value types do not name `help`: test for it.
  if ('help' in values && values.help === true) {
    io.stdout(usage);
    return null;
  }
  return { values, shown: singleInput(positionals, usage) };
}
