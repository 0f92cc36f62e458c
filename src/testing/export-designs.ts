/** Small designs for exporter tests: a valid DAG around the given tasks. */
import type { AirflowTarget, Design, Task } from '../design/design.ts';
import { testDesign, testTask } from './designs.ts';
import { renderDagFile } from '../export/index.ts';

export function design(
  tasks: Task[],
  extra: Partial<Design> = {},
  dag: Partial<Design['dag']> = {},
): Design {
  return {
    ...testDesign({ tasks, dag: { dag_id: 'unit', schedule: '@daily', ...dag } }),
    ...extra,
  };
}

export const task = (
  task_id: string,
  operator = 'EmptyOperator',
  args: Task['args'] = {},
  more: Partial<Task> = {},
): Task => testTask(task_id, { operator, args, ...more });

export const code = (d: Design, target: AirflowTarget = d.target.airflow) =>
  renderDagFile(d, target).code;

/** Names bound by `from x import a, b as c` lines. */
export function importedNames(source: string): string[] {
  // `from m import a, b` on one line, or the wrapped `from m import (\n    a,\n    b,\n)` form.
  return [...source.matchAll(/^from \S+ import (?:\(\n([^)]*)\)|(.+))$/gm)].flatMap((m) =>
    (m[1] ?? m[2] ?? '')
      .split(/,\s*/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => part.split(' as ').pop() ?? ''),
  );
}

export const BASH = (cmd: string) => task('run', 'BashOperator', { bash_command: cmd });
