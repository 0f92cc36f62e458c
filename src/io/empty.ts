import { DEFAULT_TARGET, type Design } from '../design/design.ts';
import { CURRENT_VERSION, DESIGN_FORMAT } from './schema-v2.ts';

/**
 * A new, valid design with no tasks. Manual-only (`schedule: null`) so a
 * fresh DAG never starts running on its own, and `catchup: false` so a
 * later schedule does not backfill from `start_date`.
 */
export function emptyDesign(dagId = 'my_dag', today: Date = new Date()): Design {
  return {
    format: DESIGN_FORMAT,
    version: CURRENT_VERSION,
    target: { airflow: DEFAULT_TARGET },
    dag: {
      dag_id: dagId,
      description: null,
      schedule: null,
      start_date: today.toISOString().slice(0, 10),
      end_date: null,
      catchup: false,
      max_active_runs: null,
      max_active_tasks: null,
      dagrun_timeout: null,
      tags: [],
      default_args: { owner: 'airflow', retries: 1, retry_delay: 300 },
      params: {},
      doc_md: null,
    },
    groups: [],
    tasks: [],
    edges: [],
  };
}
