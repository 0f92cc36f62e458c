/** `dag-designer validate <design.dag.json> [--json]`: findings and the run-time forecast. */
import { resolve } from 'node:path';
import type { Design } from '../design/design.ts';
import { hasErrors, type Finding } from '../model/findings.ts';
import { forecastRun, formatForecast, validateDesign } from '../model/index.ts';
import { parseCommandArgs, singleInput } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIo } from './cli-io.ts';
import { formatFindings, summaryLine } from './format-findings.ts';
import { readDesign } from '../io/read-design.ts';
import { VALIDATE_USAGE } from './usage.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Codes after which the graph cannot be walked reliably, so no forecast is attempted. */
const GRAPH_BREAKING = new Set(['cycle', 'dangling-edge', 'duplicate-id']);

function forecastFor(design: Design, findings: readonly Finding[]) {
  if (findings.some((f) => f.severity === 'error' && GRAPH_BREAKING.has(f.code))) return null;
  return forecastRun(design, {});
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, VALIDATE_USAGE);
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT_OK;
  }
  const shown = singleInput(positionals, VALIDATE_USAGE);
  const read = await readDesign(io, resolve(io.cwd, shown), shown);

  if (!read.ok) {
    if (values.json) io.stdout(`${JSON.stringify({ findings: read.findings }, null, 2)}\n`);
    else io.stderr(formatFindings(read.findings) + summaryLine(read.findings, shown));
    return EXIT_UNUSABLE;
  }

  const findings = [...read.findings, ...validateDesign(read.design)];
  const forecast = forecastFor(read.design, findings);
  if (values.json) {
    const report = forecast ? { findings, forecast } : { findings };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stderr(formatFindings(findings) + summaryLine(findings, shown));
    if (forecast) io.stderr(`\n${formatForecast(forecast).trimEnd()}\n`);
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}
