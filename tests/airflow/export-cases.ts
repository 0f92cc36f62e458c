/**
 * The designs the real-Airflow tests export, per target: every
 * public/examples/*.dag.json (on each target its arguments exist on, see targetsOf)
 * plus the generated designs. Each is exported with exportBundle and its DAG
 * file written to a temp folder; an export that throws is kept as a failed
 * case so the test names it instead of the whole suite crashing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commonArgsFor, getOperator } from '../../src/catalog/index.ts';
import { exportBundle } from '../../src/export/index.ts';
import { parseDesign, parseDesignText } from '../../src/io/index.ts';
import { AIRFLOW_TARGETS, type AirflowTarget, type Design } from '../../src/design/design.ts';
import { generatedDesigns } from './generated-designs.ts';
import { REPO_ROOT } from '../harness/venvs.ts';

export interface ExportCase {
  name: string;
  target: AirflowTarget;
  design: Design;
  /** Absolute path of the written DAG file, or the export error. */
  dagFile: string | null;
  error: string | null;
}

const EXAMPLES_DIR = join(REPO_ROOT, 'public/examples');

function examples(): { name: string; design: Design }[] {
  let files: string[] = [];
  try {
    files = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.dag.json'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const parsed = parseDesignText(readFileSync(join(EXAMPLES_DIR, file), 'utf8'), file);
    if (!parsed.ok) {
      const why = parsed.findings.map((f) => `${f.path}: ${f.message}`).join('; ');
      throw new Error(`public/examples/${file} does not parse: ${why}`);
    }
    return { name: `example ${file}`, design: parsed.design };
  });
}

/**
 * Its own target, plus every other target where each operator exists and
 * takes every argument the design gives it (the catalog's view of
 * `unsupported-on-target` / unknown-argument errors, so an example written
 * for Airflow 3 is not exported where validation would refuse it).
 */
export function targetsOf(design: Design): AirflowTarget[] {
  return AIRFLOW_TARGETS.filter((target) => {
    if (target === design.target.airflow) return true;
    const common = new Set(commonArgsFor(target).map((spec) => spec.name));
    return design.tasks.every((task) => {
      if (task.operator === 'custom') return true;
      const spec = getOperator(task.operator)?.targets[target];
      if (!spec) return false;
      const known = new Set(spec.args.map((a) => a.name));
      return Object.keys(task.args).every((name) => known.has(name) || common.has(name));
    });
  });
}

function exportTo(
  root: string,
  name: string,
  target: AirflowTarget,
  design: Design,
  index: number,
): ExportCase {
  try {
    const files = exportBundle(design, { target });
    const dag = files.find((file) => file.path.startsWith('dags/') && file.path.endsWith('.py'));
    if (!dag)
      return {
        name,
        target,
        design,
        dagFile: null,
        error: 'exportBundle returned no dags/*.py file',
      };
    // One folder per case: DagBag loads one file, and dag_ids may repeat across cases.
    const dir = join(root, target, String(index).padStart(3, '0'));
    mkdirSync(join(dir, 'dags'), { recursive: true });
    const dagFile = join(dir, dag.path);
    writeFileSync(dagFile, dag.content, 'utf8');
    return { name, target, design, dagFile, error: null };
  } catch (error) {
    return {
      name,
      target,
      design,
      dagFile: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Every case, grouped by target, written under one fresh temp folder. */
export function buildExportCases(): {
  root: string;
  byTarget: Record<AirflowTarget, ExportCase[]>;
} {
  const root = mkdtempSync(join(tmpdir(), 'real-airflow-'));
  const byTarget = Object.fromEntries(AIRFLOW_TARGETS.map((t) => [t, []])) as unknown as Record<
    AirflowTarget,
    ExportCase[]
  >;
  let index = 0;
  for (const { name, design } of examples()) {
    for (const target of targetsOf(design))
      byTarget[target].push(exportTo(root, name, target, design, index++));
  }
  for (const generated of generatedDesigns()) {
    // Generated designs go through the one parser like any outside input.
    const parsed = parseDesign(generated.design);
    for (const target of generated.targets) {
      if (!parsed.ok) {
        const why = parsed.findings.map((f) => `${f.path}: ${f.message}`).join('; ');
        byTarget[target].push({
          name: generated.name,
          target,
          design: generated.design,
          dagFile: null,
          error: why,
        });
        continue;
      }
      byTarget[target].push(exportTo(root, generated.name, target, parsed.design, index++));
    }
  }
  return { root, byTarget };
}

/** Number of example files, so the test can insist they were all exported. */
export function exampleCount(): number {
  return examples().length;
}
