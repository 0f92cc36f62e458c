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
### What the profiles found (issue 13)

Chromium traces (Playwright, \`browser.startTracing\`) and CPU profiles of an unminified
build at 2,000 and 10,000 tasks, before each fix. "Before" figures come from those
profiles and from the first run of this bench (1 round, on a machine shared with two
other jobs): read them as directions, the tables above as the measurement.

- **Dragging at the fitted view was compositor work, not JavaScript.** Chromium's
  "Layerize" (about 2 s of a 4 s drag gesture) and hit testing (about 0.8 s) scaled with
  the paint chunks of every card: two clipped text lines (\`overflow: hidden\` for the
  ellipsis) and two handles each. Hiding only the card's children took Layerize from
  ~2,000 to ~350 ms. Below zoom 0.3, where a 13px name is under 4px, the card now keeps
  its stripe, border, selection, problem marker and badges; its name is a grey bar and
  its handles show under the pointer (src/canvas/level-of-detail.ts). Layerize went to
  ~500–700 ms and hit testing to ~400–600 ms for the same gesture.
- **Every drag frame rebuilt all nodes.** Frames that only move dragged nodes now copy
  the last node array and replace those nodes (flow-nodes.ts, tested against a full
  build); an unchanged task is reused after seven identity checks instead of a key
  computation; task and group views skip re-rendering when only their position changed.
- **Typing rebuilt the canvas, validated and forecast.** The canvas keeps the design it
  draws when only arguments changed (drawn-design.ts: 0 DOM mutations in nodes and edges
  while typing, measured above); findings, problem marks and the forecast of a design of
  500 tasks or more follow it once edits pause for 300 ms (checked-design.ts).
- **React Flow's MiniMap cost a fifth of a select-all move** (2,000 rects re-rendered
  per frame, and its bounds walk every node on every store update). Large designs get a
  picture minimap painted from the design (PictureMinimap.tsx): select-all move 16.6–23.8 s
  → ~14.8 s in the same conditions.
- **Opening 10,000 tasks mounted all 10,000 cards** for one frame: React Flow renders a
  node it has never measured whatever the culling says, to measure its handles. Task
  nodes now declare their handles (TASK_HANDLES, checked against the DOM by the
  large-design journey): first view at ~0.55 s instead of ~1.9 s, the readable view at
  ~1.1 s instead of ~4.1 s in the same profile.
- **Quadratic core steps at 10,000 tasks:** the forecast's priority weights walked each
  task's downstream (~3.2 s; now bitsets in topological order, ~0.1 s, property-tested
  against the walk), the exporter scanned every dependency line to continue one
  (\`findIndex\` per line) and copied a list per task when grouping the DAG body.
  Validate + export at 10,000 went from ~0.8–1.0 s to the figure in the core table.
- **Moving 2,000 selected tasks ran Chromium's text selection** on every mouse move
  (SelectionController, ~1.5 s of a traced 16–20 s gesture; absent on the bare page),
  started from React Flow's selection rectangle. The canvas is \`user-select: none\`
  now (the rename field excepted); the gesture went level with the bare page.
- **Culling is a trade.** Drawing all 2,000 cards (a 2-round A/B in this bench): zoom p95
  ~67 ms instead of ~117 ms (no cards mounted when zooming out), but opening 1.2 s
  instead of 0.4 s and every Auto-layout one repaint of every card (18 long tasks, up to
  274 ms, median 1.2 s). Culling stays from 500 tasks: one ~70 ms task per layout,
  ~0.85 s median. The remaining task is React committing the cards that left and entered
  the view (unmount effects, \`removeChild\`) when the new positions land.
- **ELK took 3.1 s for 2,000 grouped tasks** laid out as one hierarchy
  (\`INCLUDE_CHILDREN\`). Above 250 tasks each group is laid out on its own with proxy
  edges between the groups' siblings: ~0.5 s, and 0 crossings instead of 10 (Layout
  section). Warming the worker up on the whole opened design ran a second of ELK during
  the user's first drag (drag p95 2.0× bare in that run); it now warms up on 300 tasks.
- **Typing is CodeMirror's cost, not the canvas's.** \`bash_command\` is a CodeMirror
  editor (Bash highlighting): per keystroke about 2.5 ms of CodeMirror (DOM update,
  measuring) and 1.5 ms of React for the inspector, against a textarea's native edit.
  Nodes and edges are untouched (0 mutations) and Chromium's Layerize costs the bare
  page's text cards more than ours. A textarea would win the ratio and lose highlighting.
- **Pan and zoom at the fitted view are React Flow's floor here.** Every viewport change
  runs the store selector of every mounted node and edge wrapper (\`getEdgePosition\`
  per edge: ~18 ms a frame at 2,000 cards and 2,587 edges) and a hit test; the bare page
  pays the same and misses 16.7 ms too.
- **Dragging at 10,000 tasks, zoomed out to minZoom**, draws 2,300 cards and 3,134
  edges: per frame React Flow adopts all 10,000 nodes (\`setNodes\`), runs every drawn
  wrapper's selector and Layerize (~30 ms). \`will-change: transform\` on the dragged
  card did not help (its edges repaint anyway).

Earlier fixes (before issue 13): \`defaultEdgeOptions\` as a module constant (an inline
object re-rendered all 2,587 edges per keystroke), the builder returning its previous arrays
when nothing changed, node keys of what a node shows, findings on a deferred design.`;

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
