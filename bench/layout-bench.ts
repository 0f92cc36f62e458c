/**
 * Layout in Node: default ELK (the one-pass INCLUDE_CHILDREN options every
 * design used before) against ours (src/layout/run-layout.ts, the code the
 * layout worker runs: separate group passes with proxy edges above 250
 * tasks) on the same grouped bench designs, with the crossings of each; then
 * three small edits after a layout, with how many tasks moved. The in-page
 * half is bench/layout-page.ts; the markdown and the targets rows are in
 * bench/layout-report.ts.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design, Task } from '../src/design/design.ts';
import { buildElkGraph, readElkLayout } from '../src/layout/elk-graph.ts';
import { countCrossings } from '../src/layout/crossings.ts';
import { createLayoutRunner, type LayoutResult } from '../src/layout/run-layout.ts';
import { summarize, type Summary } from './stats.ts';

export interface LayoutNodeRow {
  tasks: number;
  edges: number;
  variant: 'default ELK' | 'ours';
  summary: Summary;
  crossings: number;
}

export interface IncrementalRow {
  edit: string;
  mode: LayoutResult['mode'];
  /** Tasks whose position changed. */
  moved: number;
  summary: Summary;
}

const applied = (design: Design, positions: Record<string, { x: number; y: number }>): Design => ({
  ...design,
  tasks: design.tasks.map((t) => {
    const p = positions[t.task_id];
    return p ? { ...t, ui: { ...t.ui, x: p.x, y: p.y } } : t;
  }),
});

async function timed<T>(
  rounds: number,
  fn: () => Promise<T>,
): Promise<{ summary: Summary; last: T }> {
  let last = await fn(); // warm-up: JIT and ELK's class setup
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    last = await fn();
    samples.push(performance.now() - t0);
  }
  return { summary: summarize(samples), last };
}

/** Default ELK vs ours on each design: median/p95 over `rounds` runs after one warm-up, and crossings. */
export async function runLayoutNodeBench(
  designs: readonly Design[],
  rounds: number,
): Promise<LayoutNodeRow[]> {
  const elk = new ELK();
  const rows: LayoutNodeRow[] = [];
  for (const design of designs) {
    const base = { tasks: design.tasks.length, edges: design.edges.length };
    const one = await timed(rounds, () => elk.layout(buildElkGraph(design, new Map(), 'include')));
    rows.push({
      ...base,
      variant: 'default ELK',
      summary: one.summary,
      crossings: countCrossings(readElkLayout(design, one.last).positions, design.edges),
    });
    // A new session each run: always the full layout, as a newly opened design gets.
    let session = 0;
    const run = createLayoutRunner(elk);
    const ours = await timed(rounds, () => run({ design, session: ++session, full: false }));
    rows.push({
      ...base,
      variant: 'ours',
      summary: ours.summary,
      crossings: countCrossings(ours.last.positions, design.edges),
    });
    process.stdout.write(
      `  layout @${base.tasks}: default ${one.summary.median.toFixed(0)} ms, ours ${ours.summary.median.toFixed(0)} ms\n`,
    );
  }
  return rows;
}

/** The three small edits, each on the freshly laid-out design. */
function smallEdits(laid: Design): { edit: string; design: Design }[] {
  const lastOfLane = laid.tasks.filter((t) => t.group === laid.tasks[0]!.group).at(-1)!;
  const added: Task = {
    ...lastOfLane,
    task_id: `${lastOfLane.task_id}_next`,
    ui: { x: lastOfLane.ui!.x + 40, y: lastOfLane.ui!.y + 40 },
  };
  const dragged = laid.tasks[Math.floor(laid.tasks.length / 2)]!;
  // An edge between two lanes that runs left to right already: nothing must move.
  const a = laid.tasks[0]!;
  const b = laid.tasks.find((t) => t.group !== a.group && t.ui!.x > a.ui!.x + 400)!;
  return [
    {
      edit: `add one task after ${lastOfLane.task_id}`,
      design: {
        ...laid,
        tasks: [...laid.tasks, added],
        edges: [...laid.edges, { from: lastOfLane.task_id, to: added.task_id }],
      },
    },
    {
      edit: `move ${dragged.task_id} by hand (+300, +200)`,
      design: applied(laid, {
        [dragged.task_id]: { x: dragged.ui!.x + 300, y: dragged.ui!.y + 200 },
      }),
    },
    {
      edit: `add the edge ${a.task_id} -> ${b.task_id}`,
      design: { ...laid, edges: [...laid.edges, { from: a.task_id, to: b.task_id }] },
    },
  ];
}

const movedBetween = (before: Design, positions: Record<string, { x: number; y: number }>) => {
  const was = new Map(before.tasks.map((t) => [t.task_id, t.ui]));
  return Object.entries(positions).filter(([id, p]) => {
    const ui = was.get(id);
    return !ui || ui.x !== p.x || ui.y !== p.y;
  }).length;
};

/** Lays `design` out, then for each small edit: layout again, tasks moved and time (median/p95). */
export async function runIncrementalBench(
  design: Design,
  rounds: number,
): Promise<IncrementalRow[]> {
  const run = createLayoutRunner(new ELK());
  const first = await run({ design, session: 1, full: false });
  const laid = applied(design, first.positions);
  const rows: IncrementalRow[] = [
    {
      edit: 'first layout (full, for comparison)',
      mode: first.mode,
      moved: movedBetween(design, first.positions),
      summary: summarize([first.ms]),
    },
  ];
  for (const { edit, design: edited } of smallEdits(laid)) {
    const samples: number[] = [];
    let result = first;
    for (let i = 0; i < rounds; i++) {
      // Remember the laid-out design again, then lay out the edit.
      await run({ design: laid, session: 1, full: false });
      const t0 = performance.now();
      result = await run({ design: edited, session: 1, full: false });
      samples.push(performance.now() - t0);
    }
    rows.push({
      edit,
      mode: result.mode,
      moved: movedBetween(edited, result.positions),
      summary: summarize(samples),
    });
  }
  return rows;
}
