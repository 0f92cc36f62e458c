/** Turns benchmark results into docs/BENCHMARKS.md (tables + environment). */
import type { CoreRow } from './core-bench.ts';
import type { RoundResult } from './browser-bench.ts';
import { ms, ratio, summarize } from './stats.ts';

export interface Environment {
  date: string;
  cpus: number;
  cpuModel: string;
  memory: string;
  node: string;
  chromium: string;
  packages: Record<string, string>;
}

export interface ReportInput {
  env: Environment;
  core: CoreRow[];
  browser: RoundResult[];
  /** The browser designs (no groups), by size. */
  browserDesigns: { tasks: number; edges: number }[];
  rounds: number;
  /** Extra sections (layout, bundle), already rendered as markdown. */
  sections: string[];
  targets: string;
  reading: string;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function coreTable(core: readonly CoreRow[]): string {
  return [
    row(['Step', 'Tasks', 'Median ms', 'Min ms', 'Max ms', 'Runs']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...core.map((r) =>
      row([
        r.step,
        String(r.size),
        ms(r.summary.median),
        ms(r.summary.min),
        ms(r.summary.max),
        String(r.summary.n),
      ]),
    ),
  ].join('\n');
}

const pick = (results: readonly RoundResult[], page: RoundResult['page'], tasks: number) =>
  results.filter((r) => r.page === page && r.tasks === tasks && !Number.isNaN(r.loadMs));

/** Samples of one measure: pooled over rounds (frame times, keys) or one per round (wall times). */
type Measure = (r: RoundResult) => number[];

export const MEASURES: readonly { label: string; of: Measure; selectAllOnly?: boolean }[] = [
  { label: 'Open → view drawn, ms (per round)', of: (r) => [r.loadMs] },
  { label: 'Drag one node (30 moves): frame ms', of: (r) => r.dragFrames },
  { label: 'Drag one node: whole gesture ms (per round)', of: (r) => [r.dragMs] },
  { label: 'Pan (30 moves, fitted view): frame ms', of: (r) => r.panFrames },
  { label: 'Zoom (10 wheel steps in, 10 out): frame ms', of: (r) => r.zoomFrames },
  {
    label: 'Select all + move (30 moves): frame ms',
    of: (r) => r.selectFrames,
    selectAllOnly: true,
  },
  {
    label: 'Select all + move: whole gesture ms (per round)',
    of: (r) => [r.selectMoveMs],
    selectAllOnly: true,
  },
  { label: 'Type in bash_command: keydown → next frame ms', of: (r) => r.keyLatencies },
];

const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));

/** Median and p95 of one measure on one page at one size. */
export function measureOf(
  results: readonly RoundResult[],
  page: RoundResult['page'],
  tasks: number,
  of: Measure,
) {
  return summarize(finite(pick(results, page, tasks).flatMap(of)));
}

function browserTable(results: readonly RoundResult[], tasks: number): string {
  const selectAll = results.some((r) => r.tasks === tasks && r.selectFrames.length > 0);
  const lines: string[] = [
    row(['Measure', 'Ours p50', 'Ours p95', 'Bare p50', 'Bare p95', 'Ours / bare p50', 'p95']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const m of MEASURES) {
    if (m.selectAllOnly && !selectAll) continue;
    const a = measureOf(results, 'ours', tasks, m.of);
    const b = measureOf(results, 'bare', tasks, m.of);
    lines.push(
      row([
        m.label,
        ms(a.median),
        ms(a.p95),
        ms(b.median),
        ms(b.p95),
        ratio(a.median, b.median),
        ratio(a.p95, b.p95),
      ]),
    );
  }
  const mutations = (page: RoundResult['page']) =>
    summarize(pick(results, page, tasks).map((r) => r.keyCanvasMutations));
  lines.push(
    row([
      'Canvas DOM mutations while typing 20 keys (per round)',
      String(mutations('ours').median),
      String(mutations('ours').p95),
      String(mutations('bare').median),
      String(mutations('bare').p95),
      '',
      '',
    ]),
  );
  const drawn = (page: RoundResult['page']) => {
    const rs = pick(results, page, tasks);
    const failed = results.find((r) => r.page === page && r.tasks === tasks && r.failed);
    if (rs.length === 0) return failed ? `not measured (${failed.failed})` : 'not measured';
    const r = rs[0]!;
    const selected = selectAll ? `; ${r.selectedCount} selected by the rectangle` : '';
    return `${rs.length} rounds; at the fitted view ${r.nodesInDom} task nodes and ${r.edgesInDom} edges in the DOM${selected}${failed ? `; a round stopped: ${failed.failed}` : ''}`;
  };
  lines.push('', `- Ours: ${drawn('ours')}.`, `- Bare: ${drawn('bare')}.`);
  return lines.join('\n');
}

export function renderReport(input: ReportInput): string {
  const { env } = input;
  const pkgs = Object.entries(env.packages)
    .map(([name, v]) => `${name} ${v}`)
    .join(', ');
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts); rerun it to refresh this file.
Timings are wall-clock milliseconds on a shared, noisy machine: compare the
columns of one run with each other, not with another day's run.

## Environment

- Date: ${env.date}
- Machine: ${env.cpus} CPUs (${env.cpuModel}), ${env.memory} memory
- Node ${env.node}; Chromium ${env.chromium} (Debian, headless, \`--disable-gpu\`)
- Packages: ${pkgs}

## Core (Node)

Generated designs (bench/gen-design.ts): Bash tasks in lanes, one task group
per lane, chains plus a cross-lane edge every third step. Median of several
runs after warm-up runs; ELK runs fewer times because it takes seconds.

${coreTable(input.core)}

## Targets (issue 13)

${input.targets}

## Browser: our canvas vs. a bare React Flow page

The production build of the app (\`vite build\`, served by \`vite preview\`)
against bench/bare-flow.html (@xyflow/react with default nodes, no store, no
panels, no minimap), ${input.rounds} alternating rounds per size, fresh page per
round, viewport 1920×1080, view fitted with the Controls "fit view" button
after opening. Designs: the generator without groups (so both pages draw the
same boxes and a rubber band selects every task), ${input.browserDesigns
    .map((d) => `${d.tasks} Bash tasks and ${d.edges} edges`)
    .join('; ')}. Both open the same .dag.json through their file input.
"Open" ends at the first frame after which the drawn nodes and edges held
still for three frames (ours draws only what is in view for large designs,
and opens at a readable zoom on the DAG's start; the bare page draws
everything). Frame times are requestAnimationFrame deltas during the gesture
(plus two frames after mouse-up, which include our drop commit), pooled over
the rounds: p50 is their median. Typing latency is keydown → next animation
frame, per character, 20 characters per round (bare: a plain textarea).
"Per round" rows have one sample per round. Ratios over 1.0× mean ours is slower.

${input.browserDesigns
  .map((d) => `### ${d.tasks} tasks\n\n${browserTable(input.browser, d.tasks)}`)
  .join('\n\n')}

${input.sections.join('\n\n')}

## Reading

${input.reading}
`;
}
