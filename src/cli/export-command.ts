/**
 * `dag-designer export <design.dag.json> -o <dir> [--target] [--prefix] [--json]`:
 * the export gate (validate, refuse on errors), then write the bundle atomically.
 */
import { basename, join, resolve } from 'node:path';
import { gateExport } from '../export/gate.ts';
import {
  AIRFLOW_LINES,
  parseTargetOrV1Name,
  targetLabel,
  targetList,
  type AirflowTarget,
} from '../design/targets.ts';
import { readVendoredConstraints } from './vendored-constraints.ts';
import { designCommandArgs, UsageError } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIo } from './cli-io.ts';
import { formatFindings, summaryLine } from './format-findings.ts';
import { readDesign } from '../io/read-design.ts';
import { EXPORT_USAGE } from './usage.ts';
import { outDirState, writeBundleAtomically } from './write-bundle.ts';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  target: { type: 'string' },
  prefix: { type: 'string' },
  'bundle-constraints': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function targetOption(value: string | undefined): AirflowTarget | undefined {
  if (value === undefined) return undefined;
  const target = parseTargetOrV1Name(value);
  if (!target) {
    throw new UsageError(
      `--target must be one of ${targetList()} (or a version 1 name: ${AIRFLOW_LINES.join(', ')}), not ${JSON.stringify(value)}`,
      EXPORT_USAGE,
    );
  }
  return target;
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const command = designCommandArgs(argv, OPTIONS, EXPORT_USAGE, io);
  if (!command) return EXIT_OK;
  const { values, shown } = command;
  if (!values.out)
    throw new UsageError('missing -o <dir>: where to write the bundle', EXPORT_USAGE);
  const target = targetOption(values.target);
  const outDir = resolve(io.cwd, values.out);

  const read = await readDesign(io, resolve(io.cwd, shown), shown);
  if (!read.ok) {
    io.stderr(formatFindings(read.findings) + summaryLine(read.findings, shown));
    return EXIT_UNUSABLE;
  }
  // `--target` overrides the file's target, for validation too.
  const gate = gateExport(read.design, {
    target,
    prefix: values.prefix,
    bundledConstraints: values['bundle-constraints']
      ? readVendoredConstraints(target ?? read.design.target.airflow)
      : undefined,
    designText: read.text,
    designFile: basename(shown),
    readFindings: read.findings,
  });
  if (!gate.ok) {
    io.stderr(formatFindings(gate.findings) + summaryLine(gate.findings, shown));
    io.stderr(`export refused: fix the errors above; nothing was written\n`);
    return EXIT_FINDINGS;
  }

  const state = await outDirState(io, outDir);
  if (state === 'not-a-directory') {
    io.stderr(`dag-designer export: ${values.out} exists and is not a directory\n`);
    return EXIT_UNUSABLE;
  }
  if (state === 'not-empty') {
    io.stderr(
      `dag-designer export: ${values.out} is not empty; choose a new or empty directory (nothing was written)\n`,
    );
    return EXIT_FINDINGS;
  }

  const { files, findings } = gate;
  await writeBundleAtomically(io, outDir, files);

  if (findings.length > 0) io.stderr(formatFindings(findings));
  const encoder = new TextEncoder();
  for (const file of files) {
    io.stderr(
      `wrote ${join(values.out, ...file.path.split('/'))} (${encoder.encode(file.content).length} bytes)\n`,
    );
  }
  io.stderr(
    `exported ${read.design.dag.dag_id} for ${targetLabel(target ?? read.design.target.airflow)} to ${values.out}\n`,
  );
  if (values.json) {
    const manifest = files.find((f) => f.path === 'manifest.json');
    if (manifest)
      io.stdout(manifest.content.endsWith('\n') ? manifest.content : `${manifest.content}\n`);
  }
  return EXIT_OK;
}
