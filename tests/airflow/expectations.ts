/**
 * What Airflow must see when it loads the DAG exported from a design: the
 * structure check_dags.py reports, computed from the design alone.
 *
 * - Full task ids are `outer.inner.task`: TaskGroup prefixes its group id
 *   (prefix_group_id=True, Airflow's default); group ids are `outer.inner`.
 * - retries = task args.retries ?? default_args.retries ?? 0: BaseOperator's
 *   default is [core] default_task_retries, which is 0 (checked on 2.10.5,
 *   2.11.2, 3.0.6 and 3.3.2 by the tests themselves).
 * - trigger_rule = task args.trigger_rule ?? default_args.trigger_rule ?? 'all_success'.
 * - params: Airflow keeps a Param's description apart and every other
 *   keyword (type, title, minimum, ...) as its JSON Schema, as written.
 * - mapped: every task with `expand` is a MappedOperator; a literal list maps
 *   `literal:<length>`, an upstream output `output_of:<upstream full id>`.
 * - callbacks: the DAG's hooks are its notifiers' classes; a task's hook is
 *   its args' list, else default_args' (Airflow applies default_args per key).
 * - schedule is normalized like the checker: cron presets expanded to their
 *   expressions, whitespace collapsed; '@once', '@continuous' and null kept.
 *   An asset schedule's schedule is its cron (or null); `assets` holds its
 *   condition and URIs (one asset loads as "all": any and all are the same).
 * - outlets / inlets: the design's URIs, for tasks that have any. Airflow
 *   rewrites some URIs (no trailing `/`, lower-case scheme): designs under
 *   test use URIs Airflow keeps as written, so a mismatch is a real one.
 * - setup/teardown: `roles` as designed; `as_teardown(setups=...)` adds the
 *   direct edge setup -> teardown and sets the teardown's trigger rule to
 *   all_done_setup_success.
 */
import { assetScheduleOf, cronOf } from '../../src/design/asset-schedule.ts';
import {
  CALLBACK_KEYS,
  isOutputOf,
  notifierCallsOf,
  type Design,
  type JsonValue,
} from '../../src/design/design.ts';
import type { DagStructure } from '../harness/run-dagbag-check.ts';

export type ExpectedDag = Omit<DagStructure, 'timetable'>;

const CRON_PRESETS: Record<string, string> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
};

export function normalizeSchedule(schedule: string | null): string | null {
  if (schedule === null) return null;
  const collapsed = schedule.trim().split(/\s+/).join(' ');
  return CRON_PRESETS[collapsed] ?? collapsed;
}

function groupPath(design: Design, groupId: string | null): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current = groupId;
  while (current !== null) {
    if (seen.has(current))
      throw new Error(`group cycle at ${current} in design ${design.dag.dag_id}`);
    seen.add(current);
    path.unshift(current);
    const group = design.groups.find((g) => g.group_id === current);
    if (!group) throw new Error(`unknown group ${current} in design ${design.dag.dag_id}`);
    current = group.parent;
  }
  return path;
}

function firstDefined(...values: (JsonValue | undefined)[]): JsonValue | undefined {
  return values.find((value) => value !== undefined);
}

/** The DAG structure Airflow must load for `design`, on every target (none changes it). */
/** The keywords with a value (a param's keywords are optional). */
function definedOnly(keywords: Record<string, JsonValue | undefined>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(keywords)) if (value !== undefined) out[key] = value;
  return out;
}

export function expectationsFor(design: Design): ExpectedDag {
  const fullId = new Map(
    design.tasks.map((task) => [
      task.task_id,
      [...groupPath(design, task.group), task.task_id].join('.'),
    ]),
  );
  const idOf = (taskId: string): string => {
    const id = fullId.get(taskId);
    if (id === undefined)
      throw new Error(`edge names unknown task ${taskId} in design ${design.dag.dag_id}`);
    return id;
  };
  const defaults = design.dag.default_args;
  const retries: Record<string, number> = {};
  const triggerRules: Record<string, string> = {};
  for (const task of design.tasks) {
    const id = idOf(task.task_id);
    retries[id] = Number(firstDefined(task.args['retries'], defaults['retries']) ?? 0);
    triggerRules[id] =
      task.role === 'teardown'
        ? 'all_done_setup_success'
        : String(
            firstDefined(task.args['trigger_rule'], defaults['trigger_rule']) ?? 'all_success',
          );
  }
  const mapped: ExpectedDag['mapped'] = {};
  const taskCallbacks: ExpectedDag['callbacks']['tasks'] = {};
  const classes = (value: JsonValue | undefined) =>
    value === undefined ? [] : (notifierCallsOf(value) ?? []).map((call) => call.notifier);
  for (const task of design.tasks) {
    const id = idOf(task.task_id);
    if (task.expand) {
      mapped[id] = {
        class: 'MappedOperator',
        expand: Object.fromEntries(
          Object.entries(task.expand).map(([name, source]) => [
            name,
            isOutputOf(source) ? `output_of:${idOf(source.output_of)}` : `literal:${source.length}`,
          ]),
        ),
      };
    }
    const hooks: Record<string, string[]> = {};
    for (const hook of CALLBACK_KEYS) {
      const names = classes(firstDefined(task.args[hook], defaults[hook]));
      if (names.length > 0) hooks[hook] = names;
    }
    if (Object.keys(hooks).length > 0) taskCallbacks[id] = hooks;
  }
  const dagCallbacks: Record<string, string[]> = {};
  for (const hook of ['on_failure_callback', 'on_success_callback'] as const) {
    const names = (design.dag[hook] ?? []).map((call) => call.notifier);
    if (names.length > 0) dagCallbacks[hook] = names;
  }
  const assetsOf = (field: 'outlets' | 'inlets'): Record<string, string[]> =>
    Object.fromEntries(
      design.tasks
        .filter((task) => (task[field] ?? []).length > 0)
        .map((task) => [idOf(task.task_id), task[field] ?? []]),
    );
  const roles: Record<string, 'setup' | 'teardown'> = {};
  for (const task of design.tasks) if (task.role) roles[idOf(task.task_id)] = task.role;
  const setupEdges = design.tasks.flatMap((task) =>
    task.role === 'teardown'
      ? (task.setups ?? []).map((setup) => `${idOf(setup)}->${idOf(task.task_id)}`)
      : [],
  );
  const assetSchedule = assetScheduleOf(design.dag.schedule);
  return {
    mapped,
    callbacks: { dag: dagCallbacks, tasks: taskCallbacks },
    dag_id: design.dag.dag_id,
    tasks: [...fullId.values()].sort(),
    edges: [
      ...new Set([
        ...design.edges.map((edge) => `${idOf(edge.from)}->${idOf(edge.to)}`),
        ...setupEdges,
      ]),
    ].sort(),
    task_groups: design.groups.map((group) => groupPath(design, group.group_id).join('.')).sort(),
    schedule: normalizeSchedule(cronOf(design.dag.schedule)),
    catchup: design.dag.catchup,
    retries,
    trigger_rules: triggerRules,
    params: Object.fromEntries(
      Object.entries(design.dag.params).map(([name, param]) => {
        const { default: value, description, ...schema } = param;
        const entry: ExpectedDag['params'][string] = { schema: definedOnly(schema) };
        if (value !== undefined) entry.default = value;
        if (typeof description === 'string') entry.description = description;
        return [name, entry];
      }),
    ),
    assets: assetSchedule && {
      when: assetSchedule.assets.length < 2 ? 'all' : assetSchedule.when,
      uris: assetSchedule.assets,
    },
    outlets: assetsOf('outlets'),
    inlets: assetsOf('inlets'),
    roles,
  };
}
