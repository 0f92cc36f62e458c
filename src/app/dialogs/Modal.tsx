/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the rest
 * of the page inert (focus cannot leave it: the focus trap), Escape closes it,
 * and the element has role=dialog, named by its title.
 */
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import styles from './dialogs.module.css';

export interface ModalProps {
  open: boolean;
  title: string;
  /** Escape, the × button or a cancel action. */
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs (lists); default is a compact question. */
  wide?: boolean;
  /** A size of its own (the Examples gallery), from dialogs.module.css. */
  className?: string;
}

export function Modal({ open, title, onClose, children, wide = false, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`${styles.modal} ${wide ? styles.wide : ''} ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <div className={styles.header}>
        <h2 id={titleId}>{title}</h2>
        <button onClick={onClose} aria-label={`Close ${title}`}>
          ×
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
