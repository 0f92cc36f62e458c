/**
 * `requirements.txt` as MWAA installs it (contract section 5): first the
 * `--constraint` line of the environment's exact Airflow version and Python
 * (so pip resolves every package to what that MWAA version was built and
 * tested with), then the provider distributions the DAG file imports, one a
 * line, sorted and unpinned: the constraints pin them, and a pin of our own
 * that differs would make MWAA's whole install fail. Null when the DAG needs
 * no provider (the file is then left out of the bundle). Custom operators add
 * nothing: their package is the user's to install.
 */
import type { AirflowTarget } from '../design/design.ts';
import { providerVersion, pythonMinorOf } from '../design/targets.ts';

/** Where MWAA puts the bundle's `dags/` folder on its workers. */
export const MWAA_DAGS_FOLDER = '/usr/local/airflow/dags';

/** Airflow's published constraints file for `target` on MWAA's Python. */
export function constraintsUrl(target: AirflowTarget): string {
  return `https://raw.githubusercontent.com/apache/airflow/constraints-${target}/constraints-${pythonMinorOf(target)}.txt`;
}

/** Path, inside the bundle, of the constraints file `--bundle-constraints` ships. */
export function bundledConstraintsPath(target: AirflowTarget): string {
  return `dags/constraints-${target}.txt`;
}

/**
 * The requirements text. `bundled`: the constraints file travels in the
 * bundle (`--bundle-constraints`, for environments without internet access),
 * so the line names its path on the MWAA workers instead of the URL.
 */
export function renderRequirements(
  providers: Iterable<string>,
  target: AirflowTarget,
  bundled = false,
): string | null {
  const names = [...new Set(providers)].sort();
  if (names.length === 0) return null;
  // A provider the constraints do not pin would install at its newest release,
  // untested with this Airflow: a catalog bug, so fail loudly.
  const unpinned = names.find((name) => providerVersion(target, name) === undefined);
  if (unpinned !== undefined)
    throw new Error(`MWAA Airflow ${target}'s constraints pin no version of ${unpinned}`);
  const where = bundled
    ? `${MWAA_DAGS_FOLDER}/${bundledConstraintsPath(target).slice('dags/'.length)}`
    : constraintsUrl(target);
  return `--constraint "${where}"\n${names.join('\n')}\n`;
}
