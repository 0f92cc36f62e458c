/**
 * The keyboard shortcut help: `?` (outside a text field) opens it, in the
 * app's modal dialog; Escape or × closes it.
 */
import { useEffect, useState } from 'react';
import { isEditableTarget } from '../../canvas/editable-target.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { SHORTCUTS } from './shortcut-list.ts';
import styles from './help.module.css';

export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isEditableTarget(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Modal open={open} title="Keyboard shortcuts" onClose={() => setOpen(false)} wide>
      {SHORTCUTS.map(({ section, items }) => (
        <section key={section} aria-label={section}>
          <h3 className={styles.section}>{section}</h3>
          <dl className={styles.list}>
            {items.map(({ keys, action }) => (
              <div key={action} className={styles.row}>
                <dt>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
