/**
 * Issue 13's targets, each checked against this run's numbers: the table at
 * the top of docs/BENCHMARKS.md says which were met and which were missed.
 * A target the run could not measure says so instead of passing.
 */
import type { CoreRow } from './core-bench.ts';
import type { RoundResult } from './browser-bench.ts';
import { measureOf, MEASURES } from './report.ts';
import { ms, ratio } from './stats.ts';

export interface TargetRow {
  target: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

/** One frame at 60 Hz, with the half millisecond rAF timestamps jitter by. */
const FRAME_FLOOR_MS = 16.7 + 0.5;

const measure = (label: string) => {
  const m = MEASURES.find((x) => x.label.startsWith(label));
  if (!m) throw new Error(`no measure "${label}"`);
  return m.of;
};

function vsBare(
  results: readonly RoundResult[],
  tasks: number,
  label: string,
  q: 'median' | 'p95',
  limit: number,
  target: string,
): TargetRow {
  const a = measureOf(results, 'ours', tasks, measure(label))[q];
  const b = measureOf(results, 'bare', tasks, measure(label))[q];
  const known = Number.isFinite(a) && Number.isFinite(b) && b > 0;
  return {
    target,
    measured: known ? `${ms(a)} vs ${ms(b)} ms bare (${ratio(a, b)})` : 'not measured',
    met: known ? a <= b * limit : null,
  };
}

function absolute(
  results: readonly RoundResult[],
  tasks: number,
  label: string,
  q: 'median' | 'p95',
  limit: number,
  target: string,
): TargetRow {
  const a = measureOf(results, 'ours', tasks, measure(label))[q];
  return {
    target,
    measured: Number.isFinite(a) ? `${ms(a)} ms` : 'not measured',
    met: Number.isFinite(a) ? a <= limit : null,
  };
}

export function browserTargets(results: readonly RoundResult[]): TargetRow[] {
  const mutations = results
    .filter((r) => r.page === 'ours' && r.tasks === 2000)
    .map((r) => r.keyCanvasMutations)
    .filter(Number.isFinite);
  return [
    vsBare(
      results,
      2000,
      'Drag one node (',
      'p95',
      1,
      'Drag one node at 2,000: p95 frame ≤ 1.0× bare',
    ),
    absolute(
      results,
      2000,
      'Pan',
      'p95',
      FRAME_FLOOR_MS,
      'Pan at 2,000: p95 frame at the 16.7 ms floor',
    ),
    absolute(
      results,
      2000,
      'Zoom',
      'p95',
      FRAME_FLOOR_MS,
      'Zoom at 2,000: p95 frame at the 16.7 ms floor',
    ),
    vsBare(
      results,
      2000,
      'Select all + move (',
      'p95',
      1,
      'Move 2,000 selected: p95 frame ≤ 1.0× bare',
    ),
    vsBare(
      results,
      2000,
      'Select all + move:',
      'median',
      1,
      'Move 2,000 selected: whole gesture no slower than bare',
    ),
    vsBare(results, 2000, 'Type', 'median', 1.2, 'Typing at 2,000: p50 ≤ 1.2× a bare textarea'),
    {
      target: 'Typing at 2,000: no keystroke redraws nodes or edges',
      measured:
        mutations.length > 0
          ? `${Math.max(...mutations)} DOM mutations in nodes/edges (worst round)`
          : 'not measured',
      met: mutations.length > 0 ? Math.max(...mutations) === 0 : null,
    },
    absolute(results, 10000, 'Open', 'median', 3000, '10,000 tasks: opens in ≤ 3 s'),
    absolute(results, 10000, 'Drag one node (', 'p95', 50, '10,000 tasks: drag p95 frame ≤ 50 ms'),
  ];
}

export function coreTargets(core: readonly CoreRow[]): TargetRow[] {
  const row = core.find((r) => r.size === 10000 && r.step === 'validateDesign + exportBundle');
  return [
    {
      target: '10,000 tasks: validate + export ≤ 1 s in Node',
      measured: row ? `${ms(row.summary.median)} ms (p95 ${ms(row.summary.p95)})` : 'not measured',
      met: row ? row.summary.median <= 1000 : null,
    },
  ];
}

export function renderTargets(rows: readonly TargetRow[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');
  return [
    '| Target | Measured (median or p95 as the target says) | Verdict |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.target} | ${r.measured} | ${verdict(r.met)} |`),
  ].join('\n');
}
