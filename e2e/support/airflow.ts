/**
 * Loads an exported DAG file with the real Airflow venvs of its target, via
 * the project's one checker (tests/airflow/check_dags.py through
 * runDagBagCheck): the journeys do not carry a second one.
 */
import type { AirflowTarget } from '../../src/design/design.ts';
import {
  runDagBagCheck,
  type DagStructure,
  type FileResult,
} from '../../tests/harness/run-dagbag-check.ts';
import { venvsForTarget } from '../../tests/harness/venvs.ts';

export interface AirflowLoad {
  version: string;
  result: FileResult;
}

/** One result per Airflow version that tests `target`; throws if a venv is missing. */
export function loadWithAirflow(
  dagFile: string,
  target: AirflowTarget,
  expected?: Partial<DagStructure>,
): AirflowLoad[] {
  const venvs = venvsForTarget(target);
  if (venvs.length === 0) throw new Error(`no Airflow venv for target ${target}`);
  return venvs.map((venv) => {
    const report = runDagBagCheck(venv, [{ dag_file: dagFile, ...(expected ? { expected } : {}) }]);
    return { version: report.airflow_version, result: report.results[0]! };
  });
}
