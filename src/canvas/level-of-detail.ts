/**
 * How much the canvas draws at scale. Two rules, both from profiling 2,000
 * tasks in Chromium (docs/BENCHMARKS.md):
 *
 * - Level of detail: below LOW_DETAIL_ZOOM a task's 13px name is under 4px on
 *   screen, unreadable, yet its two clipped text lines and two handles were
 *   most of the compositor's work per frame ("Layerize" and hit testing).
 *   There the card keeps its colour stripe, border, selection, critical-path
 *   ring, problem marker and badges; its name shows as a grey bar and its
 *   handles appear under the pointer. At a readable zoom nothing changes.
 * - A large design's minimap is one picture (PictureMinimap), not a rect per
 *   task re-rendered on every move.
 * - A very large design draws only the tasks and edges in view (React Flow's
 *   onlyRenderVisibleElements): 10,000 cards cannot all be mounted on open.
 *   Below that everything stays drawn: culling recomputes what is in view on
 *   every pan and zoom frame and mounts hundreds of cards in one frame when
 *   the view zooms out, which at 2,000 tasks cost more (zoom p95 117 ms vs
 *   67 ms drawing all) than drawing every card saves (open 1.2 s, still under
 *   a bare React Flow page's 1.35 s). Selection, Select all, validation and
 *   export work on the design, not on what is drawn, so nothing is lost.
 * - Below LOW_DETAIL_ZOOM the dot grid is left out too: its dots would be
 *   under 5px apart, a grey wash repainted on every pan frame.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

export const LOW_DETAIL_ZOOM = 0.3;
/** From this many tasks on, a design gets the picture minimap (see above). */
export const LARGE_CANVAS_TASKS = 500;
/** From this many tasks on, only what is in view is drawn (see above). */
export const CULL_FROM_TASKS = 5000;

const isLowDetail = (s: ReactFlowState): boolean => s.transform[2] < LOW_DETAIL_ZOOM;

/** True while the view is zoomed out past reading (re-renders only when that flips). */
export const useLowDetail = (): boolean => useStore(isLowDetail);

export const isLargeCanvas = (taskCount: number): boolean => taskCount >= LARGE_CANVAS_TASKS;

export const drawsOnlyVisible = (taskCount: number): boolean => taskCount >= CULL_FROM_TASKS;
