/** A TaskGroup box: its members are React Flow children (`parentId`, `extent: 'parent'`). */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from './node-types.ts';
import styles from './canvas.module.css';

function GroupNodeView({ data, selected }: NodeProps<GroupFlowNode>) {
  return (
    <div
      className={`${styles.groupNode} ${selected ? styles.groupSelected : ''}`}
      title={data.group.tooltip ?? undefined}
    >
      <span className={styles.groupLabel}>{data.group.group_id}</span>
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
