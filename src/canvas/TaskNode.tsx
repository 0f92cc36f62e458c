/**
 * A task on the canvas: id, operator label, category stripe, finding marker,
 * handles; its outlets as asset chips and its setup/teardown role as Airflow's
 * graph view draws it (an arrow badge, a rounded card).
 */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useCanvasUi } from './canvas-ui.ts';
import { RenameInput } from './RenameInput.tsx';
import { sameDrawnProps, type TaskFlowNode } from './node-types.ts';
import { outletChips, ROLE_BADGE } from './task-badges.ts';
import styles from './canvas.module.css';

function TaskNodeView({ id: nodeId, data, selected }: NodeProps<TaskFlowNode>) {
  // The node id is the editor key; the task shows (and is renamed by) its task_id.
  const id = data.taskId;
  const renaming = useCanvasUi((s) => s.renamingId === nodeId);
  const startRename = useCanvasUi((s) => s.startRename);
  const { marks, role } = data;
  const outlets = outletChips(data.outlets);
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
      className={`${styles.taskNode} ${selected ? styles.selected : ''} ${severity ? styles[severity] : ''} ${role ? styles[role] : ''} ${data.mappedOver ? styles.mapped : ''}`}
      style={{ '--stripe': data.color } as React.CSSProperties}
    >
      <Handle type="target" position={Position.Left} aria-label={`Upstream of ${id}`} />
      {role && (
        <span
          className={`${styles.roleBadge} ${styles[`role_${role}`]}`}
          title={ROLE_BADGE[role].title}
          role="img"
          aria-label={role}
        >
          {ROLE_BADGE[role].symbol}
        </span>
      )}
      {data.mappedOver && (
        <span
          className={styles.mappedBadge}
          title={`Mapped: one task instance per item of ${data.mappedOver} (.expand)`}
        >
          {`[ ${data.mappedOver} ]`}
        </span>
      )}
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
      {outlets.chips.length > 0 && (
        <ul className={styles.outlets} aria-label={`Outlets of ${id}`}>
          {outlets.chips.map((chip) => (
            <li key={chip.uri} className={styles.outlet} title={`Outlet (asset): ${chip.uri}`}>
              ⛁ {chip.label}
            </li>
          ))}
          {outlets.more > 0 && (
            <li
              className={styles.outlet}
              title={data.outlets.slice(outlets.chips.length).join('\n')}
            >
              +{outlets.more}
            </li>
          )}
        </ul>
      )}
      <Handle type="source" position={Position.Right} aria-label={`Downstream of ${id}`} />
    </div>
  );
}

/**
 * Re-rendered only when what it draws changes: React Flow also passes the
 * node's position, so moving 2,000 selected tasks would otherwise render
 * every card on every frame although only their wrappers move.
 */
export const TaskNode = memo(TaskNodeView, sameDrawnProps);
