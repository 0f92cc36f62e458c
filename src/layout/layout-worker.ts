/**
 * The layout worker: the whole request runs here (ELK graph, ELK itself,
 * reading positions, the incremental path), so the main thread only posts
 * the design and applies the answer. elkjs's bundled build runs ELK in this
 * thread; on import it claims `self.onmessage` for its own protocol, which
 * is replaced below after `new ELK()` has loaded it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { createLayoutRunner, type LayoutRequest, type LayoutResult } from './run-layout.ts';

export type WorkerRequest = { id: number; warmUp: true } | ({ id: number } & LayoutRequest);
export type WorkerAnswer =
  { id: number; result: LayoutResult } | { id: number; error: string } | { id: number; warm: true };

const elk = new ELK();
const run = createLayoutRunner(elk);
const post = (answer: WorkerAnswer) => self.postMessage(answer);

/** A small grouped graph: ELK's first run pays its class setup and JIT; a warm-up pays it early. */
const WARM_UP_GRAPH = {
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
  children: Array.from({ length: 4 }, (_, g) => ({
    id: `g${g}`,
    children: Array.from({ length: 10 }, (_, i) => ({ id: `t${g}_${i}`, width: 200, height: 56 })),
    edges: Array.from({ length: 9 }, (_, i) => ({
      id: `e${g}_${i}`,
      sources: [`t${g}_${i}`],
      targets: [`t${g}_${i + 1}`],
    })),
  })),
  edges: [{ id: 'x', sources: ['g0'], targets: ['g1'] }],
};

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('warmUp' in request) {
    elk.layout(WARM_UP_GRAPH).then(
      () => post({ id: request.id, warm: true }),
      () => post({ id: request.id, warm: true }),
    );
    return;
  }
  run(request).then(
    (result) => post({ id: request.id, result }),
    (err: unknown) =>
      post({ id: request.id, error: err instanceof Error ? err.message : String(err) }),
  );
};
