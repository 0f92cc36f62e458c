/**
 * The forecast of mapped tasks: estimated_map_count instances under the same
 * limits as every task (max_active_tasks, pools) and the task's own
 * max_active_tis_per_dag / _per_dagrun.
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../design/design.ts';
import { forecastRun, formatForecast } from './forecast.ts';
import { edge, makeDesign, task } from '../testing/fake-catalog.ts';

const t = (id: string, seconds: number, extra: Partial<Task> = {}): Task =>
  task(id, { estimated_duration: seconds, ...extra });
const mappedOver = (upstream: string, count?: number, args: Task['args'] = {}): Partial<Task> => ({
  expand: { x: { output_of: upstream } },
  args,
  ...(count === undefined ? {} : { estimated_map_count: count }),
});
const timing = (f: ReturnType<typeof forecastRun>, id: string) =>
  f!.tasks.find((x) => x.task_id === id)!;

describe('forecast of mapped tasks', () => {
  it('runs all instances at once when nothing limits them', () => {
    const d = makeDesign({
      tasks: [t('list', 10), t('each', 60, mappedOver('list', 5)), t('after', 5)],
      edges: [edge('list', 'each'), edge('each', 'after')],
    });
    const f = forecastRun(d)!;
    expect(timing(f, 'each')).toMatchObject({ start: 10, end: 70, instances: 5 });
    expect(f.makespanSeconds).toBe(75);
    expect(f.criticalPathSeconds).toBe(75);
    expect(f.unestimatedMapCounts).toEqual([]);
  });

  it("runs in waves under the task's own max_active_tis_per_dagrun (critical path too)", () => {
    const d = makeDesign({
      tasks: [
        t('list', 10),
        t('each', 60, mappedOver('list', 5, { max_active_tis_per_dagrun: 2 })),
      ],
      edges: [edge('list', 'each')],
    });
    const f = forecastRun(d)!;
    expect(timing(f, 'each')).toMatchObject({ start: 10, end: 190, duration: 180 });
    expect(f.criticalPathSeconds).toBe(190);
    expect(f.bottlenecks.resources).toEqual([
      { kind: 'task_concurrency', name: 'each', limit: 2, waitSeconds: 3 * 60 + 1 * 60 },
    ]);
    expect(formatForecast(f)).toContain("the mapped task each's own limit (2 at once)");
  });

  it('counts max_active_tis_per_dag from default_args', () => {
    const d = makeDesign({
      dag: { default_args: { max_active_tis_per_dag: 3 } },
      tasks: [t('each', 10, { expand: { x: [1, 2, 3, 4, 5, 6] } })],
    });
    expect(forecastRun(d)!.makespanSeconds).toBe(20);
  });

  it('shares max_active_tasks and pools with the other tasks', () => {
    const d = makeDesign({
      dag: { max_active_tasks: 4 },
      tasks: [t('each', 30, { expand: { x: [1, 2, 3, 4, 5, 6] } }), t('other', 30)],
    });
    const f = forecastRun(d)!;
    // 5 slots of work at first for 4 slots: the 6 instances + 1 task take 2 waves.
    expect(f.makespanSeconds).toBe(60);
    expect(f.bottlenecks.resources[0]).toMatchObject({ kind: 'max_active_tasks', limit: 4 });
    const pooled = makeDesign({
      tasks: [t('each', 30, { expand: { x: [1, 2, 3] }, args: { pool: 'p' } })],
    });
    expect(forecastRun(pooled, { poolSizes: { p: 1 } })!.makespanSeconds).toBe(90);
  });

  it('takes a literal list length as the count; without a count over an output assumes 1 and says so', () => {
    const d = makeDesign({
      tasks: [t('list', 10), t('each', 60, mappedOver('list'))],
      edges: [edge('list', 'each')],
    });
    const f = forecastRun(d)!;
    expect(timing(f, 'each').instances).toBe(1);
    expect(f.unestimatedMapCounts).toEqual(['each']);
    expect(formatForecast(f)).toContain(
      'Mapped without estimated_map_count (counted as 1 instance): each',
    );
  });

  it('finishes a task mapped over zero items at once', () => {
    const d = makeDesign({
      tasks: [t('list', 10), t('each', 60, mappedOver('list', 0)), t('after', 5)],
      edges: [edge('list', 'each'), edge('each', 'after')],
    });
    const f = forecastRun(d)!;
    expect(timing(f, 'each')).toMatchObject({ start: 10, end: 10, instances: 0 });
    expect(f.makespanSeconds).toBe(15);
  });
});
