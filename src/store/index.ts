/** The editor store: the interface between the canvas, the panels and the app shell. */
export {
  useEditor,
  editorStore,
  useHistory,
  undoDesign,
  redoDesign,
  HISTORY_LIMIT,
} from './editor-store.ts';
export type { HistoryControls } from './editor-store.ts';
export { useFindings, findingsFor, marksByTask, useMarksByTask } from './findings.ts';
export { useCheckedDesign, LARGE_DESIGN_TASKS } from './checked-design.ts';
export { loadValidator, useValidatorPending } from './validator.ts';
export type { TaskMarks } from './findings.ts';
export { useForecast, useForecastWithDesign, useForecastSettings, forecastOf } from './forecast.ts';
export { useUnparsedDrafts, draftFindings, draftKeyOf, isDraftFinding } from './unparsed-drafts.ts';
export type { EditorState } from './editor-types.ts';
export type { DesignSlice, ConnectResult, RenameResult, ApplyOptions } from './design-slice.ts';
export type { SelectionSlice, FindingFocus } from './selection-slice.ts';
export type { UiSlice, Notice, NoticeKind, RightTab } from './ui-slice.ts';
