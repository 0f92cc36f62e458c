/**
 * Clicking a spot in the minimap centres the main view on it, keeping the
 * zoom. (Dragging and wheel-zooming in the minimap are React Flow's own
 * `pannable` / `zoomable`; a plain click does nothing there by default.)
 */
import { useCallback } from 'react';
import { useReactFlow, type XYPosition } from '@xyflow/react';

export function useMinimapClick(): (event: React.MouseEvent, position: XYPosition) => void {
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (_event, position) =>
      void setCenter(position.x, position.y, { zoom: getZoom(), duration: 150 }),
    [setCenter, getZoom],
  );
}
