/**
 * The other UI helper's panels (src/panels), mounted in the app layout.
 * This is the single place the shell imports them from.
 *
 * The Task tab (open at start, and again whenever a task is selected or
 * dropped) ships with the shell. The other tabs are lazy chunks: the DAG
 * settings (schedule reading: cronstrue), the code view (the exporter) and
 * the forecast are not needed for the first paint. prefetchPanels fetches them
 * all once the browser is idle; a tab opened before that shows a short
 * placeholder until its chunk lands. Not React.lazy: it suspends on a
 * component's first mount even when the chunk is already here, and React may
 * keep that fallback up for up to 300 ms (its reveal throttle), so every
 * first tab switch would blink "Loading…" (and a keyboard user's Tab would
 * skip the panel: the keyboard-only journey caught it).
 */
import { useEffect, useState, type ComponentType } from 'react';
import '../panels/panel-styles.ts';
export { ValidationPanel } from '../panels/ValidationPanel.tsx';
export { TaskInspector } from '../panels/TaskInspector.tsx';
export { countFindings, describeCounts, exportBlockReason } from '../panels/findings-summary.ts';

const loaders = {
  DagSettingsPanel: () => import('../panels/DagSettingsPanel.tsx'),
  CodeView: () => import('../panels/CodeView.tsx'),
  ForecastPanel: () => import('../panels/ForecastPanel.tsx'),
};

type PanelName = keyof typeof loaders;

const loaded = new Map<PanelName, ComponentType>();

async function loadPanel(name: PanelName): Promise<ComponentType> {
  const module = (await loaders[name]()) as unknown as Record<PanelName, ComponentType>;
  loaded.set(name, module[name]);
  return module[name];
}

function lazyPanel(name: PanelName): ComponentType {
  function Slot() {
    // Already fetched (the usual case after the idle prefetch): rendered in this very render.
    const [Panel, setPanel] = useState(() => loaded.get(name));
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Panel) return;
      let live = true;
      loadPanel(name).then(
        (component) => live && setPanel(() => component),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Panel]);
    if (Panel) return <Panel />;
    return (
      <p className="panel" aria-busy={!failed}>
        {failed ? 'This panel did not load (offline?); open its tab again to retry.' : 'Loading…'}
      </p>
    );
  }
  Slot.displayName = `Lazy(${name})`;
  return Slot;
}

export const DagSettingsPanel = lazyPanel('DagSettingsPanel');
export const CodeView = lazyPanel('CodeView');
export const ForecastPanel = lazyPanel('ForecastPanel');

/** Fetches every panel's chunk (once the first paint is done). */
export function prefetchPanels(): Promise<unknown> {
  return Promise.all(Object.keys(loaders).map((name) => loadPanel(name as PanelName)));
}
