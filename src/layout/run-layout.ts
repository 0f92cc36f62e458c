/**
 * One layout request, start to end, as the layout worker runs it (and the
 * bench, in Node, so both measure the same code): build the ELK graph, run
 * ELK, read positions; or, after a small edit, move only what must move
 * (layout-scope.ts). The runner keeps the memory of its last layout per
 * SESSION (the caller's id for "this opened design"), so opening another
 * design always gets a full layout.
 */
import type { ELK } from 'elkjs/lib/elk-api.js';
import type { Design } from '../design/design.ts';
import type { Position } from '../model/changes.ts';
import { buildElkGraph, readElkLayout } from './elk-graph.ts';
import { placeIncrementally, rememberLayout, type LayoutMemory } from './layout-scope.ts';

export interface LayoutRequest {
  design: Design;
  /** Which opened design this is: memory from another session is never used. */
  session: number;
  /** Lay out everything even when the edit since the last layout was small. */
  full: boolean;
}

export interface LayoutResult {
  /** Absolute top-left of every task that moves (all tasks for a full layout). */
  positions: Record<string, Position>;
  /** Absolute top-left of every group box (full layouts only: used for empty groups). */
  groups: Record<string, Position>;
  mode: 'full' | 'incremental';
  /** Time spent in `run`, ms (in the worker: off the main thread). */
  ms: number;
}

export function createLayoutRunner(elk: ELK): (request: LayoutRequest) => Promise<LayoutResult> {
  let memory: { session: number; tasks: LayoutMemory } | null = null;
  return async ({ design, session, full }) => {
    const t0 = performance.now();
    const known = !full && memory?.session === session ? memory.tasks : null;
    const moved = placeIncrementally(design, known);
    if (moved) {
      // Unmoved tasks are remembered where they are now (rememberLayout falls back to ui).
      memory = { session, tasks: rememberLayout(design, moved) };
      return { positions: moved, groups: {}, mode: 'incremental', ms: performance.now() - t0 };
    }
    const laidOut = await elk.layout(buildElkGraph(design));
    const { positions, groups } = readElkLayout(design, laidOut);
    memory = { session, tasks: rememberLayout(design, positions) };
    return { positions, groups, mode: 'full', ms: performance.now() - t0 };
  };
}
