/** Small designs for exporter tests: a valid DAG around the given tasks. */
import type { AirflowTarget, Design, Task } from '../../model/design.ts';
import { renderDagFile } from '../index.ts';

export function design(
  tasks: Task[],
  extra: Partial<Design> = {},
  dag: Partial<Design['dag']> = {},
): Design {
  return {
    format: 'dag-designer',
    version: 1,
    target: { airflow: '3' },
    dag: {
      dag_id: 'unit',
      description: null,
      schedule: '@daily',
      start_date: '2026-01-01',
      end_date: null,
      catchup: false,
      max_active_runs: null,
      max_active_tasks: null,
      dagrun_timeout: null,
      tags: [],
      default_args: {},
      params: {},
      doc_md: null,
      ...dag,
    },
    groups: [],
    tasks,
    edges: [],
    ...extra,
  };
}

export const task = (
  task_id: string,
  operator = 'EmptyOperator',
  args: Task['args'] = {},
  more: Partial<Task> = {},
): Task => ({
  task_id,
  operator,
  args,
  group: null,
  ...more,
});

export const code = (d: Design, target: AirflowTarget = d.target.airflow) =>
  renderDagFile(d, target).code;

/** Names bound by `from x import a, b as c` lines. */
export function importedNames(source: string): string[] {
  return [...source.matchAll(/^from \S+ import (.+)$/gm)].flatMap((m) =>
    (m[1] ?? '').split(', ').map((part) => part.split(' as ').pop() ?? ''),
  );
}

export const BASH = (cmd: string) => task('run', 'BashOperator', { bash_command: cmd });
