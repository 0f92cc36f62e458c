/** The "Reading" section of docs/BENCHMARKS.md: what the numbers say, computed from them. */
import type { CoreRow } from './core-bench.ts';
import type { RoundResult } from './browser-bench.ts';
import { ms, ratio, summarize } from './stats.ts';

/**
 * Found with a Chromium CPU profile of 10 keystrokes in bash_command at 2000
 * tasks (unminified production build). Not recomputed by the script: rerun a
 * profile before trusting it after the canvas changes.
 */
const PROFILE_NOTES = `
Where a keystroke's time went (CPU profile, 10 keystrokes, 2000 tasks, before/after the fix below):

- **Fixed**: \`defaultEdgeOptions={{ type: 'smoothstep' }}\` was an inline object in
  src/canvas/DesignCanvas.tsx. React Flow's StoreUpdater pushes a new value into its
  store whenever the prop's identity changes, and every EdgeWrapper (2587 here) and
  MarkerDefinitions subscribe to it, so each keystroke re-rendered every edge. Hoisted
  to a module constant: event handling for 10 keystrokes went from ~1,460 ms to ~710 ms,
  and this benchmark's typing p50 from 128–202 ms (two one-round runs before the fix)
  to the figure in the table above.
- **Fixed**: \`createNodeBuilder().build\` (src/canvas/flow-nodes.ts) returned a new edges
  array on every design change even when every edge was the cached one, so React Flow ran
  \`setEdges\` (~20 ms per keystroke, and on every drag move). It now returns the previous
  arrays when their items are identical.
- **Fixed**: the task node's cache key held the task object, so editing an argument rebuilt
  that node (\`setNodes\`, ~19 ms per keystroke). It is now keyed on what the node shows.
- **Fixed**: \`validateDesign\` ran on every keystroke (~17–20 ms at 2000 tasks). Findings
  now read a deferred design (\`useDeferredValue\`): they follow one background render later.
  Together these took typing p50 at 2000 tasks from ~59 ms to ~7 ms (bare page: ~3 ms).
- Opening: our nodes arrive with \`measured\` sizes, so React Flow draws their edges at
  once; the bare page's default nodes go through a ResizeObserver pass first. The two
  land within a few hundred ms of each other; the opening itself is not the problem.
- Auto-layout (ELK) of 2000 grouped tasks takes seconds; it runs in a Web Worker, so the
  page stays responsive, but the result arrives late.`;

export function readingOf(core: readonly CoreRow[], browser: readonly RoundResult[]): string {
  const at2000 = core.filter((r) => r.size === 2000 && !r.step.includes('chain'));
  const slowest = [...at2000].sort((a, b) => b.summary.median - a.summary.median);
  const lines: string[] = [];
  if (slowest[0]) {
    lines.push(
      `- Core at 2000 tasks, slowest first: ${slowest
        .slice(0, 4)
        .map((r) => `${r.step} ${ms(r.summary.median)} ms`)
        .join(', ')}.`,
    );
  }
  const stat = (page: string, f: (r: RoundResult) => number[]) =>
    summarize(
      browser
        .filter((r) => r.page === page && r.tasks === 2000)
        .flatMap(f)
        .filter(Number.isFinite),
    );
  if (browser.length > 0) {
    const pair = (f: (r: RoundResult) => number[], q: 'median' | 'p95' = 'median') =>
      [stat('ours', f)[q], stat('bare', f)[q]] as const;
    const load = pair((r) => [r.loadMs]);
    const keys = pair((r) => r.keyLatencies);
    const drag = pair((r) => r.dragFrames, 'p95');
    const all = pair((r) => r.selectFrames, 'p95');
    lines.push(
      `- Opening 2000 tasks: ${ms(load[0])} ms vs ${ms(load[1])} ms bare (${ratio(...load)}).`,
      `- Dragging one node: p95 frame ${ms(drag[0])} ms vs ${ms(drag[1])} ms bare (${ratio(...drag)}).`,
      `- Moving all 2000 selected: p95 frame ${ms(all[0])} ms vs ${ms(all[1])} ms bare (${ratio(...all)}).`,
      `- Typing in an inspector field: ${ms(keys[0])} ms per key vs ${ms(keys[1])} ms for a bare textarea (${ratio(...keys)}).`,
    );
  }
  return `${lines.join('\n')}\n${PROFILE_NOTES}`;
}
