/** `dag-designer validate <design.dag.json> [--json] [--pool name=slots ...]`: findings and the run-time forecast. */
import { resolve } from 'node:path';
import { hasErrors } from '../model/findings.ts';
import {
  forecastForDesign,
  formatForecast,
  parsePoolOption,
  validateDesign,
  type PoolSizes,
} from '../model/index.ts';
import { designCommandArgs, UsageError } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIo } from './cli-io.ts';
import { formatFindings, summaryLine } from './format-findings.ts';
import { readDesign } from '../io/read-design.ts';
import { VALIDATE_USAGE } from './usage.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  pool: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--pool name=slots`, repeatable: the sizes of the environment's pools (the last one given wins). */
function poolSizesFrom(options: readonly string[] | undefined): PoolSizes {
  const sizes: Record<string, number> = {};
  for (const text of options ?? []) {
    const parsed = parsePoolOption(text);
    if ('error' in parsed) throw new UsageError(parsed.error, VALIDATE_USAGE);
    sizes[parsed.name] = parsed.slots;
  }
  return sizes;
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const command = designCommandArgs(argv, OPTIONS, VALIDATE_USAGE, io);
  if (!command) return EXIT_OK;
  const { values, shown } = command;
  const pools = poolSizesFrom(values.pool);
  const read = await readDesign(io, resolve(io.cwd, shown), shown);

  if (!read.ok) {
    if (values.json) io.stdout(`${JSON.stringify({ findings: read.findings }, null, 2)}\n`);
    else io.stderr(formatFindings(read.findings) + summaryLine(read.findings, shown));
    return EXIT_UNUSABLE;
  }

  const findings = [...read.findings, ...validateDesign(read.design)];
  const forecast = forecastForDesign(read.design, findings, pools);
  if (values.json) {
    const report = forecast ? { findings, forecast } : { findings };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stderr(formatFindings(findings) + summaryLine(findings, shown));
    if (forecast) io.stderr(`\n${formatForecast(forecast).trimEnd()}\n`);
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}
