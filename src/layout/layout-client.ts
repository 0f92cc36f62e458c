/**
 * Runs ELK off the main thread: elkjs's API on this side, its own worker
 * script (`elk-worker.min.js`) in a Web Worker. Every request gets an id and
 * only the NEWEST request's result is delivered: an older one that finishes
 * late resolves to null and is dropped.
 */
import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as ElkApi } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Design } from '../design/design.ts';
import { buildElkGraph, readElkLayout } from './elk-graph.ts';
import type { LayoutPositions } from './elk-graph.ts';

let elk: ElkApi | null = null;
let latest = 0;

const getElk = (): ElkApi => {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  return elk;
};

/**
 * Lays out `design`. Resolves to the positions, or to null when a newer
 * request was made meanwhile (its result wins). Rejects on ELK errors.
 */
export async function requestLayout(design: Design): Promise<LayoutPositions | null> {
  const id = ++latest;
  const laidOut = await getElk().layout(buildElkGraph(design));
  if (id !== latest) return null;
  return readElkLayout(design, laidOut);
}
