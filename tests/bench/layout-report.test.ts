import { describe, expect, it } from 'vitest';
import { layoutTargets, renderLayoutSection, type LayoutBench } from '../../bench/layout-report.ts';
import { summarize } from '../../bench/stats.ts';

const bench = (over: Partial<LayoutBench> = {}): LayoutBench => ({
  pageTasks: 2000,
  node: [
    { tasks: 2000, edges: 2587, variant: 'default ELK', summary: summarize([3500]), crossings: 10 },
    { tasks: 2000, edges: 2587, variant: 'ours', summary: summarize([500]), crossings: 0 },
  ],
  page: [900, 1000, 1100, 1200, 1300].map((ms) => ({
    ms,
    longTasks: [],
    crossings: 0,
    editMs: 10,
    editMoved: 1,
    failed: null,
  })),
  incremental: [
    {
      edit: 'first layout (full, for comparison)',
      mode: 'full',
      moved: 2000,
      summary: summarize([500]),
    },
    { edit: 'add one task', mode: 'incremental', moved: 1, summary: summarize([5]) },
    { edit: 'add one edge', mode: 'incremental', moved: 0, summary: summarize([3]) },
  ],
  ...over,
});

const verdicts = (b: LayoutBench) => layoutTargets(b).map((r) => r.met);

describe('layout targets', () => {
  it('are met within the budget, with no more crossings, small moves and no long task', () => {
    expect(verdicts(bench())).toEqual([true, true, true, true]);
  });

  it('are missed over 1.5 s, with more crossings, a full re-layout for an edit or a long task', () => {
    const slow = bench({
      page: [1600, 1700, 1800].map((ms) => ({
        ms,
        longTasks: [72],
        crossings: 11,
        editMs: 600,
        editMoved: 2000,
        failed: null,
      })),
      incremental: [{ edit: 'add one task', mode: 'full', moved: 2000, summary: summarize([500]) }],
    });
    expect(verdicts(slow)).toEqual([false, false, false, false]);
    expect(layoutTargets(slow)[3]!.measured).toBe('3 long tasks, longest 72.0 ms');
  });

  it('say "not measured" when no page round finished', () => {
    const none = bench({
      page: [
        { ms: NaN, longTasks: [], crossings: NaN, editMs: NaN, editMoved: NaN, failed: 'timeout' },
      ],
      incremental: [],
    });
    expect(verdicts(none)).toEqual([null, null, null, null]);
    expect(renderLayoutSection(none)).toContain('1 failed: timeout');
  });
});
