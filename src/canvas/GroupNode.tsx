/**
 * A TaskGroup box: its members are React Flow children (`parentId`). Its
 * label folds and unfolds the group (▾/▸, saved as `ui.collapsed`) and is
 * renamed in place by a double-click. Folded, it is one card with handles,
 * so the edges of its members can be drawn to it.
 */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { editorStore } from '../store/index.ts';
import { useCanvasUi } from './canvas-ui.ts';
import { sameDrawnProps, type GroupFlowNode } from './node-types.ts';
import { GroupRenameInput } from './RenameInput.tsx';
import styles from './canvas.module.css';

function GroupNodeView({ data, selected }: NodeProps<GroupFlowNode>) {
  const { group, folded, taskCount } = data;
  const id = group.group_id;
  const renaming = useCanvasUi((s) => s.renamingGroupId === id);
  const startGroupRename = useCanvasUi((s) => s.startGroupRename);
  return (
    <div
      className={`${styles.groupNode} ${folded ? styles.groupFolded : ''} ${selected ? styles.groupSelected : ''}`}
      title={group.tooltip ?? undefined}
    >
      {folded && <Handle type="target" position={Position.Left} isConnectable={false} />}
      <div className={styles.groupHeader}>
        <button
          className={`${styles.groupToggle} nodrag`}
          aria-label={`${folded ? 'Expand' : 'Collapse'} group ${id}`}
          aria-expanded={!folded}
          title={folded ? 'Expand the group' : 'Collapse the group into one node'}
          onClick={(e) => {
            e.stopPropagation();
            editorStore
              .getState()
              .apply({ type: 'setCollapsed', groupIds: [id], collapsed: !folded });
          }}
        >
          {folded ? '▸' : '▾'}
        </button>
        {renaming ? (
          <GroupRenameInput groupId={id} />
        ) : (
          <span
            className={styles.groupLabel}
            title={`${id} (double-click to rename)`}
            onDoubleClick={(e) => {
              e.stopPropagation();
              startGroupRename(id);
            }}
          >
            {id}
          </span>
        )}
      </div>
      {folded && (
        <div className={styles.groupCount}>{`${taskCount} task${taskCount === 1 ? '' : 's'}`}</div>
      )}
      {folded && <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
}

export const GroupNode = memo(GroupNodeView, sameDrawnProps);
