/**
 * UI state that is NOT part of the undo history: notices, which right-hand tab
 * is open, the code view's target, whether a layout is running, and the design
 * as last saved (for "unsaved changes" prompts), the export's options.
 */
import type { StateCreator } from 'zustand';
import type { AirflowTarget, Design } from '../design/design.ts';
import type { EditorState, EditorMutators } from './editor-types.ts';

export type NoticeKind = 'error' | 'info' | 'success';

export interface Notice {
  /** Increases with every notice, so the same text twice is announced twice. */
  id: number;
  kind: NoticeKind;
  text: string;
}

export type RightTab = 'task' | 'dag' | 'code' | 'forecast';

export interface UiSlice {
  /** The latest notice (toast + aria-live region), or null. */
  notice: Notice | null;
  /** Which right-hand panel tab is open. */
  rightTab: RightTab;
  /** Target shown in the code view; null means "the design's own target". */
  codeTarget: AirflowTarget | null;
  /** True while an auto-layout request is running in the worker. */
  layoutPending: boolean;
  /** Whether the bottom validation panel is expanded. */
  validationOpen: boolean;
  /** The design object as last saved/opened: `design !== savedDesign` means unsaved changes. */
  savedDesign: Design;
  /** Export .zip also ships the target's constraints file in dags/ (no internet access on MWAA). */
  bundleConstraints: boolean;

  /** Shows a notice in the toast and the live region (replaces the previous one). */
  showNotice: (kind: NoticeKind, text: string) => void;
  /** Hides the current notice (e.g. when the user dismisses the toast). */
  clearNotice: () => void;
  /** Opens a right-hand tab. */
  setRightTab: (tab: RightTab) => void;
  /** Chooses the code view's target (null follows the design's target). */
  setCodeTarget: (target: AirflowTarget | null) => void;
  /** Set by the layout client while a request is in flight. */
  setLayoutPending: (pending: boolean) => void;
  /** Expands or collapses the validation panel. */
  setValidationOpen: (open: boolean) => void;
  /** Records the current design as saved (after Save, Open, New). */
  markSaved: () => void;
  /** Turns the "Bundle constraints" export option on or off. */
  setBundleConstraints: (on: boolean) => void;
}

let noticeCounter = 0;

export const createUiSlice =
  (initialDesign: Design): StateCreator<EditorState, EditorMutators, [], UiSlice> =>
  (set, get) => ({
    notice: null,
    rightTab: 'task',
    codeTarget: null,
    layoutPending: false,
    validationOpen: true,
    savedDesign: initialDesign,
    bundleConstraints: false,
    showNotice: (kind, text) => set({ notice: { id: ++noticeCounter, kind, text } }),
    clearNotice: () => set({ notice: null }),
    setRightTab: (rightTab) => set({ rightTab }),
    setCodeTarget: (codeTarget) => set({ codeTarget }),
    setLayoutPending: (layoutPending) => set({ layoutPending }),
    setValidationOpen: (validationOpen) => set({ validationOpen }),
    markSaved: () => set({ savedDesign: get().design }),
    setBundleConstraints: (bundleConstraints) => set({ bundleConstraints }),
  });
