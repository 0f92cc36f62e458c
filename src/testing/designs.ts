/**
 * Test-only design builders, shared by every unit test that needs a small
 * design (imported from tests only, so it never reaches a production bundle).
 *
 * A test design is the app's own empty design (io/empty.ts) with a fixed
 * start date and no default args, so tests name only the fields they are
 * about and a change to what a "blank" design holds shows up here once.
 */
import { emptyDesign } from '../io/empty.ts';
import type { DagSettings, Design, Edge, Task } from '../design/design.ts';

export const TEST_DAG_ID = 'd';
export const TEST_START_DATE = '2026-01-01';

/** Any part of a design; `dag` is merged field by field over the defaults. */
export type DesignParts = Partial<Omit<Design, 'dag'>> & { dag?: Partial<DagSettings> };

export function testDesign(parts: DesignParts = {}): Design {
  const { dag, ...rest } = parts;
  const base = emptyDesign(TEST_DAG_ID, new Date(`${TEST_START_DATE}T00:00:00Z`));
  return { ...base, ...rest, dag: { ...base.dag, default_args: {}, ...dag } };
}

/** An `EmptyOperator` task at the top level; `extra` overrides any field. */
export function testTask(task_id: string, extra: Partial<Task> = {}): Task {
  return { task_id, operator: 'EmptyOperator', args: {}, group: null, ...extra };
}

/** Edges from `[from, to]` pairs. */
export const edgesFrom = (pairs: readonly (readonly [string, string])[]): Edge[] =>
  pairs.map(([from, to]) => ({ from, to }));

/**
 * The contract's example design: every kind of field filled (a group, a
 * sensor with ui, params, default args), for round-trip and parse tests.
 */
export function sampleDesign(): Design {
  return testDesign({
    dag: {
      dag_id: 's3_to_redshift_daily',
      description: "Load yesterday's files",
      schedule: '0 3 * * *',
      max_active_runs: 1,
      max_active_tasks: 8,
      dagrun_timeout: 7200,
      tags: ['ingest'],
      default_args: { owner: 'data-eng', retries: 2, retry_delay: 300 },
      params: { day: { default: '{{ ds }}', type: 'string', description: 'Day to load' } },
      doc_md: '# Daily load',
    },
    groups: [{ group_id: 'extract', parent: null, tooltip: 'Pull raw files' }],
    tasks: [
      testTask('wait_for_file', {
        operator: 'S3KeySensor',
        args: {
          bucket_name: 'raw',
          bucket_key: 'in/{{ ds }}/done',
          poke_interval: 60,
          timeout: 3600,
          mode: 'reschedule',
        },
        group: 'extract',
        estimated_duration: 600,
        ui: { x: 0, y: 0 },
      }),
      testTask('load', { operator: 'BashOperator', args: { bash_command: 'echo load' } }),
    ],
    edges: edgesFrom([['wait_for_file', 'load']]),
  });
}
