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
  browserDesign: { tasks: number; edges: number; groups: number };
  rounds: number;
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

const pick = (results: readonly RoundResult[], page: RoundResult['page']) =>
  results.filter((r) => r.page === page);

function browserTable(results: readonly RoundResult[]): string {
  const ours = pick(results, 'ours');
  const bare = pick(results, 'bare');
  const flat = (rs: RoundResult[], f: (r: RoundResult) => number[]) => rs.flatMap(f);
  const lines: string[] = [
    row(['Measure', 'Ours', 'Bare React Flow', 'Ours / bare']),
    row(['---', '---:', '---:', '---:']),
  ];
  const add = (label: string, a: number, b: number) =>
    lines.push(row([label, ms(a), ms(b), ratio(a, b)]));
  const load = (rs: RoundResult[]) => summarize(rs.map((r) => r.loadMs));
  add('Open 2000 tasks → all nodes+edges in DOM, median ms', load(ours).median, load(bare).median);
  add('  … min ms', load(ours).min, load(bare).min);
  add('  … max ms', load(ours).max, load(bare).max);
  const frames = (rs: RoundResult[], f: (r: RoundResult) => number[]) => summarize(flat(rs, f));
  for (const [label, f, wall] of [
    ['Drag one node (30 moves)', (r: RoundResult) => r.dragFrames, (r: RoundResult) => r.dragMs],
    [
      'Select all + move (30 moves)',
      (r: RoundResult) => r.selectFrames,
      (r: RoundResult) => r.selectMoveMs,
    ],
  ] as const) {
    const a = frames(ours, f);
    const b = frames(bare, f);
    add(`${label}: frame p50 ms`, a.median, b.median);
    add(`${label}: frame p95 ms`, a.p95, b.p95);
    add(`${label}: frame max ms`, a.max, b.max);
    add(
      `${label}: whole gesture, median ms`,
      summarize(ours.map(wall)).median,
      summarize(bare.map(wall)).median,
    );
  }
  const keys = (rs: RoundResult[]) => summarize(flat(rs, (r) => r.keyLatencies));
  add('Type in bash_command: keydown → next frame p50 ms', keys(ours).median, keys(bare).median);
  add('  … p95 ms', keys(ours).p95, keys(bare).p95);
  add('  … max ms', keys(ours).max, keys(bare).max);
  const counts = (rs: RoundResult[]) =>
    rs[0]
      ? `${rs[0].nodesInDom} task nodes, ${rs[0].edgesInDom} edges; ${rs[0].selectedCount} selected by the rectangle`
      : 'n/a';
  lines.push('', `- Ours rendered: ${counts(ours)}.`, `- Bare rendered: ${counts(bare)}.`);
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

## Browser: our canvas vs. a bare React Flow page

The production build of the app (\`vite build\`, served by \`vite preview\`)
against bench/bare-flow.html (@xyflow/react with default nodes, no store, no
panels, no minimap), ${input.rounds} alternating rounds each, fresh page per
round, viewport 1920×1080, view fitted with the Controls "fit view" button
after opening. Design: ${input.browserDesign.tasks} Bash tasks, ${input.browserDesign.edges} edges,
${input.browserDesign.groups} groups (the same generator without groups, so
both pages draw the same boxes and a rubber band selects every task). Both
open the same .dag.json through their file input. Frame times are requestAnimationFrame deltas during the gesture (plus
two frames after mouse-up, which include our drop commit); typing latency is
keydown → next animation frame, per character, 20 characters.

${browserTable(input.browser)}

## Reading

${input.reading}
`;
}
