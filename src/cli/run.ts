/**
 * The command dispatcher. `run` never throws and never shows a stack trace
 * unless DAG_DESIGNER_DEBUG=1: an unexpected failure is one line on stderr
 * and exit 2.
 */
import { UsageError } from './args.ts';
import { EXIT_OK, EXIT_UNUSABLE, type CliIo, type Command } from './cli-io.ts';
import { GLOBAL_USAGE, VALIDATE_USAGE, EXPORT_USAGE } from './usage.ts';
import { CLI_VERSION } from './version.ts';

/**
 * Commands are loaded on demand: `validate` and `export` never load the AWS
 * SDK (deploy's), and `--help` works even if a command module is broken.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command.ts')).validateCommand,
  export: async () => (await import('./export-command.ts')).exportCommand,
  deploy: async () => (await import('./deploy-command.ts')).deployCommand,
};

const HELP: Record<string, string> = { validate: VALIDATE_USAGE, export: EXPORT_USAGE };

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing a command', GLOBAL_USAGE);
  if (first === '--help' || first === '-h') {
    io.stdout(GLOBAL_USAGE);
    return EXIT_OK;
  }
  if (first === '--version') {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === 'deploy') return (await loadCommand('deploy'))(['--help'], io);
    io.stdout((topic && HELP[topic]) ?? GLOBAL_USAGE);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`, GLOBAL_USAGE);
  return (await loadCommand(first))(rest, io);
}

async function loadCommand(name: string): Promise<Command> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command '${name}'`, GLOBAL_USAGE);
  return load();
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dag-designer: ${error.message}\n\n${error.usage}`);
      return EXIT_UNUSABLE;
    }
    io.stderr(`dag-designer: ${oneLine(error)}\n`);
    if (io.env.DAG_DESIGNER_DEBUG === '1' && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    } else {
      io.stderr('(set DAG_DESIGNER_DEBUG=1 to see the stack trace)\n');
    }
    return EXIT_UNUSABLE;
  }
}
