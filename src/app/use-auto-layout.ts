/**
 * Auto-layout then fit the view readably (the top bar button and the Shift+L
 * shortcut). After an incremental layout the view stays where it is: the rest
 * of the graph did not move, and the user is looking at what they just edited.
 */
import { useCallback } from 'react';
import { useReadableFit } from '../canvas/use-readable-fit.ts';
import { editorStore, LARGE_DESIGN_TASKS } from '../store/index.ts';
import { runAutoLayout, type AutoLayoutOptions } from './run-auto-layout.ts';

export function useAutoLayout(): (options?: AutoLayoutOptions) => Promise<void> {
  const fit = useReadableFit();
  return useCallback(
    async (options?: AutoLayoutOptions) => {
      if ((await runAutoLayout(options)) === 'full') {
        // A large design is fitted at once: a 200 ms animation there is frames of
        // every visible node moving, on the main thread the layout just freed.
        const large = editorStore.getState().design.tasks.length >= LARGE_DESIGN_TASKS;
        // Let React Flow receive the new positions before fitting.
        requestAnimationFrame(() => fit({ duration: large ? 0 : 200 }));
      }
    },
    [fit],
  );
}
