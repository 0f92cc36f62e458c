/** Right-hand side: tabs Task / DAG / Code / Forecast. */
import { useEditor } from '../store/index.ts';
import type { RightTab } from '../store/index.ts';
import { CodeView, DagSettingsPanel, ForecastPanel, TaskInspector } from './panel-slots.tsx';
import { PanelSplitter } from './layout/Splitter.tsx';
import styles from './app.module.css';

const TABS: { id: RightTab; label: string }[] = [
  { id: 'task', label: 'Task' },
  { id: 'dag', label: 'DAG' },
  { id: 'code', label: 'Code' },
  { id: 'forecast', label: 'Forecast' },
];

export function RightPanel() {
  const tab = useEditor((s) => s.rightTab);
  const setTab = useEditor((s) => s.setRightTab);
  return (
    <aside className={styles.right} aria-label="Inspector">
      <PanelSplitter panel="right" />
      <div className={styles.tabs} role="tablist" aria-label="Inspector tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? styles.tabActive : styles.tab}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = TABS[(i + step + TABS.length) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        className={styles.tabPanel}
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        {tab === 'task' && <TaskInspector />}
        {tab === 'dag' && <DagSettingsPanel />}
        {tab === 'code' && <CodeView />}
        {tab === 'forecast' && <ForecastPanel />}
      </div>
    </aside>
  );
}
