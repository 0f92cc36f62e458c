/**
 * Findings come out in the order their paths appear in the file, so the CLI
 * output and the problems panel read top to bottom. Known objects use the
 * canonical key order of the format; free-form objects (args, default_args,
 * params) use their own key order, with absent keys (a missing argument)
 * after the present ones. The sort is stable: ties keep emission order.
 */
import type { Design, JsonValue } from '../../design/design.ts';
import {
  CUSTOM_KEYS,
  DAG_KEYS,
  DESIGN_KEYS,
  EDGE_KEYS,
  GROUP_KEYS,
  NOTIFIER_KEYS,
  SCHEDULE_KEYS,
  TASK_KEYS,
} from '../../design/key-order.ts';
import type { Finding } from '../findings.ts';
import { parsePath, type PathSegment } from '../paths.ts';

const CANONICAL: Record<string, readonly string[]> = {
  '': DESIGN_KEYS,
  dag: DAG_KEYS,
  'dag.schedule': SCHEDULE_KEYS,
  'groups[]': GROUP_KEYS,
  'tasks[]': TASK_KEYS,
  'tasks[].custom': CUSTOM_KEYS,
  'edges[]': EDGE_KEYS,
  'dag.on_failure_callback[]': NOTIFIER_KEYS,
  'dag.on_success_callback[]': NOTIFIER_KEYS,
  'dag.on_retry_callback[]': NOTIFIER_KEYS,
};

/** Rank of each path segment: array index, or key position in its object. */
function pathRank(design: Design, segments: readonly PathSegment[]): number[] {
  const ranks: number[] = [];
  let node: unknown = design;
  let shape = '';
  for (const seg of segments) {
    if (typeof seg === 'number') {
      ranks.push(seg);
      shape += '[]';
      node = Array.isArray(node) ? node[seg] : undefined;
      continue;
    }
    const canonical = CANONICAL[shape];
    const keys = isObject(node) ? Object.keys(node) : [];
    const order = canonical ?? keys;
    const i = order.indexOf(seg);
    ranks.push(i >= 0 ? i : order.length);
    shape = shape === '' ? seg : `${shape}.${seg}`;
    node = isObject(node) ? node[seg] : undefined;
  }
  return ranks;
}

const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

export function sortFindings(design: Design, findings: readonly Finding[]): Finding[] {
  const ranked = findings.map((f) => ({ f, rank: pathRank(design, parsePath(f.path)) }));
  ranked.sort((x, y) => compareRanks(x.rank, y.rank));
  return ranked.map((r) => r.f);
}
