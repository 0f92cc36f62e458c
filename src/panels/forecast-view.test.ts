import { describe, expect, it } from 'vitest';
import type { Task } from '../design/design.ts';
import { forecastForDesign } from '../model/index.ts';
import { edge, makeDesign, task } from '../testing/fake-catalog.ts';
import { forecastView } from './forecast-view.ts';

const t = (id: string, seconds: number | undefined, args: Task['args'] = {}): Task =>
  task(id, { estimated_duration: seconds, args });

// extract (5m) -> [load (1h 30m) in pool "warehouse", check (unestimated)] -> report (45s)
const design = makeDesign({
  tasks: [
    t('extract', 300),
    t('load', 5400, { pool: 'warehouse' }),
    t('load_b', 600, { pool: 'warehouse' }),
    t('check', undefined),
    t('report', 45),
  ],
  edges: [
    edge('extract', 'load'),
    edge('extract', 'load_b'),
    edge('extract', 'check'),
    edge('load', 'report'),
    edge('load_b', 'report'),
    edge('check', 'report'),
  ],
});

const viewOf = (pools: Record<string, number>) =>
  forecastView(design, forecastForDesign(design, [], pools), pools);

describe('forecastView', () => {
  it('formats the forecast as the CLI does', () => {
    const v = viewOf({});
    if (v.kind !== 'forecast') throw new Error('expected a forecast');
    expect([v.runSeconds, v.criticalSeconds]).toEqual([5745, 5745]);
    expect(v.runTime).toBe('1h 35m');
    expect(v.runTimeNote).toBe('max_active_tasks 16, no retries');
    expect(v.criticalPath.map((r) => [r.taskId, r.duration])).toEqual([
      ['extract', '5m'],
      ['load', '1h 30m'],
      ['report', '45s'],
    ]);
    expect(v.criticalPathTime).toBe('1h 35m');
    expect(v.longest.map((r) => r.taskId)).toEqual(['load', 'extract', 'report']);
    expect(v.unestimated).toEqual([{ taskId: 'check', duration: '0s' }]);
    expect(v.waits).toEqual([]);
    expect(v.pools).toEqual([
      { name: 'default_pool', size: undefined, assumed: '128 slots', tasks: 3 },
      { name: 'warehouse', size: undefined, assumed: 'unlimited', tasks: 2 },
    ]);
    expect(v.cliCommand).toBe('dag-designer validate --json test_dag.dag.json');
  });

  it('shows pool sizes, the waits they cause and the matching command line', () => {
    const v = viewOf({ warehouse: 1, unused: 3 });
    if (v.kind !== 'forecast') throw new Error('expected a forecast');
    // load_b waits for load (priority by creation order): 5m + 1h 30m + 10m + 45s.
    expect(v.runTime).toBe('1h 45m');
    expect(v.waits).toEqual(['Tasks waited 1h 30m in total for pool "warehouse" (1 slot)']);
    expect(v.pools.find((p) => p.name === 'warehouse')?.size).toBe(1);
    expect(v.cliCommand).toBe('dag-designer validate --json --pool warehouse=1 test_dag.dag.json');
  });

  it('says why there is no forecast', () => {
    const none = makeDesign({ tasks: [task('a'), task('b')] });
    expect(forecastView(none, null, {})).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('No task has an estimated_duration'),
    });
    expect(forecastView(design, null, {})).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('cycle'),
    });
  });

  it('quotes a pool name the shell would split, and names the file like the save', () => {
    const odd = makeDesign({ dag: { dag_id: '' }, tasks: [t('a', 10, { pool: "ops team's" })] });
    const pools = { "ops team's": 2 };
    const v = forecastView(odd, forecastForDesign(odd, [], pools), pools);
    expect(v.kind === 'forecast' && v.cliCommand).toBe(
      "dag-designer validate --json --pool 'ops team'\\''s=2' design.dag.json",
    );
  });
});
