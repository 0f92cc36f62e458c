import { describe, expect, it } from 'vitest';
import type { Task } from '../design/design.ts';
import { forecastRun, formatForecast } from './forecast.ts';
import { edge, makeDesign, task } from '../testing/fake-catalog.ts';

const t = (id: string, seconds: number | undefined, args: Task['args'] = {}): Task =>
  task(id, { estimated_duration: seconds, args });

const spans = (f: ReturnType<typeof forecastRun>) =>
  Object.fromEntries(f!.tasks.map((x) => [x.task_id, [x.start, x.end]]));

describe('forecastRun', () => {
  it('is null without any estimate', () => {
    expect(forecastRun(makeDesign({ tasks: [task('a'), task('b')] }))).toBeNull();
  });

  it('is null on a cyclic graph', () => {
    const d = makeDesign({
      tasks: [t('a', 1), t('b', 1)],
      edges: [edge('a', 'b'), edge('b', 'a')],
    });
    expect(forecastRun(d)).toBeNull();
  });

  it('finds the critical path of a diamond', () => {
    const d = makeDesign({
      tasks: [t('s', 60), t('a', 120), t('b', 300), t('j', 60)],
      edges: [edge('s', 'a'), edge('s', 'b'), edge('a', 'j'), edge('b', 'j')],
    });
    const f = forecastRun(d)!;
    expect(f.criticalPath).toEqual(['s', 'b', 'j']);
    expect(f.criticalPathSeconds).toBe(420);
    expect(f.makespanSeconds).toBe(420);
    expect(spans(f)).toEqual({ s: [0, 60], a: [60, 180], b: [60, 360], j: [360, 420] });
    expect(f.bottlenecks.criticalTasks).toEqual([
      { task_id: 'b', duration: 300 },
      { task_id: 's', duration: 60 },
      { task_id: 'j', duration: 60 },
    ]);
    expect(f.bottlenecks.resources).toEqual([]);
  });

  it('counts missing durations as 0 and lists them', () => {
    const d = makeDesign({
      tasks: [t('a', 600), t('b', 3300), t('c', undefined)],
      edges: [edge('a', 'b'), edge('b', 'c')],
    });
    const f = forecastRun(d)!;
    expect(f.criticalPath).toEqual(['a', 'b', 'c']);
    expect(f.criticalPathSeconds).toBe(3900);
    expect(f.unestimated).toEqual(['c']);
    expect(spans(f).c).toEqual([3900, 3900]);
  });

  it('serializes parallel tasks in a pool of size 1', () => {
    const args = { pool: 'p' };
    const d = makeDesign({ tasks: [t('x', 10, args), t('y', 20, args), t('z', 30, args)] });
    const f = forecastRun(d, { poolSizes: { p: 1 } })!;
    expect(spans(f)).toEqual({ x: [0, 10], y: [10, 30], z: [30, 60] });
    expect(f.makespanSeconds).toBe(60);
    expect(f.criticalPath).toEqual(['z']);
    expect(f.criticalPathSeconds).toBe(30);
    expect(f.tasks.map((x) => x.waited)).toEqual([0, 10, 30]);
    expect(f.bottlenecks.resources).toEqual([
      { kind: 'pool', name: 'p', limit: 1, waitSeconds: 40 },
    ]);
  });

  it('serializes everything with max_active_tasks = 1', () => {
    const d = makeDesign({
      dag: { max_active_tasks: 1 },
      tasks: [t('x', 10), t('y', 20), t('z', 30)],
    });
    const f = forecastRun(d)!;
    expect(f.maxActiveTasks).toBe(1);
    expect(spans(f)).toEqual({ x: [0, 10], y: [10, 30], z: [30, 60] });
    expect(f.bottlenecks.resources).toEqual([
      { kind: 'max_active_tasks', name: 'max_active_tasks', limit: 1, waitSeconds: 40 },
    ]);
  });

  it('defaults max_active_tasks to 16', () => {
    const d = makeDesign({ tasks: Array.from({ length: 20 }, (_, i) => t(`t${i}`, 10)) });
    const f = forecastRun(d)!;
    expect(f.maxActiveTasks).toBe(16);
    expect(f.makespanSeconds).toBe(20);
    expect(f.tasks.filter((x) => x.start === 10).map((x) => x.task_id)).toEqual([
      't16',
      't17',
      't18',
      't19',
    ]);
  });

  it('a full pool blocks only its own tasks', () => {
    const d = makeDesign({
      tasks: [t('x', 10, { pool: 'p' }), t('y', 10, { pool: 'p' }), t('z', 10)],
    });
    const f = forecastRun(d, { poolSizes: { p: 1 } })!;
    expect(spans(f)).toEqual({ x: [0, 10], y: [10, 20], z: [0, 10] });
  });

  it('honours pool_slots and the default pool size', () => {
    const d = makeDesign({ tasks: [t('big', 10, { pool_slots: 2 }), t('small', 10)] });
    expect(spans(forecastRun(d, { defaultPoolSlots: 2 }))).toEqual({
      big: [0, 10],
      small: [10, 20],
    });
    expect(spans(forecastRun(d, { defaultPoolSlots: 3 }))).toEqual({
      big: [0, 10],
      small: [0, 10],
    });
    // more slots than the pool has: forecast as taking the whole pool
    expect(spans(forecastRun(d, { defaultPoolSlots: 1 }))).toEqual({
      big: [0, 10],
      small: [10, 20],
    });
  });

  it('assumes pools without a size are unlimited and says so', () => {
    const d = makeDesign({ tasks: [t('x', 10, { pool: 'etl' }), t('y', 10, { pool: 'etl' })] });
    const f = forecastRun(d)!;
    expect(f.makespanSeconds).toBe(10);
    expect(f.unsizedPools).toEqual(['etl']);
  });

  describe('priority_weight and weight_rule', () => {
    // a and b are roots, b -> c; one slot, so the order shows the priorities.
    const mk = (defaults: Record<string, string | number> = {}, aArgs: Task['args'] = {}) =>
      makeDesign({
        dag: { max_active_tasks: 1, default_args: defaults },
        tasks: [t('a', 10, aArgs), t('b', 10), t('c', 10)],
        edges: [edge('b', 'c')],
      });

    it('downstream (default): b outranks a by its downstream weight', () => {
      const f = forecastRun(mk())!;
      expect(f.tasks.map((x) => x.priority)).toEqual([1, 2, 1]);
      expect(spans(f)).toEqual({ b: [0, 10], a: [10, 20], c: [20, 30] });
    });

    it('absolute: creation order breaks the tie', () => {
      const f = forecastRun(mk({ weight_rule: 'absolute' }))!;
      expect(f.tasks.map((x) => x.priority)).toEqual([1, 1, 1]);
      expect(spans(f)).toEqual({ a: [0, 10], b: [10, 20], c: [20, 30] });
    });

    it('upstream: c gets b’s weight', () => {
      const f = forecastRun(mk({ weight_rule: 'upstream' }))!;
      expect(f.tasks.map((x) => x.priority)).toEqual([1, 1, 2]);
      // a then b by creation order; then c alone
      expect(spans(f)).toEqual({ a: [0, 10], b: [10, 20], c: [20, 30] });
    });

    it('an explicit priority_weight wins', () => {
      const f = forecastRun(mk({}, { priority_weight: 5 }))!;
      expect(f.tasks[0]!.priority).toBe(5);
      expect(spans(f)).toEqual({ a: [0, 10], b: [10, 20], c: [20, 30] });
    });
  });

  it('is deterministic', () => {
    const d = makeDesign({
      dag: { max_active_tasks: 2 },
      tasks: [t('a', 5), t('b', 7), t('c', 3), t('d', 11), t('e', 2)],
      edges: [edge('a', 'd'), edge('b', 'd'), edge('c', 'e')],
    });
    expect(forecastRun(d)).toEqual(forecastRun(structuredClone(d)));
  });
});

describe('formatForecast', () => {
  it('prints the critical path, makespan and bottlenecks', () => {
    const args = { pool: 'p' };
    const d = makeDesign({
      tasks: [t('a', 600, args), t('b', 3300, args), t('c', undefined), t('x', 600, args)],
      edges: [edge('a', 'b'), edge('b', 'c')],
    });
    const text = formatForecast(forecastRun(d, { poolSizes: { p: 1 } })!);
    expect(text).toBe(
      [
        'Critical path: a -> b -> c (1h 05m)',
        'Forecast run time: 1h 15m (max_active_tasks 16, no retries)',
        'Not estimated (counted as 0s): c',
        'Bottlenecks:',
        '  longest on the critical path: b (55m), a (10m)',
        '  tasks waited 1h 05m in total for pool "p" (1 slot)', // x waits for a then b (higher downstream weight),
        '',
      ].join('\n'),
    );
  });

  it('names at most three critical tasks', () => {
    const d = makeDesign({
      tasks: [t('a', 1), t('b', 2), t('c', 3), t('d', 4)],
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')],
    });
    expect(formatForecast(forecastRun(d)!)).toContain(
      '  longest on the critical path: d (4s), c (3s), b (2s)\n',
    );
  });
});
