/**
 * The exporter: a design in, the files of the MWAA bundle out, as data (no
 * fs: it runs in the browser and in the CLI). Pure and deterministic: the
 * same design gives byte-identical files.
 */
import type { AirflowTarget, Design } from '../design/design.ts';
import { serializeDesign } from '../io/serialize.ts';
import type { BundleFile, ExportOptions } from './bundle-types.ts';
import { resolveOperator } from './dag-file/operators.ts';
import { notifierProviders } from './dag-file/notifiers.ts';
import { renderDagFile as renderDagFileFor, type RenderedDagFile } from './dag-file/render.ts';
import { buildManifest, manifestFile } from './manifest.ts';
import { bundledConstraintsPath, renderRequirements } from './requirements.ts';

export type { RenderedDagFile } from './dag-file/render.ts';
export { pyStr, pyText, pyValue, isPythonIdentifier } from './python-literal.ts';

export const PYTHON_CONTENT_TYPE = 'text/x-python';
export const TEXT_CONTENT_TYPE = 'text/plain';

/** The DAG file for the live code view, with each task's line range (1-based, inclusive). */
export function renderDagFile(
  design: Design,
  target: AirflowTarget = design.target.airflow,
  designFile?: string,
): RenderedDagFile {
  return renderDagFileFor(design, target, designFile);
}

/** Path of the DAG file inside the bundle. */
export function dagFilePath(design: Design): string {
  return `dags/${design.dag.dag_id}.py`;
}

/**
 * `dags/<dag_id>.py`, `requirements.txt` (when the DAG uses providers) and
 * `manifest.json`, sorted by path. Throws an Error with a clear message when
 * the design cannot be written as Python (run validation first: it reports
 * the same problems as findings).
 */
export function exportBundle(design: Design, options: ExportOptions = {}): BundleFile[] {
  const target = options.target ?? design.target.airflow;
  const { code } = renderDagFileFor(design, target, options.designFile);
  const files: BundleFile[] = [
    { path: dagFilePath(design), content: code, contentType: PYTHON_CONTENT_TYPE },
  ];
  const providers = [
    ...design.tasks.flatMap((task) => resolveOperator(task, target).provider ?? []),
    ...notifierProviders(design, target),
  ];
  const bundled = options.bundledConstraints;
  const requirements = renderRequirements(providers, target, bundled !== undefined);
  if (requirements !== null) {
    files.push({ path: 'requirements.txt', content: requirements, contentType: TEXT_CONTENT_TYPE });
    if (bundled !== undefined)
      files.push({
        path: bundledConstraintsPath(target),
        content: bundled,
        contentType: TEXT_CONTENT_TYPE,
      });
  }
  const designText = options.designText ?? serializeDesign(design);
  const manifest = buildManifest(design.dag.dag_id, target, designText, files, options.prefix);
  return [...files, manifestFile(manifest)].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}
