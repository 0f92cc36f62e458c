/**
 * What the forecast needs to know about a mapped task (`expand`): how many
 * instances one run makes (`estimated_map_count`; a literal list's length;
 * else 1, and the task is listed as having no count) and how many of them
 * may run at once by the task's own limits (`max_active_tis_per_dag`,
 * `max_active_tis_per_dagrun`; one run is forecast, so both cap it alike).
 * Every instance then runs under the same DAG limits as any task
 * (max_active_tasks, its pool) in the simulation.
 */
import { isOutputOf, type Design, type JsonValue, type Task } from '../design/design.ts';

export interface MapCount {
  instances: number;
  /** True when the design gives no count (mapped over an upstream output, no estimated_map_count). */
  assumed: boolean;
}

export function mapCountOf(task: Task): MapCount {
  if (!task.expand) return { instances: 1, assumed: false };
  const declared = task.estimated_map_count;
  if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 0)
    return { instances: declared, assumed: false };
  const sources = Object.values(task.expand);
  const literal = sources.find((source) => !isOutputOf(source));
  if (literal !== undefined && !isOutputOf(literal))
    return { instances: literal.length, assumed: false };
  return { instances: 1, assumed: sources.length > 0 };
}

const positiveInt = (v: JsonValue | undefined): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : Infinity;

/** How many instances of `task` may run at once by its own limits (Infinity: none). */
export function taskConcurrency(design: Design, task: Task): number {
  const get = (name: string) => task.args[name] ?? design.dag.default_args[name];
  return Math.min(
    positiveInt(get('max_active_tis_per_dag')),
    positiveInt(get('max_active_tis_per_dagrun')),
  );
}
