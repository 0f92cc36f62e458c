/**
 * The design: plain data, exactly the shape of a `*.dag.json` file (format
 * version 2, see docs/FORMAT.md and ../shared/design-format.md). Every value
 * that reaches the app or the CLI from outside is produced by
 * `parseDesign` in src/io, never by a cast.
 */

import type { AirflowTarget } from './targets.ts';
import type { MapSource, NotifierCall } from './mapping-alerts.ts';

export { AIRFLOW_TARGETS, DEFAULT_TARGET, type AirflowTarget } from './targets.ts';
export {
  CALLBACK_KEYS,
  isOutputOf,
  notifierCallOf,
  notifierCallsOf,
  type CallbackKey,
  type MapSource,
  type NotifierCall,
  type OutputOf,
} from './mapping-alerts.ts';

/** JSON values as they appear in `args`, `default_args` and `params`. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * An Airflow `Param`: `default` plus any JSON Schema keyword, as written
 * (`type`, `title`, `enum`, `minimum`, `items`, ...). Validation checks each
 * keyword's value (src/model/validate/params.ts); the serializer orders them
 * (PARAM_KEYS in key-order.ts).
 */
export interface DagParam {
  default?: JsonValue;
  [keyword: string]: JsonValue | undefined;
}

/** When a DAG scheduled on assets runs: once every asset is updated, or on any of them. */
export type AssetCondition = 'all' | 'any';

/**
 * `dag.schedule` as an object: a run when the `assets` (URIs) are updated
 * (`when`, default `all`), and, with a `cron`, also on that cron
 * (Airflow's AssetOrTimeSchedule / DatasetOrTimeSchedule).
 */
export interface AssetSchedule {
  assets: string[];
  when: AssetCondition;
  cron?: string;
}

/** Cron expression, preset (`@daily`, ...), null for manual-only, or an asset schedule. */
export type Schedule = string | null | AssetSchedule;

/** Setup and teardown tasks (`as_setup()` / `as_teardown(setups=...)`). */
export type TaskRole = 'setup' | 'teardown';

export interface DagSettings {
  dag_id: string;
  description: string | null;
  /** Cron expression, preset (`@daily`, ...), null for manual-only, or an asset schedule. */
  schedule: Schedule;
  /** `YYYY-MM-DD` (midnight UTC) or ISO-8601 date-time with offset. */
  start_date: string;
  end_date: string | null;
  catchup: boolean;
  max_active_runs: number | null;
  max_active_tasks: number | null;
  /** Seconds. */
  dagrun_timeout: number | null;
  tags: string[];
  default_args: Record<string, JsonValue>;
  params: Record<string, DagParam>;
  doc_md: string | null;
  /** DAG-run alerts: notifiers called when a run fails / succeeds (absent: none). */
  on_failure_callback?: NotifierCall[];
  on_success_callback?: NotifierCall[];
  /** Accepted by the format, refused by validation: Airflow does not retry DAG runs. */
  on_retry_callback?: NotifierCall[];
}

export interface GroupUi {
  x?: number;
  y?: number;
  collapsed?: boolean;
}

export interface TaskGroup {
  group_id: string;
  parent: string | null;
  tooltip: string | null;
  ui?: GroupUi;
}

export interface TaskUi {
  x: number;
  y: number;
  pinned?: boolean;
}

export interface CustomOperator {
  module: string;
  class: string;
}

export interface Task {
  task_id: string;
  /** Catalog key (the Airflow class name) or `custom`. */
  operator: string;
  custom?: CustomOperator;
  args: Record<string, JsonValue>;
  /** Dynamic task mapping: the one argument mapped over (`Op.partial(...).expand(...)`). */
  expand?: Record<string, MapSource>;
  /** Source of one top-level `def`, for the Python-callable operators. */
  python?: string;
  /** Asset URIs this task updates (Airflow `outlets`). */
  outlets?: string[];
  /** Asset URIs this task reads (Airflow `inlets`). */
  inlets?: string[];
  /** A setup or teardown task; a teardown names its `setups`. */
  role?: TaskRole;
  /** Teardown only: the setup tasks (upstream of it) whose work it undoes. */
  setups?: string[];
  group: string | null;
  /** Seconds; design-only, feeds the forecast. */
  estimated_duration?: number;
  /** Design-only: how many mapped instances the forecast assumes for an expanded task. */
  estimated_map_count?: number;
  ui?: TaskUi;
}

export interface Edge {
  from: string;
  to: string;
}

export interface Design {
  format: 'dag-designer';
  version: 2;
  target: { airflow: AirflowTarget };
  dag: DagSettings;
  groups: TaskGroup[];
  tasks: Task[];
  edges: Edge[];
}

/** Id rules of the contract, shared by validation, the canvas and the exporter. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
export const GROUP_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
export const MAX_ID_LENGTH = 200;
export const MAX_FULL_TASK_ID_LENGTH = 250;

export const SCHEDULE_PRESETS = [
  '@once',
  '@hourly',
  '@daily',
  '@weekly',
  '@monthly',
  '@yearly',
  '@continuous',
] as const;
