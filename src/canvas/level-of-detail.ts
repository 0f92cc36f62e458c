/**
 * How much the canvas draws at scale. Three rules, from profiling 2,000
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
 *   (PictureMinimap), not a rect per task. Culling costs on zoom: zooming out
 *   from a readable view mounts hundreds of cards in one frame (zoom p95 at
 *   2,000 tasks ~117 ms vs ~67 ms drawing all). Drawing all costs more where
 *   it counts: opening (1.2 s vs 0.4 s) and every Auto-layout, which then
 *   re-renders and repaints all 2,000 cards in one 260 ms task instead of
 *   those in view. Selection, Select all, validation and export work on the
 *   design, not on what is drawn, so nothing is lost. Small designs draw
 *   everything, so every task stays in the page.
 * - Below LOW_DETAIL_ZOOM the dot grid is left out too: its dots would be
 *   under 5px apart, a grey wash repainted on every pan frame.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

export const LOW_DETAIL_ZOOM = 0.3;
/** From this many tasks on, a design is drawn as a large one (see above). */
export const LARGE_CANVAS_TASKS = 500;

const isLowDetail = (s: ReactFlowState): boolean => s.transform[2] < LOW_DETAIL_ZOOM;

/** True while the view is zoomed out past reading (re-renders only when that flips). */
export const useLowDetail = (): boolean => useStore(isLowDetail);

export const isLargeCanvas = (taskCount: number): boolean => taskCount >= LARGE_CANVAS_TASKS;
