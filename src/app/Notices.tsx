/**
 * Notices: a toast for the latest notice plus a polite aria-live region
 * (assertive for errors) so screen readers hear every one. How long a notice
 * stays: see notice-expiry.ts.
 */
import { useEffect } from 'react';
import { useEditor } from '../store/index.ts';
import { expireNotice } from './notice-expiry.ts';
import styles from './app.module.css';

export function Notices() {
  const notice = useEditor((s) => s.notice);
  const clear = useEditor((s) => s.clearNotice);
  useEffect(() => (notice ? expireNotice(notice) : undefined), [notice]);
  return (
    <>
      <div className="visually-hidden" aria-live="polite" role="status" data-testid="notice-live">
        {notice && notice.kind !== 'error' ? notice.text : ''}
      </div>
      <div
        className="visually-hidden"
        aria-live="assertive"
        role="alert"
        data-testid="notice-alert"
      >
        {notice?.kind === 'error' ? notice.text : ''}
      </div>
      {notice && (
        <div
          key={notice.id}
          className={`${styles.toast} ${styles[`toast_${notice.kind}`]}`}
          aria-hidden="true"
        >
          <span>{notice.text}</span>
          <button className={styles.toastClose} onClick={clear} tabIndex={-1} title="Dismiss (Esc)">
            ×
          </button>
        </div>
      )}
    </>
  );
}
