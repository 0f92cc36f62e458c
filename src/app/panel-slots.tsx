/**
 * The other UI helper's panels (src/panels), mounted in the app layout.
 * This is the single place the shell imports them from.
 */
export {
  TaskInspector,
  DagSettingsPanel,
  ValidationPanel,
  CodeView,
  ForecastPanel,
  countFindings,
  describeCounts,
  exportBlockReason,
} from '../panels/index.ts';
