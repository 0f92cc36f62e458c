/**
 * The two share dialogs: "Share link" (the link just made, or why the design
 * is too big for one, with Save file instead) and "Shared design" (what a
 * link carries, dag_id and task count, before it is opened).
 */
import { Modal } from '../dialogs/Modal.tsx';
import { saveDesign } from '../file-actions.ts';
import { openIncoming } from './share-actions.ts';
import { useShareState } from './share-state.ts';
import styles from '../dialogs/dialogs.module.css';

const kb = (n: number): string => `${Math.ceil(n / 1024)} KB`;

export function ShareLinkDialog() {
  const outgoing = useShareState((s) => s.outgoing);
  const close = () => useShareState.setState({ outgoing: null });
  return (
    <Modal open={outgoing !== null} title="Share link" onClose={close}>
      {outgoing?.kind === 'link' && (
        <>
          <p>
            Anyone with this link sees <strong>{outgoing.dagId}</strong> ({outgoing.tasks} tasks).
            The design travels inside the link: nothing is uploaded.
          </p>
          <input
            className={styles.linkField}
            readOnly
            aria-label="Link to this design"
            value={outgoing.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p aria-live="polite">
            {outgoing.copied
              ? `Copied to the clipboard (${kb(outgoing.url.length)}).`
              : 'Select the link above and copy it.'}
          </p>
          <div className={styles.actions}>
            <button className="primary" onClick={close}>
              Done
            </button>
          </div>
        </>
      )}
      {outgoing?.kind === 'too-large' && (
        <>
          <p role="alert">
            This design is too big for a link: it needs {kb(outgoing.size)}, and links are kept
            under {kb(outgoing.max)} so chat, mail and issue trackers pass them whole. Share the
            file instead.
          </p>
          <div className={styles.actions}>
            <button onClick={close}>Cancel</button>
            <button
              className="primary"
              onClick={() => {
                close();
                saveDesign();
              }}
            >
              Save file
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

export function SharedDesignDialog() {
  const incoming = useShareState((s) => s.incoming);
  const close = () => useShareState.setState({ incoming: null });
  return (
    <Modal open={incoming !== null} title="Shared design" onClose={close}>
      {incoming && (
        <>
          <p>This link carries a design. Open it as a new design in this browser?</p>
          <dl className={styles.facts}>
            <dt>dag_id</dt>
            <dd>{incoming.dag.dag_id}</dd>
            <dt>Tasks</dt>
            <dd>{incoming.tasks.length}</dd>
            <dt>Target</dt>
            <dd>Airflow {incoming.target.airflow}</dd>
          </dl>
          <p className={styles.rowMeta}>The design you have open stays in My designs.</p>
          <div className={styles.actions}>
            <button onClick={close}>Cancel</button>
            <button className="primary" onClick={() => void openIncoming()}>
              Open as new design
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
