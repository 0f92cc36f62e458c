/**
 * The editor panels the app shell mounts: Task inspector, DAG settings,
 * Problems (validation), the live Code view and the run-time Forecast, plus small helpers the shell
 * shares with them (export-blocking reason, finding counts).
 */
import './panel-styles.ts';

export { TaskInspector } from './TaskInspector.tsx';
export { DagSettingsPanel } from './DagSettingsPanel.tsx';
export { ValidationPanel, FindingCountBadge, SeverityIcon } from './ValidationPanel.tsx';
export { CodeView } from './CodeView.tsx';
export { ForecastPanel } from './ForecastPanel.tsx';
export { exportBlockReason, countFindings, describeCounts } from './findings-summary.ts';
export { describeFindingLocation, parseFindingPath, fieldDomId } from './finding-path.ts';
export { formatDuration, parseDuration } from './duration.ts';
