/**
 * The setup -> teardown relation drawn when no edge joins the two tasks: a
 * dotted arc over the work between them (Airflow's graph view draws it
 * dotted). An arc, not a straight line: in the usual left-to-right run
 * setup -> work -> teardown a straight line would lie on top of the real
 * edges and hide them.
 */
import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';

/** How far above the higher end the arc rises (flow pixels). */
const RISE = 60;

function SetupRelationEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  markerEnd,
  style,
}: EdgeProps) {
  const top = Math.min(sourceY, targetY) - RISE;
  const reach = Math.max(40, Math.abs(targetX - sourceX) / 3);
  const path = `M ${sourceX},${sourceY} C ${sourceX + reach},${top} ${targetX - reach},${top} ${targetX},${targetY}`;
  return <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />;
}

export const SetupRelationEdge = memo(SetupRelationEdgeView);
