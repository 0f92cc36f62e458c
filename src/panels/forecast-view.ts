/**
 * What the Forecast panel shows, from the one forecast (forecastForDesign,
 * the numbers `dag-designer validate --json` prints): durations formatted as
 * the CLI formats them, the tasks of each list, the pools the
 * design's tasks use with their sizes, and the `validate` command line that
 * prints the same forecast.
 */
import type { Design } from '../design/design.ts';
import { designFileName } from '../io/index.ts';
import {
  DEFAULT_POOL,
  DEFAULT_POOL_SLOTS,
  describeResource,
  formatSeconds,
  type Forecast,
  type PoolSizes,
  type ResourceWait,
} from '../model/index.ts';

/** How many of the longest critical-path tasks the panel names (like the CLI's text). */
export const TOP_CRITICAL = 3;

export interface TaskRef {
  taskId: string;
  duration: string;
}

export interface PoolRow {
  name: string;
  /** The size the user entered, if any. */
  size: number | undefined;
  /** What the forecast assumes without an entry. */
  assumed: string;
  /** Tasks in this pool. */
  tasks: number;
}

export type ForecastView =
  | { kind: 'none'; reason: string }
  | {
      kind: 'forecast';
      /** The numbers behind the texts (the CLI's makespanSeconds, criticalPathSeconds). */
      runSeconds: number;
      criticalSeconds: number;
      runTime: string;
      runTimeNote: string;
      criticalPath: TaskRef[];
      criticalPathTime: string;
      longest: TaskRef[];
      waits: string[];
      unestimated: TaskRef[];
      pools: PoolRow[];
      cliCommand: string;
      /** The same command in pieces that should not break across lines (`--pool a=1`). */
      cliParts: string[];
    };

const describeWait = (r: ResourceWait): string =>
  `Tasks waited ${formatSeconds(r.waitSeconds)} in total for ${describeResource(r)}`;

/** A shell word: quoted unless it is plain. */
const shellWord = (s: string): string =>
  /^[A-Za-z0-9_./=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

export function forecastView(
  design: Design,
  forecast: Forecast | null,
  pools: PoolSizes,
): ForecastView {
  if (!forecast) {
    const estimated = design.tasks.some((t) => typeof t.estimated_duration === 'number');
    return {
      kind: 'none',
      reason: estimated
        ? 'No forecast while the graph has a cycle, a dangling edge or a duplicate task id (see Problems).'
        : 'No task has an estimated_duration yet. Fill it in a task (Task tab, Common arguments) to see the critical path and the run time.',
    };
  }
  const timing = new Map(forecast.tasks.map((t) => [t.task_id, t]));
  const ref = (taskId: string): TaskRef => ({
    taskId,
    duration: formatSeconds(timing.get(taskId)?.duration ?? 0),
  });

  const perPool = new Map<string, number>();
  for (const t of forecast.tasks) perPool.set(t.pool, (perPool.get(t.pool) ?? 0) + 1);
  const poolNames = [...perPool.keys()].sort((a, b) =>
    a === DEFAULT_POOL ? -1 : b === DEFAULT_POOL ? 1 : a.localeCompare(b),
  );
  const poolRows = poolNames.map((name): PoolRow => ({
    name,
    size: pools[name],
    assumed: name === DEFAULT_POOL ? `${DEFAULT_POOL_SLOTS} slots` : 'unlimited',
    tasks: perPool.get(name)!,
  }));

  const cliParts = [
    'dag-designer validate --json',
    ...Object.keys(pools)
      .filter((name) => perPool.has(name))
      .sort()
      .map((name) => `--pool ${shellWord(`${name}=${pools[name]}`)}`),
    shellWord(designFileName(design)),
  ];

  return {
    kind: 'forecast',
    runSeconds: forecast.makespanSeconds,
    criticalSeconds: forecast.criticalPathSeconds,
    runTime: formatSeconds(forecast.makespanSeconds),
    runTimeNote: `max_active_tasks ${forecast.maxActiveTasks}, no retries`,
    criticalPath: forecast.criticalPath.map(ref),
    criticalPathTime: formatSeconds(forecast.criticalPathSeconds),
    longest: forecast.bottlenecks.criticalTasks.slice(0, TOP_CRITICAL).map((t) => ref(t.task_id)),
    waits: forecast.bottlenecks.resources.map(describeWait),
    unestimated: forecast.unestimated.map(ref),
    pools: poolRows,
    cliCommand: cliParts.join(' '),
    cliParts,
  };
}
