/**
 * The export gate, the one rule every exporter follows (CLI `export`,
 * `deploy`, the browser's zip): validate the design as it will be exported,
 * refuse with the findings when any is an error, otherwise return the files
 * (DAG file, requirements.txt, manifest.json). Callers only word the result.
 */
import type { Design } from '../design/design.ts';
import { hasErrors, type Finding } from '../model/findings.ts';
import { validateDesign } from '../model/index.ts';
import { exportBundle } from './index.ts';
import type { BundleFile, ExportOptions } from './bundle-types.ts';

export interface GateOptions extends ExportOptions {
  /** Findings already known about the input (a read's warnings), listed first. */
  readFindings?: readonly Finding[];
  /** validateDesign, or a copy memoized on design identity (the browser's). */
  validate?: (design: Design) => Finding[];
}

export type GateResult =
  { ok: true; files: BundleFile[]; findings: Finding[] } | { ok: false; findings: Finding[] };

/** `design` retargeted by `--target`: validation sees what the export writes. */
function asExported(design: Design, options: ExportOptions): Design {
  return options.target ? { ...design, target: { airflow: options.target } } : design;
}

/** Validate, refuse with findings | files + manifest. */
export function gateExport(design: Design, options: GateOptions = {}): GateResult {
  const { readFindings = [], validate = validateDesign, ...exportOptions } = options;
  const findings = [...readFindings, ...validate(asExported(design, exportOptions))];
  if (hasErrors(findings)) return { ok: false, findings };
  return { ok: true, files: exportBundle(design, exportOptions), findings };
}
