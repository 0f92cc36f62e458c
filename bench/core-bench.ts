/**
 * Node timings of the pure core on generated designs: parse, validate,
 * render, export, serialize, ELK layout and the cycle check. Each figure is
 * the median of several runs after warm-up runs (JIT), with min and max.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { parseDesignText, serializeDesign } from '../src/io/index.ts';
import { buildGraph, validateDesign, wouldCreateCycle } from '../src/model/index.ts';
import { exportBundle, renderDagFile } from '../src/export/index.ts';
import { buildElkGraph } from '../src/layout/elk-graph.ts';
import type { Design } from '../src/design/design.ts';
import { buildChainDesign } from './gen-design.ts';
import { summarize, type Summary } from './stats.ts';

export interface CoreRow {
  step: string;
  size: number;
  summary: Summary;
}

async function time(runs: number, fn: () => unknown): Promise<Summary> {
  // Warm-up (JIT, caches): three runs, or one for the slow steps that run only a few times.
  for (let i = 0; i < (runs > 2 ? 3 : 1); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** Runs every core step on each design; `runs` per step (ELK gets fewer: it takes seconds). */
export async function runCoreBench(designs: readonly Design[], runs: number): Promise<CoreRow[]> {
  const rows: CoreRow[] = [];
  const elk = new ELK();
  for (const design of designs) {
    const size = design.tasks.length;
    const text = serializeDesign(design);
    const add = async (step: string, fn: () => unknown, n = runs) => {
      const summary = await time(n, fn);
      rows.push({ step, size, summary });
      process.stdout.write(`  core ${step} @${size}: median ${summary.median.toFixed(1)} ms\n`);
    };
    await add('parseDesignText', () => {
      if (!parseDesignText(text, 'bench.dag.json').ok) throw new Error('bench design must parse');
    });
    await add('validateDesign', () => validateDesign(design));
    await add('renderDagFile', () => renderDagFile(design));
    await add('exportBundle', () => exportBundle(design));
    // What `dag-designer export` does with a design: check it, then write the bundle.
    await add('validateDesign + exportBundle', () => {
      validateDesign(design);
      exportBundle(design);
    });
    await add('serializeDesign', () => serializeDesign(design));
    await add('buildElkGraph', () => buildElkGraph(design));
    // ELK at 10,000 tasks takes tens of seconds a run; the layout rows stop at 2,000.
    if (size > 2000) continue;
    // buildElkGraph's own choice (groups apart above 250 tasks); the layout section compares.
    await add(
      'ELK layout (elkjs, Node; ours)',
      () => elk.layout(buildElkGraph(design)),
      size > 500 ? 2 : 5,
    );
  }
  const chain = buildChainDesign(2000);
  const first = chain.tasks[0]!.task_id;
  const last = chain.tasks[chain.tasks.length - 1]!.task_id;
  const graph = buildGraph(chain.tasks, chain.edges);
  const add = async (step: string, fn: () => unknown) => {
    rows.push({ step, size: 2000, summary: await time(runs * 4, fn) });
  };
  await add('buildGraph (2000-node chain)', () => buildGraph(chain.tasks, chain.edges));
  await add('wouldCreateCycle last→first (chain, worst case)', () => {
    if (!wouldCreateCycle(graph, last, first)) throw new Error('the chain must close a cycle');
  });
  await add('wouldCreateCycle first→last (chain, safe)', () => {
    if (wouldCreateCycle(graph, first, last)) throw new Error('first -> last must be safe');
  });
  return rows;
}
