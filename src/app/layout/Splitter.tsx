/**
 * A divider the user drags (or moves with the arrow keys) to resize the
 * panel beside it: a focusable `separator` with its value, as the WAI-ARIA
 * window splitter pattern describes. `grow` says which pointer direction
 * makes the panel bigger (the inspector grows leftwards, Problems upwards).
 */
import { useRef } from 'react';
import { BOTTOM_PANEL, RIGHT_PANEL, usePanelSizes } from './panel-sizes.ts';
import styles from './splitter.module.css';

export interface SplitterProps {
  label: string;
  orientation: 'vertical' | 'horizontal';
  size: number;
  min: number;
  max: number;
  /** -1: dragging towards smaller coordinates (left / up) grows the panel. */
  grow: -1 | 1;
  onResize: (size: number) => void;
}

const KEY_STEP = 24;

export function Splitter({ label, orientation, size, min, max, grow, onResize }: SplitterProps) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const coord = (e: React.PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);
  const [less, more] =
    orientation === 'vertical' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      className={orientation === 'vertical' ? styles.vertical : styles.horizontal}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { start: coord(e), size };
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        onResize(drag.current.size + grow * (coord(e) - drag.current.start));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        const step = e.key === more ? KEY_STEP : e.key === less ? -KEY_STEP : 0;
        if (step === 0) return;
        e.preventDefault();
        onResize(size + step);
      }}
    />
  );
}

/** The divider of one of the app's resizable panels, wired to its remembered size. */
export function PanelSplitter({ panel }: { panel: 'right' | 'bottom' }) {
  const sizes = usePanelSizes();
  const [label, orientation, limits, size, onResize] =
    panel === 'right'
      ? (['Resize the inspector', 'vertical', RIGHT_PANEL, sizes.right, sizes.setRight] as const)
      : ([
          'Resize the Problems panel',
          'horizontal',
          BOTTOM_PANEL,
          sizes.bottom,
          sizes.setBottom,
        ] as const);
  return (
    <Splitter
      label={label}
      orientation={orientation}
      size={size}
      min={limits.min}
      max={limits.max}
      grow={-1}
      onResize={onResize}
    />
  );
}
