/** A task on the canvas: id, operator label, category stripe, finding marker, handles. */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useCanvasUi } from './canvas-ui.ts';
import { RenameInput } from './RenameInput.tsx';
import type { TaskFlowNode } from './node-types.ts';
import styles from './canvas.module.css';

function TaskNodeView({ id: nodeId, data, selected }: NodeProps<TaskFlowNode>) {
  // The node id is the editor key; the task shows (and is renamed by) its task_id.
  const id = data.taskId;
  const renaming = useCanvasUi((s) => s.renamingId === nodeId);
  const startRename = useCanvasUi((s) => s.startRename);
  const { marks } = data;
  const severity = marks ? (marks.errors > 0 ? 'error' : 'warning') : null;
  const markerText = marks
    ? [
        marks.errors > 0 ? `${marks.errors} error${marks.errors > 1 ? 's' : ''}` : '',
        marks.warnings > 0 ? `${marks.warnings} warning${marks.warnings > 1 ? 's' : ''}` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <div
      className={`${styles.taskNode} ${selected ? styles.selected : ''} ${severity ? styles[severity] : ''}`}
      style={{ '--stripe': data.color } as React.CSSProperties}
    >
      <Handle type="target" position={Position.Left} aria-label={`Upstream of ${id}`} />
      <div className={styles.taskBody}>
        {renaming ? (
          <RenameInput taskId={id} occurrence={data.occurrence} />
        ) : (
          <div
            className={styles.taskId}
            title={`${id} (double-click or F2 to rename)`}
            onDoubleClick={(e) => {
              e.stopPropagation();
              startRename(nodeId);
            }}
          >
            {id}
          </div>
        )}
        <div className={styles.taskOperator}>
          {data.pinned && (
            <span
              className={styles.pin}
              title="Pinned: auto-layout keeps it here"
              aria-label="pinned"
            >
              📌
            </span>
          )}
          {data.label}
        </div>
      </div>
      {severity && (
        <span
          className={`${styles.marker} ${styles[`marker_${severity}`]}`}
          title={`${markerText}: ${marks!.first}`}
          role="img"
          aria-label={markerText}
        >
          {severity === 'error' ? '!' : '⚠'}
        </span>
      )}
      <Handle type="source" position={Position.Right} aria-label={`Downstream of ${id}`} />
    </div>
  );
}

export const TaskNode = memo(TaskNodeView);
