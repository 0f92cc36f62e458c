/** The store's combined state type, shared by the slices (kept apart to avoid import cycles). */
import type { DesignSlice } from './design-slice.ts';
import type { SelectionSlice } from './selection-slice.ts';
import type { UiSlice } from './ui-slice.ts';

export type EditorState = DesignSlice & SelectionSlice & UiSlice;

/** Middlewares wrapping the slices (zundo's `temporal`). */
export type EditorMutators = [['temporal', unknown]];
