/**
 * The main thread's side of the layout worker (layout-worker.ts): post the
 * design, get positions back. Every request gets an id and only the NEWEST
 * request's result is delivered: an older one that finishes late resolves to
 * null and is dropped.
 */
import type { Design } from '../design/design.ts';
import type { LayoutResult } from './run-layout.ts';
import type { WorkerAnswer, WorkerRequest } from './layout-worker.ts';

let worker: Worker | null = null;
let nextId = 0;
let latest = 0;
const waiting = new Map<
  number,
  { resolve: (a: WorkerAnswer) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    waiting.get(event.data.id)?.resolve(event.data);
    waiting.delete(event.data.id);
  };
  // The worker failed to load or crashed: every open request fails, the next one starts afresh.
  w.onerror = (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'the layout worker stopped');
    for (const p of waiting.values()) p.reject(error);
    waiting.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

function send(request: WorkerRequest): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject });
    getWorker().postMessage(request);
  });
}

/**
 * Starts the worker and lays `design` out in it once, result dropped, so the
 * first real layout of a large design does not also pay for loading and
 * warming ELK up (about half its time when cold).
 */
export function warmUpLayout(design: Design): void {
  void send({ id: ++nextId, warmUp: design }).catch(() => undefined);
}

export interface LayoutOptions {
  /** Which opened design this is (the store's load count): a new one gets a full layout. */
  session: number;
  /** Lay everything out again even after a small edit. */
  full?: boolean;
}

/**
 * Lays out `design`. Resolves to the positions of the tasks that move, or to
 * null when a newer request was made meanwhile (its result wins). Rejects on
 * ELK errors.
 */
export async function requestLayout(
  design: Design,
  { session, full = false }: LayoutOptions,
): Promise<LayoutResult | null> {
  const id = ++nextId;
  latest = id;
  const answer = await send({ id, design, session, full });
  if (id !== latest) return null;
  if ('error' in answer) throw new Error(answer.error);
  if (!('result' in answer)) throw new Error('the layout worker answered a layout with a warm-up');
  return answer.result;
}
