/** Dropping a palette operator on the canvas adds a task at the drop point. */
import { useCallback } from 'react';
import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { editorStore } from '../store/index.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import { groupAt } from './group-boxes.ts';

export const OPERATOR_MIME = 'application/x-dag-designer-operator';

export function useDropOperator() {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(OPERATOR_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const key = event.dataTransfer.getData(OPERATOR_MIME);
      if (!key) return;
      event.preventDefault();
      const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const s = editorStore.getState();
      // Centre the node under the pointer; dropped on a group box, it joins that group.
      s.addTaskFromOperator(
        key,
        { x: p.x - TASK_WIDTH / 2, y: p.y - TASK_HEIGHT / 2 },
        groupAt(s.design, p),
      );
    },
    [screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
