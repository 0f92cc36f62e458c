/**
 * The minimap of a large design: the same panel, mask, click, drag-to-pan
 * and wheel-zoom as React Flow's MiniMap (its own XYMinimap drives them),
 * but the tasks are painted once into a <canvas> from the design instead of
 * one SVG rect per node. React Flow's MiniMap subscribes every rect to its
 * node, so moving 2,000 selected tasks re-rendered 2,000 rects per frame and
 * its bounds walked every node on every store update. This picture is
 * repainted when the design (or the area it shows) changes: a dragged task's
 * dot moves on drop.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState, type XYPosition } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { shallow } from 'zustand/shallow';
import type { Design } from '../design/design.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../layout/node-size.ts';
import { taskLabel } from './flow-nodes.ts';
import { computeGroupBoxes } from './group-boxes.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GROUP_FILL = 'rgb(148 163 184 / 20%)';
/** React Flow's MiniMap margin around the content, in minimap pixels. */
const OFFSET_SCALE = 5;

const viewOf = (s: ReactFlowState) => ({
  x: -s.transform[0] / s.transform[2],
  y: -s.transform[1] / s.transform[2],
  width: s.width / s.transform[2],
  height: s.height / s.transform[2],
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
  flowWidth: s.width,
  flowHeight: s.height,
});

function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** What to paint: group boxes, then task cards in their category colour. */
function pictureOf(design: Design) {
  const groups = [...computeGroupBoxes(design).values()];
  const tasks = design.tasks.map((t) => ({
    x: t.ui?.x ?? 0,
    y: t.ui?.y ?? 0,
    color: taskLabel(t).color,
  }));
  let bounds: Rect | null = null;
  for (const g of groups) bounds = union(bounds, g);
  for (const t of tasks) bounds = union(bounds, { ...t, width: TASK_WIDTH, height: TASK_HEIGHT });
  return { groups, tasks, bounds };
}

export interface PictureMinimapProps {
  design: Design;
  width: number;
  height: number;
  ariaLabel: string;
  onClick: (event: React.MouseEvent, position: XYPosition) => void;
}

export function PictureMinimap({ design, width, height, ariaLabel, onClick }: PictureMinimapProps) {
  const store = useStoreApi();
  const view = useStore(viewOf, shallow);
  const picture = useMemo(() => pictureOf(design), [design]);
  const svg = useRef<SVGSVGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const minimap = useRef<XYMinimapInstance | null>(null);

  // The area shown: the design and the view, fitted into the panel (as React Flow's MiniMap).
  const shown = union(picture.bounds, view);
  const viewScale = Math.max(shown.width / width, shown.height / height);
  const offset = OFFSET_SCALE * viewScale;
  const box = {
    x: shown.x - (viewScale * width - shown.width) / 2 - offset,
    y: shown.y - (viewScale * height - shown.height) / 2 - offset,
    width: viewScale * width + offset * 2,
    height: viewScale * height + offset * 2,
  };
  const viewScaleRef = useRef(viewScale);
  useEffect(() => {
    viewScaleRef.current = viewScale;
  });

  useEffect(() => {
    const panZoom = view.panZoom;
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScaleRef.current,
    });
    return () => minimap.current?.destroy();
  }, [view.panZoom, store]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent: view.translateExtent,
      width: view.flowWidth,
      height: view.flowHeight,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
    });
  }, [view.translateExtent, view.flowWidth, view.flowHeight]);

  // Repaint when the design or the area shown changes, never per drag frame.
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const scale = (width / box.width) * ratio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width * ratio, height * ratio);
    ctx.setTransform(scale, 0, 0, scale, -box.x * scale, -box.y * scale);
    ctx.fillStyle = GROUP_FILL;
    for (const g of picture.groups) ctx.fillRect(g.x, g.y, g.width, g.height);
    for (const t of picture.tasks) {
      ctx.fillStyle = t.color;
      ctx.fillRect(t.x, t.y, TASK_WIDTH, TASK_HEIGHT);
    }
  }, [picture, box.x, box.y, box.width, width, height]);

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const outer = `M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={{ width, height }}>
      <canvas
        ref={canvas}
        width={width * ratio}
        height={height * ratio}
        style={{ position: 'absolute', inset: 0, width, height }}
        aria-hidden="true"
      />
      <svg
        ref={svg}
        width={width}
        height={height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={ariaLabel}
        style={{ position: 'relative' }}
        onClick={(event) => {
          const [x, y] = minimap.current?.pointer(event) ?? [0, 0];
          onClick(event, { x, y });
        }}
      >
        <path
          className="react-flow__minimap-mask"
          d={`${outer}\n${inner}`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
