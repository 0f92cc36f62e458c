/**
 * When the user jumps to a finding (Problems panel), centre its task in the
 * view, keeping the zoom, so the selected task is where the eye goes.
 */
import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { editorStore, useEditor } from '../store/index.ts';
import { taskIndexOfKey } from '../design/ids.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';

export function useCentreOnFocus(): void {
  const focus = useEditor((s) => s.focus);
  const { setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (!focus?.taskId) return;
    const design = editorStore.getState().design;
    const task = design.tasks[taskIndexOfKey(design, focus.taskId)];
    if (!task) return;
    const { x, y } = task.ui ?? { x: 0, y: 0 };
    void setCenter(x + TASK_WIDTH / 2, y + TASK_HEIGHT / 2, { zoom: getZoom(), duration: 250 });
  }, [focus, setCenter, getZoom]);
}
