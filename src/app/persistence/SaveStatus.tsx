/** The autosave state beside the product name: "Saved in this browser", "Saving…", "Not saved". */
import { useSaveStatus } from './session.ts';
import styles from '../dialogs/dialogs.module.css';

export function SaveStatus() {
  const status = useSaveStatus();
  if (status.state === 'idle') return null;
  const text =
    status.state === 'pending'
      ? 'Saving…'
      : status.state === 'saved'
        ? 'Saved in this browser'
        : 'Not saved in this browser';
  return (
    <span
      className={`${styles.saveStatus} ${status.state === 'failed' ? styles.saveFailed : ''}`}
      title={status.state === 'failed' ? status.message : 'Every change is kept in this browser'}
      data-testid="save-status"
    >
      {text}
    </span>
  );
}
