/**
 * DAG-level differences between targets; operator-level ones live in the
 * catalog. Airflow 3 authors DAGs against the Task SDK (`airflow.sdk`);
 * 2.10/2.11 use the classic modules, which 2.x imports without deprecation
 * warnings.
 */
import type { AirflowTarget } from '../../model/design.ts';

export interface ImportOf {
  module: string;
  name: string;
}

export interface DagTargetSpec {
  dag: ImportOf;
  taskGroup: ImportOf;
  param: ImportOf;
}

const AIRFLOW_2: DagTargetSpec = {
  dag: { module: 'airflow', name: 'DAG' },
  taskGroup: { module: 'airflow.utils.task_group', name: 'TaskGroup' },
  param: { module: 'airflow.models.param', name: 'Param' },
};

export const DAG_TARGETS: Record<AirflowTarget, DagTargetSpec> = {
  '2.10': AIRFLOW_2,
  '2.11': AIRFLOW_2,
  '3': {
    dag: { module: 'airflow.sdk', name: 'DAG' },
    taskGroup: { module: 'airflow.sdk', name: 'TaskGroup' },
    param: { module: 'airflow.sdk', name: 'Param' },
  },
};
