/** Shows the question asked with `askConfirm` (a modal: focus trapped, Escape = Cancel). */
import { Modal } from './Modal.tsx';
import { useConfirmState } from './confirm.ts';
import styles from './dialogs.module.css';

export function ConfirmHost() {
  const pending = useConfirmState((s) => s.pending);
  return (
    <Modal
      open={pending !== null}
      title={pending?.title ?? ''}
      onClose={() => pending?.answer(false)}
    >
      {pending && (
        <>
          <p>{pending.message}</p>
          <div className={styles.actions}>
            <button onClick={() => pending.answer(false)}>Cancel</button>
            {/* showModal focuses the first control (× = Cancel), so Enter never goes on by accident. */}
            <button className="primary" onClick={() => pending.answer(true)}>
              {pending.confirmLabel}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
