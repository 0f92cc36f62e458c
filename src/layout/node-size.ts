/**
 * Task nodes have a fixed size on the canvas, so layout and placement can
 * work from the design alone (no DOM measuring) and stay testable in Node.
 */
export const TASK_WIDTH = 200;
export const TASK_HEIGHT = 56;

/** Space inside a group box around its children; the top leaves room for the label. */
export const GROUP_PADDING = { top: 36, right: 20, bottom: 20, left: 20 } as const;

/** Gap kept between nodes placed without a full layout. */
export const PLACEMENT_GAP = 48;

export interface Size {
  width: number;
  height: number;
}
