/** Auto-layout then fit the view (the top bar button and the Shift+L shortcut). */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { runAutoLayout } from '../layout/run-auto-layout.ts';

export function useAutoLayout(): () => Promise<void> {
  const { fitView } = useReactFlow();
  return useCallback(async () => {
    if (await runAutoLayout()) {
      // Let React Flow receive the new positions before fitting.
      requestAnimationFrame(() => void fitView({ duration: 200, maxZoom: 1 }));
    }
  }, [fitView]);
}
