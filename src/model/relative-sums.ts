/**
 * For every task, the sum of a weight over all its downstream (or upstream)
 * tasks: Airflow's priority_weight_total under the "downstream" and
 * "upstream" weight rules. Walking each task's reach separately is
 * O(tasks × reach), seconds at 10,000 tasks; here each task's set of
 * relatives is a bitset built once from its children's (or parents') in
 * topological order, so the whole map costs about tasks² / 32 word
 * operations: ~100 ms at 10,000 tasks.
 */
import { pred, succ, topologicalOrder, type Graph } from './graph.ts';

export type Direction = 'downstream' | 'upstream';

/**
 * `id -> sum of weight(r) over every r that runs after (downstream) or before
 * (upstream) id`, excluding id itself. Null when the graph has a cycle (the
 * caller then has no forecast to make).
 */
export function relativeSums(
  graph: Graph,
  weight: ReadonlyMap<string, number>,
  direction: Direction,
): Map<string, number> | null {
  const order = topologicalOrder(graph);
  if (!order) return null;
  const n = graph.nodes.length;
  const words = Math.ceil(n / 32);
  const index = new Map(graph.nodes.map((id, i) => [id, i]));
  const bits = new Uint32Array(n * words);
  const weights = graph.nodes.map((id) => weight.get(id) ?? 0);
  const allOnes = weights.every((w) => w === 1);
  // Children before parents for downstream sets, parents before children for upstream.
  const walk = direction === 'downstream' ? [...order].reverse() : order;
  const next = direction === 'downstream' ? succ : pred;
  const sums = new Map<string, number>();
  for (const id of walk) {
    const v = index.get(id)!;
    const row = v * words;
    for (const relative of next(graph, id)) {
      const c = index.get(relative)!;
      const from = c * words;
      for (let w = 0; w < words; w++) bits[row + w]! |= bits[from + w]!;
      bits[row + (c >>> 5)]! |= 1 << (c & 31);
    }
    let sum = 0;
    for (let w = 0; w < words; w++) {
      let word = bits[row + w]!;
      if (allOnes) {
        sum += popcount(word);
        continue;
      }
      while (word !== 0) {
        const low = word & -word;
        sum += weights[w * 32 + (31 - Math.clz32(low))]!;
        word ^= low;
      }
    }
    sums.set(id, sum);
  }
  return sums;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
