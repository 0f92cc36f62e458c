/**
 * "My designs": every design kept in this browser, newest edit first, with
 * open, rename and delete. A damaged record is listed by name with the
 * reason (it can only be deleted); the others open as usual.
 */
import { useEffect, useRef, useState } from 'react';
import { editorStore } from '../../store/index.ts';
import { askConfirm } from '../dialogs/confirm.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { settleWhileLive } from '../dialogs/settle-while-live.ts';
import { confirmDiscard } from '../file-actions.ts';
import {
  deleteLocalDesign,
  listLocalDesigns,
  renameLocalDesign,
  type LocalEntry,
} from './local-designs.ts';
import { loadLocalEntry, localAutosave, localKv } from './session.ts';
import styles from '../dialogs/dialogs.module.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Listing = { ok: true; entries: LocalEntry[] } | { ok: false; message: string } | null;

async function readListing(): Promise<Listing> {
  try {
    // The open design's latest edits first, so its row is current.
    await localAutosave().flush();
    return { ok: true, entries: await listLocalDesigns(localKv()) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

interface RowActionProps {
  verb: string;
  /** The design's name: every row has the same buttons, so each is named for its row. */
  name: string;
  disabled?: boolean;
  onClick: () => void;
}

/** One of a row's buttons: shows the verb, is named "<verb> <design name>". */
function RowAction({ verb, name, disabled, onClick }: RowActionProps) {
  return (
    <button onClick={onClick} disabled={disabled} aria-label={`${verb} ${name}`}>
      {verb}
    </button>
  );
}

export function MyDesignsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [listing, setListing] = useState<Listing>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  /** Set by Escape, so the blur that follows does not commit the draft. */
  const renameCancelled = useRef(false);

  /** Bumped after a change to re-read the list. */
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (!open) return;
    return settleWhileLive(readListing(), setListing);
  }, [open, version]);

  const currentId = localAutosave().currentId();
  const close = () => {
    setRenaming(null);
    setListing(null);
    onClose();
  };

  const openEntry = async (entry: Extract<LocalEntry, { ok: true }>) => {
    if (!(await confirmDiscard(`Open ${entry.name}`))) return;
    loadLocalEntry(entry);
    editorStore
      .getState()
      .showNotice('success', `Opened ${entry.name} (${entry.design.tasks.length} tasks)`);
    close();
  };

  const remove = async (entry: LocalEntry) => {
    const yes = await askConfirm({
      title: 'Delete design',
      message: `Delete ${entry.name} from this browser? This cannot be undone.`,
      confirmLabel: 'Delete',
    });
    if (!yes) return;
    await deleteLocalDesign(localKv(), entry.id);
    editorStore.getState().showNotice('info', `Deleted ${entry.name} from this browser`);
    refresh();
  };

  const rename = async (entry: LocalEntry, name: string) => {
    setRenaming(null);
    if (renameCancelled.current) {
      renameCancelled.current = false;
      return;
    }
    if (!(await renameLocalDesign(localKv(), entry.id, name))) return;
    if (entry.id === localAutosave().currentId())
      localAutosave().setCurrentLabel(name.trim() === '' ? null : name.trim());
    refresh();
  };

  return (
    <Modal open={open} title="My designs" onClose={close} wide>
      <p className={styles.rowMeta}>
        Every change is kept in this browser as you work. Save writes a file to share or commit.
      </p>
      {listing === null && <p>Loading…</p>}
      {listing && !listing.ok && (
        <p role="alert">Could not read the designs stored in this browser: {listing.message}</p>
      )}
      {listing?.ok && listing.entries.length === 0 && <p>No designs stored yet.</p>}
      {listing?.ok && listing.entries.length > 0 && (
        <ul className={styles.list} aria-label="Designs in this browser">
          {listing.entries.map((entry) => (
            <li
              key={entry.id}
              aria-label={entry.name}
              className={`${styles.row} ${entry.id === currentId ? styles.rowCurrent : ''} ${entry.ok ? '' : styles.rowBroken}`}
            >
              <div className={styles.rowText}>
                {renaming === entry.id ? (
                  <input
                    className={styles.renameInput}
                    aria-label={`New name for ${entry.name}`}
                    defaultValue={entry.name}
                    autoFocus
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void rename(entry, e.currentTarget.value);
                      if (e.key === 'Escape') {
                        // Cancel the rename, not the whole dialog.
                        e.preventDefault();
                        renameCancelled.current = true;
                        setRenaming(null);
                      }
                    }}
                    onBlur={(e) => void rename(entry, e.currentTarget.value)}
                  />
                ) : (
                  <span className={styles.rowName}>{entry.name}</span>
                )}
                {entry.ok ? (
                  <span className={styles.rowMeta}>
                    {entry.id === currentId ? 'Open now · ' : ''}
                    {`dag_id ${entry.design.dag.dag_id} · ${entry.design.tasks.length} tasks · edited ${when.format(entry.updatedAt)}`}
                    {entry.fileSaved ? '' : ' · not saved to a file'}
                  </span>
                ) : (
                  <span className={styles.rowError}>Could not be read: {entry.message}</span>
                )}
              </div>
              <div className={styles.rowActions}>
                {entry.ok && (
                  <>
                    <RowAction
                      verb="Open"
                      name={entry.name}
                      disabled={entry.id === currentId}
                      onClick={() => void openEntry(entry)}
                    />
                    <RowAction
                      verb="Rename"
                      name={entry.name}
                      onClick={() => {
                        renameCancelled.current = false;
                        setRenaming(entry.id);
                      }}
                    />
                  </>
                )}
                <RowAction
                  verb="Delete"
                  name={entry.name}
                  disabled={entry.id === currentId}
                  onClick={() => void remove(entry)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
