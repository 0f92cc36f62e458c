/**
 * The editor panels the app shell mounts: Task inspector, DAG settings,
 * Problems (validation) and the live Code view, plus small helpers the shell
 * shares with them (export-blocking reason, finding counts).
 */
import './panels.css';
import './code.css';
import './problems.css';

export { TaskInspector } from './TaskInspector.tsx';
export { DagSettingsPanel } from './DagSettingsPanel.tsx';
export { ValidationPanel, FindingCountBadge, SeverityIcon } from './ValidationPanel.tsx';
export { CodeView } from './CodeView.tsx';
export { exportBlockReason, countFindings, describeCounts } from './findings-summary.ts';
export { describeFindingLocation, parseFindingPath, fieldDomId } from './finding-path.ts';
export { formatDuration, parseDuration } from './duration.ts';
