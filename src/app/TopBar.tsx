/** Top bar: product name, file actions, undo/redo, auto-layout, theme, target, findings badge. */
import { useRef, useState } from 'react';
import { TargetSelect } from '../panels/TargetSelect.tsx';
import { useEditor, useFindings, useHistory, useValidatorPending } from '../store/index.ts';
import { countFindings, describeCounts, exportBlockReason } from './panel-slots.tsx';
import { ExportOptionsMenu } from './ExportOptionsMenu.tsx';
import { ExamplesDialog } from './ExamplesDialog.tsx';
import { exportDesignZip, newDesign, openDesignFile, saveDesign } from './file-actions.ts';
import { useAutoLayout } from './use-auto-layout.ts';
import { MyDesignsDialog } from './persistence/MyDesignsDialog.tsx';
import { SaveStatus } from './persistence/SaveStatus.tsx';
import { copyShareLink } from './share/share-actions.ts';
import { ThemeToggle } from './theme/ThemeToggle.tsx';
import styles from './app.module.css';
import dialogStyles from './dialogs/dialogs.module.css';

const EXPORT_BLOCKED_ID = 'export-blocked';

export function TopBar() {
  const dirty = useEditor((s) => s.design !== s.savedDesign);
  const layoutPending = useEditor((s) => s.layoutPending);
  const findings = useFindings();
  // Until the validator's chunk lands there are no findings yet: not "Valid".
  const checking = useValidatorPending();
  const { canUndo, canRedo, undo, redo } = useHistory();
  const autoLayout = useAutoLayout();
  const [examplesOpen, setExamplesOpen] = useState(false);
  const [myDesignsOpen, setMyDesignsOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const counts = countFindings(findings);
  const { errors, warnings } = counts;
  const exportBlocked = exportBlockReason(findings);

  return (
    <header className={styles.topBar}>
      <div className={dialogStyles.brandStack}>
        <h1 className={styles.brand}>
          dag-designer
          {dirty && (
            <span className={styles.dirty} title="Unsaved changes" aria-label="Unsaved changes">
              ●
            </span>
          )}
        </h1>
        <SaveStatus />
      </div>
      <div className={styles.group} role="group" aria-label="File">
        <button onClick={() => void newDesign()}>New</button>
        <button onClick={() => fileInput.current?.click()}>Open…</button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.dag.json,application/json"
          className="visually-hidden"
          // The "Open…" button is the control people use; this input is only its
          // mechanism, so it is kept out of the tab order and the accessibility tree.
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void openDesignFile(file);
          }}
        />
        <button onClick={saveDesign} title="Save the design as <dag_id>.dag.json (Ctrl+S)">
          Save
        </button>
        <button onClick={() => setExamplesOpen(true)}>Examples</button>
        <button
          onClick={() => setMyDesignsOpen(true)}
          title="Designs kept in this browser"
          aria-label="My designs"
        >
          <span className={styles.wide}>My designs</span>
          <span className={styles.narrow}>Designs</span>
        </button>
        <button
          onClick={() => void copyShareLink()}
          title="Copy a link that carries this design (nothing is uploaded)"
          aria-label="Copy link"
        >
          <span className={styles.wide}>Copy link</span>
          <span className={styles.narrow}>Link</span>
        </button>
      </div>
      <div className={styles.group} role="group" aria-label="Edit">
        {/* On a small laptop the words give way to arrows; the name stays. */}
        <button onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
          <span className={styles.wide}>Undo</span>
          <span className={`${styles.narrow} ${styles.arrow}`} aria-hidden="true">
            ↶
          </span>
        </button>
        <button onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
          <span className={styles.wide}>Redo</span>
          <span className={`${styles.narrow} ${styles.arrow}`} aria-hidden="true">
            ↷
          </span>
        </button>
        <button
          // After a small edit only what must move moves; Shift+click lays out everything.
          onClick={(e) => void autoLayout({ full: e.shiftKey })}
          disabled={layoutPending}
          title="Auto-layout (Shift+L); Shift+click lays out everything again"
        >
          {layoutPending ? 'Laying out…' : 'Auto-layout'}
        </button>
      </div>
      <div className={styles.spacer} />
      <ThemeToggle className={styles.themeToggle} />
      <label className={styles.targetLabel}>
        <span>Target</span>
        <TargetSelect label="Airflow target" />
      </label>
      <button
        className={`${styles.badge} ${checking ? '' : errors > 0 ? styles.badgeError : warnings > 0 ? styles.badgeWarning : styles.badgeOk}`}
        onClick={() => useEditor.getState().setValidationOpen(true)}
        aria-label={
          checking ? 'Findings: checking the design' : `Findings: ${describeCounts(counts)}`
        }
        title="Show the validation panel"
      >
        {/* Why Export is off lives in the badge next to it (it opens the list of
            problems), so the Export button and the Target select never move. */}
        {checking ? (
          'Checking…'
        ) : exportBlocked ? (
          <span className={styles.badgeStack}>
            <span>{`${errors} ✕ · ${warnings} ⚠`}</span>
            <span id={EXPORT_BLOCKED_ID} className={styles.badgeReason}>
              {exportBlocked}
            </span>
          </span>
        ) : errors === 0 && warnings === 0 ? (
          '✓ Valid'
        ) : (
          `${errors} ✕ · ${warnings} ⚠`
        )}
      </button>
      <button
        className="primary"
        onClick={() => void exportDesignZip()}
        disabled={exportBlocked !== null}
        title={exportBlocked ?? 'Download dags/, requirements.txt and manifest.json as a .zip'}
        aria-describedby={exportBlocked ? EXPORT_BLOCKED_ID : undefined}
      >
        Export .zip
      </button>
      <ExportOptionsMenu />
      <ExamplesDialog open={examplesOpen} onClose={() => setExamplesOpen(false)} />
      <MyDesignsDialog open={myDesignsOpen} onClose={() => setMyDesignsOpen(false)} />
    </header>
  );
}
