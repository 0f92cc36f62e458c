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
 * - A large design draws only the tasks and edges in view (React Flow's
 *   onlyRenderVisibleElements) and its minimap is one picture
 *   (PictureMinimap), not a rect per task. Selection, Select all, validation
 *   and export work on the design, not on what is drawn, so nothing is lost.
 *   Small designs draw everything, so every task stays in the page.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

export const LOW_DETAIL_ZOOM = 0.3;
/** From this many tasks on, a design is drawn as a large one (see above). */
export const LARGE_CANVAS_TASKS = 500;

const isLowDetail = (s: ReactFlowState): boolean => s.transform[2] < LOW_DETAIL_ZOOM;

/** True while the view is zoomed out past reading (re-renders only when that flips). */
export const useLowDetail = (): boolean => useStore(isLowDetail);

export const isLargeCanvas = (taskCount: number): boolean => taskCount >= LARGE_CANVAS_TASKS;
