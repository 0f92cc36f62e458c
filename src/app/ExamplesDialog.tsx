/** The Examples gallery: a modal listing public/examples/index.json; click one to open it. */
import { useEffect, useState } from 'react';
import type { ExampleEntry } from '../io/index.ts';
import { editorStore } from '../store/index.ts';
import { fetchExampleText, loadExamplesIndex } from './examples.ts';
import type { ExamplesLoad } from './examples.ts';
import { openDesignText } from './file-actions.ts';
import { Modal } from './dialogs/Modal.tsx';
import { settleWhileLive } from './dialogs/settle-while-live.ts';
import dialogStyles from './dialogs/dialogs.module.css';
import styles from './app.module.css';

/** One example in the gallery: its title over its description, one button to open it. */
function ExampleCard({ example, onPick }: { example: ExampleEntry; onPick: () => void }) {
  return (
    <button className={styles.example} onClick={onPick}>
      <span className={styles.exampleTitle}>{example.title}</span>
      <span className={styles.exampleDesc}>{example.description}</span>
    </button>
  );
}

export function ExamplesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [load, setLoad] = useState<ExamplesLoad | null>(null);

  useEffect(() => {
    if (!open || load?.ok) return;
    return settleWhileLive(loadExamplesIndex(), setLoad);
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
    <Modal open={open} title="Examples" onClose={onClose} className={dialogStyles.gallery}>
      {load === null && <p>Loading examples…</p>}
      {load && !load.ok && <p role="alert">Could not load the examples: {load.message}</p>}
      {load?.ok && load.examples.length === 0 && <p>No examples yet.</p>}
      {load?.ok && (
        <ul className={styles.exampleList}>
          {load.examples.map((e) => (
            <li key={e.file}>
              <ExampleCard example={e} onPick={() => void pick(e)} />
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
