/**
 * When a large design opens, start the layout worker and warm ELK up while
 * the browser is idle: loading and JIT-warming ELK costs the first layout
 * about a second otherwise, which the user would wait for on their first
 * Auto-layout.
 */
import { useEffect } from 'react';
import type { Design } from '../design/design.ts';
import { warmUpLayout } from '../layout/layout-client.ts';
import { editorStore, LARGE_DESIGN_TASKS, useEditor } from '../store/index.ts';
import { prefetchWhenIdle } from './prefetch-when-idle.ts';

/**
 * The warm-up lays out at most this many tasks: past SEPARATE_ABOVE, so every
 * code path the real layout takes gets JIT-compiled, yet a fraction of a
 * second of one CPU. Warming up on the whole opened design (2,000 tasks: a
 * second of ELK) ran while the user's first drag did and, on two CPUs, doubled
 * that drag's p95 frame in the bench.
 */
export const WARM_UP_TASKS = 300;

/** The design, or its first WARM_UP_TASKS tasks and the edges among them. */
export function warmUpPart(design: Design): Design {
  if (design.tasks.length <= WARM_UP_TASKS) return design;
  const tasks = design.tasks.slice(0, WARM_UP_TASKS);
  const kept = new Set(tasks.map((t) => t.task_id));
  return {
    ...design,
    tasks,
    edges: design.edges.filter((e) => kept.has(e.from) && kept.has(e.to)),
  };
}

export function useWarmLayoutOnLoad(): void {
  const loadCount = useEditor((s) => s.loadCount);
  useEffect(() => {
    const { design } = editorStore.getState();
    if (design.tasks.length < LARGE_DESIGN_TASKS) return;
    return prefetchWhenIdle(async () => warmUpLayout(warmUpPart(design)));
  }, [loadCount]);
}
