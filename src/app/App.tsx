/**
 * The page: top bar, palette | canvas | inspector, validation panel below.
 * One screen, no page scroll. Dropping a .dag.json anywhere opens it.
 */
import { useEffect, useState } from 'react';
import type { DragEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { DesignCanvas } from '../canvas/DesignCanvas.tsx';
import { Palette } from '../canvas/palette/Palette.tsx';
import { useReadableFit } from '../canvas/use-readable-fit.ts';
import { useEditor } from '../store/index.ts';
import { TopBar } from './TopBar.tsx';
import { RightPanel } from './RightPanel.tsx';
import { Notices } from './Notices.tsx';
import { prefetchPanels, ValidationPanel } from './panel-slots.tsx';
import { loadExporter, openDesignFile } from './file-actions.ts';
import { prefetchWhenIdle } from './prefetch-when-idle.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { useWarmLayoutOnLoad } from './use-warm-layout.ts';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useClipboard } from './clipboard/use-clipboard.ts';
import { ConfirmHost } from './dialogs/ConfirmHost.tsx';
import { usePersistence } from './persistence/use-persistence.ts';
import { SharedDesignDialog, ShareLinkDialog } from './share/ShareDialogs.tsx';
import { loadShareCodec } from './share/share-actions.ts';
import { ShortcutHelp } from './help/ShortcutHelp.tsx';
import { useTheme } from './theme/use-theme.ts';
import { usePanelSizes } from './layout/panel-sizes.ts';
import { PanelSplitter } from './layout/Splitter.tsx';
import styles from './app.module.css';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

function Editor() {
  const autoLayout = useAutoLayout();
  useGlobalShortcuts(() => void autoLayout());
  useClipboard();
  useFitViewOnLoad();
  useWarmLayoutOnLoad();
  usePersistence();
  useEffect(
    () => prefetchWhenIdle(() => Promise.all([prefetchPanels(), loadExporter(), loadShareCodec()])),
    [],
  );
  const [fileOver, setFileOver] = useState(false);
  const theme = useTheme((s) => s.preference);
  const { right, bottom } = usePanelSizes();

  return (
    <div
      className={styles.app}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setFileOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.relatedTarget) setFileOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setFileOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void openDesignFile(file);
      }}
    >
      <TopBar />
      <main
        className={styles.main}
        style={{ gridTemplateColumns: `232px minmax(0, 1fr) ${right}px` }}
      >
        <div className={styles.left}>
          <Palette />
        </div>
        <section className={styles.centre} aria-label="Canvas">
          <div className={styles.canvasWrap}>
            <DesignCanvas colorMode={theme} />
            <Notices />
          </div>
          <div className={styles.bottom} style={{ maxHeight: `min(${bottom}px, 50%)` }}>
            <PanelSplitter panel="bottom" />
            <div className={styles.bottomScroll}>
              <ValidationPanel />
            </div>
          </div>
        </section>
        <RightPanel />
      </main>
      <ShareLinkDialog />
      <SharedDesignDialog />
      <ConfirmHost />
      <ShortcutHelp />
      {fileOver && (
        <div className={styles.dropOverlay} aria-hidden="true">
          Drop a .dag.json file to open it
        </div>
      )}
    </div>
  );
}

/** Fit the view (readably) whenever a design is loaded (New, Open, Examples). */
function useFitViewOnLoad() {
  const loadCount = useEditor((s) => s.loadCount);
  const fit = useReadableFit();
  useEffect(() => {
    if (loadCount === 0) return;
    const raf = requestAnimationFrame(() => fit());
    return () => cancelAnimationFrame(raf);
  }, [loadCount, fit]);
}

export function App() {
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}
