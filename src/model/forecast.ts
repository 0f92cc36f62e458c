/**
 * Run forecast from `estimated_duration`: the critical path, and a
 * deterministic event-driven list-scheduling simulation of one DAG run under
 * Airflow's limits: the DAG's max_active_tasks (default 16, like
 * `[core] max_active_tasks_per_dag`), pools (`pool`, default `default_pool`
 * of 128 slots; `pool_slots`) and priority (`priority_weight` with
 * `weight_rule` downstream/upstream/absolute; higher runs first, ties by
 * creation order).
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
}

export interface ResourceWait {
  kind: 'pool' | 'max_active_tasks';
  /** Pool name, or `max_active_tasks`. */
  name: string;
  /** Pool size or the max_active_tasks limit (null for an unsized pool). */
  limit: number | null;
  /** Total task-seconds spent waiting for this resource. */
  waitSeconds: number;
}

export interface Forecast {
  criticalPath: string[];
  criticalPathSeconds: number;
  unestimated: string[];
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

  const critical = criticalPath(graph, topo, duration);
  const sim = simulate(design, graph, byId, duration, options);
  const criticalTasks = critical.path
    .map((task_id) => ({ task_id, duration: duration.get(task_id)! }))
    .filter((t) => t.duration > 0)
    .sort(
      (a, b) =>
        b.duration - a.duration || graph.order.get(a.task_id)! - graph.order.get(b.task_id)!,
    );

  return {
    criticalPath: critical.path,
    criticalPathSeconds: critical.seconds,
    unestimated: graph.nodes.filter((id) => typeof byId.get(id)!.estimated_duration !== 'number'),
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
  const total = new Map<string, number>();
  for (const id of graph.nodes) {
    const rule = arg(design, byId.get(id)!, 'weight_rule') ?? 'downstream';
    let w = own.get(id)!;
    if (rule === 'downstream' || rule === 'upstream') {
      const relatives = rule === 'downstream' ? downstream(graph, id) : upstream(graph, id);
      for (const r of relatives) w += own.get(r)!;
    }
    total.set(id, w);
  }
  return total;
}

interface Running {
  id: string;
  end: number;
}

function simulate(
  design: Design,
  graph: Graph,
  byId: Map<string, Task>,
  duration: Map<string, number>,
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
  }

  const order = (id: string) => graph.order.get(id)!;
  const byPriority = (a: string, b: string) =>
    priority.get(b)! - priority.get(a)! || order(a) - order(b);
  const running = new MinHeap<Running>((a, b) => a.end - b.end || order(a.id) - order(b.id));
  const used = new Map<string, number>();
  const waiting = new Map<string, number>(graph.nodes.map((id) => [id, pred(graph, id).length]));
  const readyAt = new Map<string, number>();
  const timings = new Map<string, TaskTiming>();
  const waitBy = new Map<string, number>();
  let ready = graph.nodes.filter((id) => waiting.get(id) === 0);
  for (const id of ready) readyAt.set(id, 0);
  let time = 0;

  for (;;) {
    // Start what fits, highest priority first. A full pool only blocks its
    // own tasks (the scheduler moves on); a full max_active_tasks blocks all.
    ready.sort(byPriority);
    const blocked = new Map<string, string>();
    const still: string[] = [];
    for (const id of ready) {
      const pool = poolOf.get(id)!;
      const free = (sizes[pool] ?? Infinity) - (used.get(pool) ?? 0);
      if (running.size >= maxActive) blocked.set(id, 'max_active_tasks');
      else if (free < slotsOf.get(id)!) blocked.set(id, `pool:${pool}`);
      if (blocked.has(id)) {
        still.push(id);
        continue;
      }
      used.set(pool, (used.get(pool) ?? 0) + slotsOf.get(id)!);
      const d = duration.get(id)!;
      running.push({ id, end: time + d });
      timings.set(id, {
        task_id: id,
        start: time,
        end: time + d,
        duration: d,
        waited: time - readyAt.get(id)!,
        priority: priority.get(id)!,
        pool,
      });
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
      for (const s of succ(graph, done.id)) {
        const left = waiting.get(s)! - 1;
        waiting.set(s, left);
        if (left === 0) {
          readyAt.set(s, time);
          ready.push(s);
        }
      }
    }
  }

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
      const what =
        r.kind === 'pool'
          ? `pool "${r.name}"${r.limit === null ? '' : ` (${r.limit} slot${r.limit === 1 ? '' : 's'})`}`
          : `max_active_tasks (${r.limit})`;
      lines.push(`  tasks waited ${formatSeconds(r.waitSeconds)} in total for ${what}`);
    }
  }
  return lines.join('\n') + '\n';
}
