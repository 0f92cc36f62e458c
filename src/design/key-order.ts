/**
 * The canonical key order of the design format, the one copy: the serializer
 * writes keys in this order and validation lists findings in it. Free-form
 * objects (`args`, `default_args`, `params` entries' values) keep their own.
 */

export const DESIGN_KEYS = ['format', 'version', 'target', 'dag', 'groups', 'tasks', 'edges'];
export const DAG_KEYS = [
  'dag_id',
  'description',
  'schedule',
  'start_date',
  'end_date',
  'catchup',
  'max_active_runs',
  'max_active_tasks',
  'dagrun_timeout',
  'tags',
  'default_args',
  'params',
  'doc_md',
  'on_failure_callback',
  'on_success_callback',
  'on_retry_callback',
];
/** A notifier in an alert list (`dag.on_failure_callback[0]`). */
export const NOTIFIER_KEYS = ['notifier', 'args'];
/** An asset schedule object (`dag.schedule` when it is not a string or null). */
export const SCHEDULE_KEYS = ['assets', 'when', 'cron'];
/**
 * A param's keywords: `default` and `type` first, then the JSON Schema and
 * Airflow keywords in this fixed order (what the form shows, then value
 * limits, then array and object shapes); any other keyword follows,
 * alphabetically. Validation knows these names (and suggests them for typos).
 */
export const PARAM_KEYS = [
  'default',
  'type',
  'title',
  'description',
  'description_md',
  'section',
  'enum',
  'values_display',
  'const',
  'examples',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
];

/** A param's keys in canonical order: PARAM_KEYS first, then the rest alphabetically. */
export function paramKeyOrder(keys: readonly string[]): string[] {
  const known = PARAM_KEYS.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !PARAM_KEYS.includes(k)).sort();
  return [...known, ...rest];
}
export const GROUP_KEYS = ['group_id', 'parent', 'tooltip', 'ui'];
export const GROUP_UI_KEYS = ['x', 'y', 'collapsed'];
export const TASK_KEYS = [
  'task_id',
  'operator',
  'custom',
  'args',
  'expand',
  'python',
  'outlets',
  'inlets',
  'role',
  'setups',
  'group',
  'estimated_duration',
  'estimated_map_count',
  'ui',
];
export const TASK_UI_KEYS = ['x', 'y', 'pinned'];
export const CUSTOM_KEYS = ['module', 'class'];
export const EDGE_KEYS = ['from', 'to'];
