/**
 * Fit the view so task names can be read: the whole design when it is small
 * enough, else where it starts (see readable-view.ts). Used after loading a
 * design and after Auto-layout.
 */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { editorStore } from '../store/index.ts';
import { FIT_PADDING, MIN_READABLE_ZOOM, readableFitTargets } from './readable-view.ts';

export function useReadableFit(): (options?: { duration?: number }) => void {
  const { fitView } = useReactFlow();
  return useCallback(
    (options = {}) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const ids = pane ? readableFitTargets(editorStore.getState().design, pane) : null;
      void fitView({
        ...options,
        padding: FIT_PADDING,
        maxZoom: 1,
        ...(ids ? { nodes: ids.map((id) => ({ id })), minZoom: MIN_READABLE_ZOOM } : {}),
      });
    },
    [fitView],
  );
}
