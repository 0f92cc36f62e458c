/**
 * Run forecast from `estimated_duration`: the critical path, and a
 * deterministic event-driven list-scheduling simulation of one DAG run under
 * Airflow's limits: the DAG's max_active_tasks (default 16, like
 * `[core] max_active_tasks_per_dag`), pools (`pool`, default `default_pool`
 * of 128 slots; `pool_slots`) and priority (`priority_weight` with
 * `weight_rule` downstream/upstream/absolute; higher runs first, ties by
 * creation order).
 *
 * A mapped task (`expand`) runs `estimated_map_count` instances (a literal
 * list's length, else 1, listed in `unestimatedMapCounts`), each of
 * `estimated_duration`, under the same limits as any task (max_active_tasks,
 * its pool) and its own `max_active_tis_per_dag` / `max_active_tis_per_dagrun`
 * (forecast-mapping.ts); its timing spans its first start to its last end.
 *
 * It forecasts the happy path: no retries, no failures, no scheduler or
 * queueing latency, sensors take their estimate, and every arm of a branch
 * runs (an upper bound). Tasks without an estimate
 * take 0 seconds and are listed as `unestimated`. A pool missing from
 * `poolSizes` (other than default_pool) is assumed unlimited and listed in
 * `unsizedPools`. A task needing more slots than its pool has is forecast
 * as taking the whole pool (Airflow would leave it queued forever).
 */
import type { Design, JsonValue, Task } from '../design/design.ts';
import { formatSeconds } from './durations.ts';
import { mapCountOf, taskConcurrency } from './forecast-mapping.ts';
import { relativeSums } from './relative-sums.ts';
import {
  formatTriggerLines,
  runTriggers,
  teardownTasks,
  type RunTriggers,
} from './forecast-triggers.ts';
import {
  buildGraph,
  downstream,
  MinHeap,
  pred,
  succ,
  topologicalOrder,
  upstream,
  type Graph,
} from './graph.ts';

export const DEFAULT_MAX_ACTIVE_TASKS = 16;
export const DEFAULT_POOL = 'default_pool';
export const DEFAULT_POOL_SLOTS = 128;

export interface ForecastOptions {
  /** Pool name -> slots. `default_pool` defaults to `defaultPoolSlots`. */
  poolSizes?: Record<string, number>;
  defaultPoolSlots?: number;
}

export interface TaskTiming {
  task_id: string;
  /** Seconds from the start of the run. */
  start: number;
  end: number;
  duration: number;
  /** Seconds spent ready but not started (blocked by a pool or max_active_tasks). */
  waited: number;
  priority: number;
  pool: string;
  /** Instances forecast: estimated_map_count for a mapped task, else 1. */
  instances: number;
}

export interface ResourceWait {
  /** `task_concurrency`: a mapped task's own max_active_tis_per_dag / _per_dagrun. */
  kind: 'pool' | 'max_active_tasks' | 'task_concurrency';
  /** Pool name, `max_active_tasks`, or the task_id (task_concurrency). */
  name: string;
  /** Pool size, the max_active_tasks limit or the task's limit (null for an unsized pool). */
  limit: number | null;
  /** Total task-seconds spent waiting for this resource. */
  waitSeconds: number;
}

export interface Forecast {
  criticalPath: string[];
  criticalPathSeconds: number;
  unestimated: string[];
  /** Mapped tasks with no estimated_map_count over an upstream output: forecast as 1 instance. */
  unestimatedMapCounts: string[];
  makespanSeconds: number;
  maxActiveTasks: number;
  /** Per task, in creation order. */
  tasks: TaskTiming[];
  bottlenecks: {
    /** Critical-path tasks, longest first. */
    criticalTasks: { task_id: string; duration: number }[];
    /** Resources tasks waited for, most waiting first. */
    resources: ResourceWait[];
  };
  unsizedPools: string[];
  /** What starts a run when the DAG is scheduled on assets (forecast-triggers.ts), else null. */
  triggers: RunTriggers | null;
  /** Teardown tasks: they run even after a failure. */
  teardowns: string[];
}

const arg = (design: Design, task: Task, name: string): JsonValue | undefined =>
  task.args[name] ?? design.dag.default_args[name];

const num = (v: JsonValue | undefined, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

const durationOf = (t: Task): number =>
  typeof t.estimated_duration === 'number' && t.estimated_duration > 0 ? t.estimated_duration : 0;

/** Null when no task has an estimate, or when the graph has a cycle (nothing to forecast). */
export function forecastRun(design: Design, options: ForecastOptions = {}): Forecast | null {
  if (!design.tasks.some((t) => typeof t.estimated_duration === 'number')) return null;
  const graph = buildGraph(
    design.tasks,
    design.edges.filter((e) => e.from !== e.to),
  );
  const topo = topologicalOrder(graph);
  if (!topo) return null;
  const byId = new Map<string, Task>();
  for (const t of design.tasks) if (!byId.has(t.task_id)) byId.set(t.task_id, t);
  const duration = new Map(graph.nodes.map((id) => [id, durationOf(byId.get(id)!)]));
  const mapCounts = new Map(graph.nodes.map((id) => [id, mapCountOf(byId.get(id)!)]));
  const counts = new Map(graph.nodes.map((id) => [id, mapCounts.get(id)!.instances]));
  // On the critical path (no DAG-wide limits) a mapped task runs its instances
  // in waves of its own limit: all at once when it has none.
  const span = new Map(
    graph.nodes.map((id) => {
      const k = counts.get(id)!;
      const cap = taskConcurrency(design, byId.get(id)!);
      const waves = k === 0 ? 0 : Number.isFinite(cap) ? Math.ceil(k / cap) : 1;
      return [id, duration.get(id)! * waves];
    }),
  );

  const critical = criticalPath(graph, topo, span);
  const sim = simulate(design, graph, byId, duration, counts, options);
  const criticalTasks = critical.path
    .map((task_id) => ({ task_id, duration: span.get(task_id)! }))
    .filter((t) => t.duration > 0)
    .sort(
      (a, b) =>
        b.duration - a.duration || graph.order.get(a.task_id)! - graph.order.get(b.task_id)!,
    );

  return {
    criticalPath: critical.path,
    criticalPathSeconds: critical.seconds,
    unestimated: graph.nodes.filter((id) => typeof byId.get(id)!.estimated_duration !== 'number'),
    unestimatedMapCounts: graph.nodes.filter((id) => mapCounts.get(id)!.assumed),
    makespanSeconds: sim.makespan,
    maxActiveTasks: sim.maxActive,
    tasks: graph.nodes.map((id) => sim.timings.get(id)!),
    bottlenecks: { criticalTasks, resources: sim.resources },
    unsizedPools: sim.unsizedPools,
    triggers: runTriggers(design),
    teardowns: teardownTasks(design),
  };
}

/** Longest path by duration; ties go to the earliest-created task. */
function criticalPath(graph: Graph, topo: readonly string[], duration: Map<string, number>) {
  const finish = new Map<string, number>();
  const via = new Map<string, string | null>();
  for (const id of topo) {
    let best: string | null = null;
    let bestFinish = 0;
    for (const p of pred(graph, id)) {
      const f = finish.get(p)!;
      if (
        best === null ||
        f > bestFinish ||
        (f === bestFinish && graph.order.get(p)! < graph.order.get(best)!)
      ) {
        best = p;
        bestFinish = f;
      }
    }
    via.set(id, best);
    finish.set(id, bestFinish + duration.get(id)!);
  }
  // The longest finish is always reached at a leaf; ending there keeps
  // zero-duration tails (unestimated tasks) on the path.
  let end: string | null = null;
  for (const id of graph.nodes) {
    if (succ(graph, id).length > 0) continue;
    if (end === null || finish.get(id)! > finish.get(end)!) end = id;
  }
  const path: string[] = [];
  for (let n = end; n !== null; n = via.get(n) ?? null) path.unshift(n);
  return { path, seconds: end === null ? 0 : finish.get(end)! };
}

/** Airflow's priority_weight_total for each task. */
function priorities(design: Design, graph: Graph, byId: Map<string, Task>): Map<string, number> {
  const own = new Map(
    graph.nodes.map((id) => [id, num(arg(design, byId.get(id)!, 'priority_weight'), 1)]),
  );
  const rules = new Map(
    graph.nodes.map((id) => [id, arg(design, byId.get(id)!, 'weight_rule') ?? 'downstream']),
  );
  const used = new Set(rules.values());
  const sums = {
    downstream: used.has('downstream') ? relativeSums(graph, own, 'downstream') : null,
    upstream: used.has('upstream') ? relativeSums(graph, own, 'upstream') : null,
  };
  const total = new Map<string, number>();
  for (const id of graph.nodes) {
    const rule = rules.get(id);
    let w = own.get(id)!;
    if (rule === 'downstream' || rule === 'upstream') {
      const precomputed = sums[rule]?.get(id);
      if (precomputed !== undefined) w += precomputed;
      else {
        // A cycle (no topological order): walk this task's relatives.
        const relatives = rule === 'downstream' ? downstream(graph, id) : upstream(graph, id);
        for (const r of relatives) w += own.get(r)!;
      }
    }
    total.set(id, w);
  }
  return total;
}

interface Running {
  id: string;
  /** Map index of the instance (0 for an unmapped task). */
  n: number;
  end: number;
}

interface Instance {
  id: string;
  n: number;
}

function simulate(
  design: Design,
  graph: Graph,
  byId: Map<string, Task>,
  duration: Map<string, number>,
  counts: Map<string, number>,
  options: ForecastOptions,
) {
  const maxActive = design.dag.max_active_tasks ?? DEFAULT_MAX_ACTIVE_TASKS;
  const sizes: Record<string, number> = {
    [DEFAULT_POOL]: options.defaultPoolSlots ?? DEFAULT_POOL_SLOTS,
    ...options.poolSizes,
  };
  const priority = priorities(design, graph, byId);
  const poolOf = new Map<string, string>();
  const slotsOf = new Map<string, number>();
  const capOf = new Map<string, number>();
  const unsized = new Set<string>();
  for (const id of graph.nodes) {
    const t = byId.get(id)!;
    const pool = arg(design, t, 'pool');
    const name = typeof pool === 'string' && pool !== '' ? pool : DEFAULT_POOL;
    poolOf.set(id, name);
    const size = sizes[name];
    if (size === undefined) unsized.add(name);
    const slots = Math.max(1, num(arg(design, t, 'pool_slots'), 1));
    slotsOf.set(id, size === undefined ? slots : Math.min(slots, size));
    capOf.set(id, taskConcurrency(design, t));
  }

  const order = (id: string) => graph.order.get(id)!;
  const byPriority = (a: Instance, b: Instance) =>
    priority.get(b.id)! - priority.get(a.id)! || order(a.id) - order(b.id) || a.n - b.n;
  const running = new MinHeap<Running>(
    (a, b) => a.end - b.end || order(a.id) - order(b.id) || a.n - b.n,
  );
  const used = new Map<string, number>();
  const runningOf = new Map<string, number>();
  const unfinished = new Map<string, number>(graph.nodes.map((id) => [id, counts.get(id)!]));
  const waiting = new Map<string, number>(graph.nodes.map((id) => [id, pred(graph, id).length]));
  const readyAt = new Map<string, number>();
  const timings = new Map<string, TaskTiming>();
  const waitBy = new Map<string, number>();
  let ready: Instance[] = [];
  let time = 0;

  // A task is ready when its upstream is done: all its instances queue at once.
  // A task mapped over zero items finishes at once (Airflow skips it).
  const becomeReady = (id: string) => {
    readyAt.set(id, time);
    const k = counts.get(id)!;
    if (k === 0) {
      timings.set(id, {
        task_id: id,
        start: time,
        end: time,
        duration: 0,
        waited: 0,
        priority: priority.get(id)!,
        pool: poolOf.get(id)!,
        instances: 0,
      });
      finish(id);
      return;
    }
    for (let n = 0; n < k; n++) ready.push({ id, n });
  };
  const finish = (id: string) => {
    for (const s of succ(graph, id)) {
      const left = waiting.get(s)! - 1;
      waiting.set(s, left);
      if (left === 0) becomeReady(s);
    }
  };
  for (const id of graph.nodes.filter((id) => waiting.get(id) === 0)) becomeReady(id);

  for (;;) {
    // Start what fits, highest priority first. A full pool only blocks its
    // own tasks (the scheduler moves on); a full max_active_tasks blocks all;
    // a mapped task's own limit (max_active_tis_per_*) only its instances.
    ready.sort(byPriority);
    const blocked = new Map<string, string>();
    const still: Instance[] = [];
    for (const inst of ready) {
      const { id } = inst;
      const pool = poolOf.get(id)!;
      const free = (sizes[pool] ?? Infinity) - (used.get(pool) ?? 0);
      const key = `${id}#${inst.n}`;
      if (running.size >= maxActive) blocked.set(key, 'max_active_tasks');
      else if ((runningOf.get(id) ?? 0) >= capOf.get(id)!) blocked.set(key, `task:${id}`);
      else if (free < slotsOf.get(id)!) blocked.set(key, `pool:${pool}`);
      if (blocked.has(key)) {
        still.push(inst);
        continue;
      }
      used.set(pool, (used.get(pool) ?? 0) + slotsOf.get(id)!);
      runningOf.set(id, (runningOf.get(id) ?? 0) + 1);
      const d = duration.get(id)!;
      running.push({ id, n: inst.n, end: time + d });
      const seen = timings.get(id);
      if (seen) seen.end = Math.max(seen.end, time + d);
      else {
        timings.set(id, {
          task_id: id,
          start: time,
          end: time + d,
          duration: d,
          waited: time - readyAt.get(id)!,
          priority: priority.get(id)!,
          pool,
          instances: counts.get(id)!,
        });
      }
    }
    ready = still;
    const next = running.peek();
    if (!next) break; // nothing running and nothing can start: done
    for (const reason of blocked.values())
      waitBy.set(reason, (waitBy.get(reason) ?? 0) + next.end - time);
    time = next.end;
    while (running.size > 0 && running.peek()!.end === time) {
      const done = running.pop()!;
      const pool = poolOf.get(done.id)!;
      used.set(pool, used.get(pool)! - slotsOf.get(done.id)!);
      runningOf.set(done.id, runningOf.get(done.id)! - 1);
      const left = unfinished.get(done.id)! - 1;
      unfinished.set(done.id, left);
      if (left === 0) finish(done.id);
    }
  }
  // A mapped task's duration is the span of its instances.
  for (const timing of timings.values()) timing.duration = timing.end - timing.start;

  const resources: ResourceWait[] = [...waitBy.entries()]
    .filter(([, w]) => w > 0)
    .map(([reason, waitSeconds]): ResourceWait => {
      if (reason === 'max_active_tasks') {
        return {
          kind: 'max_active_tasks',
          name: 'max_active_tasks',
          limit: maxActive,
          waitSeconds,
        };
      }
      if (reason.startsWith('task:')) {
        const id = reason.slice('task:'.length);
        return { kind: 'task_concurrency', name: id, limit: capOf.get(id)!, waitSeconds };
      }
      const name = reason.slice('pool:'.length);
      return { kind: 'pool', name, limit: sizes[name] ?? null, waitSeconds };
    })
    .sort((a, b) => b.waitSeconds - a.waitSeconds || a.name.localeCompare(b.name));
  const makespan = Math.max(0, ...[...timings.values()].map((t) => t.end));
  return { timings, makespan, maxActive, resources, unsizedPools: [...unsized].sort() };
}

/** How many critical-path tasks the text names (the data keeps them all). */
const TOP_CRITICAL = 3;

/** Plain text for the CLI. */
export function formatForecast(f: Forecast): string {
  const lines = [
    `Critical path: ${f.criticalPath.join(' -> ')} (${formatSeconds(f.criticalPathSeconds)})`,
    `Forecast run time: ${formatSeconds(f.makespanSeconds)} (max_active_tasks ${f.maxActiveTasks}, no retries)`,
  ];
  lines.push(...formatTriggerLines(f.triggers, f.teardowns));
  if (f.unestimated.length > 0)
    lines.push(`Not estimated (counted as 0s): ${f.unestimated.join(', ')}`);
  if (f.unestimatedMapCounts.length > 0)
    lines.push(
      `Mapped without estimated_map_count (counted as 1 instance): ${f.unestimatedMapCounts.join(', ')}`,
    );
  if (f.unsizedPools.length > 0)
    lines.push(`Pools assumed unlimited (size not given): ${f.unsizedPools.join(', ')}`);
  const { criticalTasks, resources } = f.bottlenecks;
  if (criticalTasks.length > 0 || resources.length > 0) {
    lines.push('Bottlenecks:');
    if (criticalTasks.length > 0) {
      lines.push(
        `  longest on the critical path: ${criticalTasks
          .slice(0, TOP_CRITICAL)
          .map((t) => `${t.task_id} (${formatSeconds(t.duration)})`)
          .join(', ')}`,
      );
    }
    for (const r of resources) {
      lines.push(
        `  tasks waited ${formatSeconds(r.waitSeconds)} in total for ${describeResource(r)}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** What a wait was for, in words: the CLI's text and the Forecast panel say it the same way. */
export function describeResource(r: ResourceWait): string {
  if (r.kind === 'pool') {
    return `pool "${r.name}"${r.limit === null ? '' : ` (${r.limit} slot${r.limit === 1 ? '' : 's'})`}`;
  }
  if (r.kind === 'task_concurrency')
    return `the mapped task ${r.name}'s own limit (${r.limit} at once)`;
  return `max_active_tasks (${r.limit})`;
}
