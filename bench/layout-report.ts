/**
 * The layout section of docs/BENCHMARKS.md and its rows in the targets
 * table (issue 13: 2,000 grouped tasks laid out in ≤ 1.5 s in the page, no
 * more crossings than default ELK, small edits move only what must move, no
 * main-thread task over 50 ms meanwhile).
 */
import type { IncrementalRow, LayoutNodeRow } from './layout-bench.ts';
import type { LayoutPageRound } from './layout-page.ts';
import type { TargetRow } from './targets.ts';
import { ms, summarize } from './stats.ts';

export interface LayoutBench {
  node: LayoutNodeRow[];
  page: LayoutPageRound[];
  incremental: IncrementalRow[];
  /** Tasks in the page's design (the 2,000-task grouped one). */
  pageTasks: number;
}

/** Issue 13's numbers. */
const PAGE_BUDGET_MS = 1500;

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

const okRounds = (page: readonly LayoutPageRound[]) => page.filter((r) => r.failed === null);

function pageSummary(page: readonly LayoutPageRound[]) {
  const ok = okRounds(page);
  const longTasks = ok.flatMap((r) => r.longTasks);
  return {
    n: ok.length,
    time: summarize(ok.map((r) => r.ms)),
    longTasks: longTasks.length,
    longest: longTasks.length ? Math.max(...longTasks) : 0,
    crossings: ok.length ? Math.max(...ok.map((r) => r.crossings)) : NaN,
  };
}

const defaultCrossings = (b: LayoutBench) =>
  b.node.find((r) => r.variant === 'default ELK' && r.tasks === b.pageTasks)?.crossings ?? NaN;

export function renderLayoutSection(b: LayoutBench): string {
  const p = pageSummary(b.page);
  const failed = b.page.filter((r) => r.failed !== null);
  return `## Layout

Grouped bench designs (\`buildBenchDesign(n, lanes)\`: one task group per lane,
cross-lane edges). **Node** (bench/layout-bench.ts): default ELK is the one-pass
\`INCLUDE_CHILDREN\` layout every design used before; ours is what the layout
worker runs (src/layout/run-layout.ts: above 250 tasks each group on its own,
\`SEPARATE_CHILDREN\`, with proxy edges). Median and p95 over the runs after one
warm-up; crossings of straight right-middle → left-middle segments
(src/layout/crossings.ts).

${row(['Tasks', 'Edges', 'Layout', 'Median ms', 'p95 ms', 'Runs', 'Crossings'])}
${row(['---:', '---:', '---', '---:', '---:', '---:', '---:'])}
${b.node.map((r) => row([r.tasks, r.edges, r.variant, ms(r.summary.median), ms(r.summary.p95), r.summary.n, r.crossings])).join('\n')}

**In the page** (bench/layout-page.ts): the production build opens the
${b.pageTasks.toLocaleString('en-US')}-task grouped design, waits 2 s as a user would (the layout worker
warms up while idle), then the Auto-layout button is clicked; click → positions
applied, view fitted and painted (held still for three frames), a fresh page each round; long tasks from a
PerformanceObserver registered before the click; crossings on the design the page
saves afterwards.

${row(['Measure', 'Value'])}
${row(['---', '---:'])}
${row(['Click → laid out, fitted and painted, median ms', ms(p.time.median)])}
${row(['Click → laid out, fitted and painted, p95 ms', ms(p.time.p95)])}
${row(['Rounds', `${p.n}${failed.length ? ` (${failed.length} failed: ${failed[0]!.failed})` : ''}`])}
${row([
  'Each round, ms (long tasks in it)',
  okRounds(b.page)
    .map((r) => `${ms(r.ms)} (${r.longTasks.map(ms).join(', ') || 'none'})`)
    .join('; '),
])}
${row(['Main-thread long tasks > 50 ms (all rounds)', p.longTasks])}
${row(['Longest of them, ms', p.longTasks ? ms(p.longest) : '–'])}
${row(['Crossings after layout (worst round)', p.crossings])}
${row([
  'Then one task dragged, Auto-layout again: median ms',
  ms(
    summarize(
      okRounds(b.page)
        .map((r) => r.editMs)
        .filter(Number.isFinite),
    ).median,
  ),
])}
${row([
  '… tasks that second layout moved (each round)',
  okRounds(b.page)
    .map((r) => r.editMoved)
    .join(', '),
])}

**Small edits** (Node, the worker's code): the design laid out, one edit, Auto-layout
again. "Moved" counts tasks whose position changed.

${row(['Edit', 'Layout', 'Tasks moved', 'Median ms', 'p95 ms'])}
${row(['---', '---', '---:', '---:', '---:'])}
${b.incremental.map((r) => row([r.edit, r.mode, r.moved, ms(r.summary.median), ms(r.summary.p95)])).join('\n')}`;
}

export function layoutTargets(b: LayoutBench): TargetRow[] {
  const p = pageSummary(b.page);
  const measured = p.n > 0;
  const base = defaultCrossings(b);
  const edits = b.incremental.filter((r) => !r.edit.startsWith('first layout'));
  const total = b.pageTasks;
  return [
    {
      target: 'Layout 2,000 grouped tasks ≤ 1.5 s end to end in the page',
      measured: measured
        ? `median ${ms(p.time.median)} ms, p95 ${ms(p.time.p95)} ms`
        : 'not measured',
      met: measured ? p.time.median <= PAGE_BUDGET_MS : null,
    },
    {
      target: 'Layout: edge crossings no more than default ELK on the same graph',
      measured:
        measured && Number.isFinite(base)
          ? `${p.crossings} vs ${base} default ELK`
          : 'not measured',
      met: measured && Number.isFinite(base) ? p.crossings <= base : null,
    },
    {
      target: 'Layout after a small edit moves only what must move',
      measured: edits.length
        ? edits.map((r) => `${r.moved}`).join(' / ') +
          ` of ${total}+ tasks moved (${edits.map((r) => r.mode).join(', ')})`
        : 'not measured',
      // Each edit touches one task or one edge: at most that task and what runs after it may move.
      met: edits.length ? edits.every((r) => r.mode === 'incremental' && r.moved <= 1) : null,
    },
    {
      target: 'Layout: no main-thread task over 50 ms while it runs',
      measured: measured
        ? `${p.longTasks} long tasks${p.longTasks ? `, longest ${ms(p.longest)} ms` : ''}`
        : 'not measured',
      // Every long task is over 50 ms by definition: none may happen.
      met: measured ? p.longTasks === 0 : null,
    },
  ];
}
