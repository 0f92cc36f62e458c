/** The Examples gallery: a modal listing public/examples/index.json; click one to open it. */
import { useEffect, useRef, useState } from 'react';
import type { ExampleEntry } from '../io/index.ts';
import { editorStore } from '../store/index.ts';
import { fetchExampleText, loadExamplesIndex } from './examples.ts';
import type { ExamplesLoad } from './examples.ts';
import { openDesignText } from './file-actions.ts';
import styles from './app.module.css';

export function ExamplesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [load, setLoad] = useState<ExamplesLoad | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open || load?.ok) return;
    let live = true;
    void loadExamplesIndex().then((r) => {
      if (live) setLoad(r);
    });
    return () => {
      live = false;
    };
  }, [open, load]);

  const pick = async (entry: ExampleEntry) => {
    try {
      const text = await fetchExampleText(entry);
      if (await openDesignText(text, entry.file)) onClose();
    } catch (err) {
      editorStore
        .getState()
        .showNotice(
          'error',
          `Could not load ${entry.file}: ${err instanceof Error ? err.message : String(err)}`,
        );
    }
  };

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="examples-title" onClose={onClose}>
      <div className={styles.dialogHeader}>
        <h2 id="examples-title">Examples</h2>
        <button onClick={onClose} aria-label="Close examples">
          ×
        </button>
      </div>
      {load === null && <p>Loading examples…</p>}
      {load && !load.ok && <p role="alert">Could not load the examples: {load.message}</p>}
      {load?.ok && load.examples.length === 0 && <p>No examples yet.</p>}
      {load?.ok && (
        <ul className={styles.exampleList}>
          {load.examples.map((e) => (
            <li key={e.file}>
              <button className={styles.example} onClick={() => void pick(e)}>
                <span className={styles.exampleTitle}>{e.title}</span>
                <span className={styles.exampleDesc}>{e.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
