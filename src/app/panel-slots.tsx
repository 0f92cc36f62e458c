/**
 * The other UI helper's panels (src/panels), mounted in the app layout.
 * This is the single place the shell imports them from.
 *
 * The right-hand tabs are lazy chunks: the task form, the DAG settings
 * (schedule reading: cronstrue), the code view (the exporter, CodeMirror) and
 * the forecast are not needed for the first paint. Each loads while a short
 * placeholder holds its place, and all are fetched once the browser is idle
 * (prefetchPanels), so opening a tab later does not wait for the network.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import '../panels/panel-styles.ts';
export { ValidationPanel } from '../panels/ValidationPanel.tsx';
export { countFindings, describeCounts, exportBlockReason } from '../panels/findings-summary.ts';

const loaders = {
  TaskInspector: () => import('../panels/TaskInspector.tsx'),
  DagSettingsPanel: () => import('../panels/DagSettingsPanel.tsx'),
  CodeView: () => import('../panels/CodeView.tsx'),
  ForecastPanel: () => import('../panels/ForecastPanel.tsx'),
};

type PanelName = keyof typeof loaders;

function lazyPanel(name: PanelName): ComponentType {
  const Panel = lazy(async () => {
    const module = (await loaders[name]()) as unknown as Record<PanelName, ComponentType>;
    return { default: module[name] };
  });
  function Slot() {
    return (
      <Suspense
        fallback={
          <p className="panel" aria-busy="true">
            Loading…
          </p>
        }
      >
        <Panel />
      </Suspense>
    );
  }
  Slot.displayName = `Lazy(${name})`;
  return Slot;
}

export const TaskInspector = lazyPanel('TaskInspector');
export const DagSettingsPanel = lazyPanel('DagSettingsPanel');
export const CodeView = lazyPanel('CodeView');
export const ForecastPanel = lazyPanel('ForecastPanel');

/** Fetches every panel's chunk (once the first paint is done); import() caches them. */
export function prefetchPanels(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
