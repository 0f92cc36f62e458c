/** Auto-layout then fit the view readably (the top bar button and the Shift+L shortcut). */
import { useCallback } from 'react';
import { useReadableFit } from '../canvas/use-readable-fit.ts';
import { runAutoLayout } from './run-auto-layout.ts';

export function useAutoLayout(): () => Promise<void> {
  const fit = useReadableFit();
  return useCallback(async () => {
    if (await runAutoLayout()) {
      // Let React Flow receive the new positions before fitting.
      requestAnimationFrame(() => fit({ duration: 200 }));
    }
  }, [fit]);
}
