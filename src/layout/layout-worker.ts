/**
 * The layout worker: the whole request runs here (ELK graph, ELK itself,
 * reading positions, the incremental path), so the main thread only posts
 * the design and applies the answer. elkjs's bundled build runs ELK in this
 * thread; on import it claims `self.onmessage` for its own protocol, which
 * is replaced below after `new ELK()` has loaded it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design } from '../design/design.ts';
import { buildElkGraph } from './elk-graph.ts';
import { createLayoutRunner, type LayoutRequest, type LayoutResult } from './run-layout.ts';

export type WorkerRequest = { id: number; warmUp: Design } | ({ id: number } & LayoutRequest);
export type WorkerAnswer =
  { id: number; result: LayoutResult } | { id: number; error: string } | { id: number; warm: true };

const elk = new ELK();
const run = createLayoutRunner(elk);
const post = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if ('warmUp' in request) {
    // Part of the opened design (use-warm-layout.ts), result dropped (the memory is
    // untouched): ELK's class setup and the JIT then have the shapes the first
    // real layout needs.
    elk.layout(buildElkGraph(request.warmUp)).then(
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
