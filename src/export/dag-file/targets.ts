/**
 * DAG-level differences between targets; operator-level ones live in the
 * catalog. Airflow 3 authors DAGs against the Task SDK (`airflow.sdk`);
 * 2.10/2.11 use the classic modules, which 2.x imports without deprecation
 * warnings.
 */
import type { AirflowLine } from '../../design/targets.ts';

export interface ImportOf {
  module: string;
  name: string;
}

export interface DagTargetSpec {
  dag: ImportOf;
  taskGroup: ImportOf;
  param: ImportOf;
  /**
   * Comment lines after the docstring. On 2.x: ruff's Airflow 3 *migration*
   * rules (AIR3xx) flag every 2.x import of DAG and Param (there is no
   * 2.x-valid path they accept), TaskGroup (AIR321, moved in 3.1) and the
   * classic operator paths; a file
   * written for 2.x on purpose exempts exactly those codes, file-wide, and
   * says why. AIR0xx rules stay on.
   */
  fileComments: readonly string[];
}

const AIRFLOW_2: DagTargetSpec = {
  dag: { module: 'airflow', name: 'DAG' },
  taskGroup: { module: 'airflow.utils.task_group', name: 'TaskGroup' },
  param: { module: 'airflow.models.param', name: 'Param' },
  fileComments: [
    "# This file targets Airflow 2.x on purpose: ruff's Airflow 3 migration rules do not apply.",
    '# ruff: noqa: AIR301, AIR302, AIR311, AIR312, AIR321',
  ],
};

export const DAG_TARGETS: Record<AirflowLine, DagTargetSpec> = {
  '2.10': AIRFLOW_2,
  '2.11': AIRFLOW_2,
  '3': {
    dag: { module: 'airflow.sdk', name: 'DAG' },
    taskGroup: { module: 'airflow.sdk', name: 'TaskGroup' },
    param: { module: 'airflow.sdk', name: 'Param' },
    fileComments: [],
  },
};
