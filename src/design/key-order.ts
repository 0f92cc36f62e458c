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
];
export const PARAM_KEYS = ['default', 'type', 'description', 'enum', 'minimum', 'maximum'];
export const GROUP_KEYS = ['group_id', 'parent', 'tooltip', 'ui'];
export const GROUP_UI_KEYS = ['x', 'y', 'collapsed'];
export const TASK_KEYS = [
  'task_id',
  'operator',
  'custom',
  'args',
  'python',
  'group',
  'estimated_duration',
  'ui',
];
export const TASK_UI_KEYS = ['x', 'y', 'pinned'];
export const CUSTOM_KEYS = ['module', 'class'];
export const EDGE_KEYS = ['from', 'to'];
