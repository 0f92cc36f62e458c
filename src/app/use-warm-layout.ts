/**
 * When a large design opens, start the layout worker and warm ELK up while
 * the browser is idle: loading and JIT-warming ELK costs the first layout
 * about a second otherwise, which the user would wait for on their first
 * Auto-layout.
 */
import { useEffect } from 'react';
import { warmUpLayout } from '../layout/layout-client.ts';
import { editorStore, LARGE_DESIGN_TASKS, useEditor } from '../store/index.ts';
import { prefetchWhenIdle } from './prefetch-when-idle.ts';

export function useWarmLayoutOnLoad(): void {
  const loadCount = useEditor((s) => s.loadCount);
  useEffect(() => {
    const { design } = editorStore.getState();
    if (design.tasks.length < LARGE_DESIGN_TASKS) return;
    return prefetchWhenIdle(async () => warmUpLayout(design));
  }, [loadCount]);
}
