/**
 * The browser's `export --bundle-constraints`, in a small menu on the Export
 * button (the top bar has no room for another label at 1280 px): for MWAA
 * environments without internet access, the zip also carries the target's
 * constraints file in dags/ and requirements.txt points at it. Off by
 * default, as in the CLI; when on, the menu button is marked.
 */
import { useEffect, useRef } from 'react';
import { useEditor } from '../store/index.ts';
import styles from './app.module.css';

export function ExportOptionsMenu() {
  const on = useEditor((s) => s.bundleConstraints);
  const target = useEditor((s) => s.design.target.airflow);
  const menu = useRef<HTMLDetailsElement>(null);
  // A menu closes on a click elsewhere or Escape, as menus do.
  useEffect(() => {
    const close = (e: Event) => {
      const el = menu.current;
      if (!el?.open) return;
      if (
        e instanceof KeyboardEvent
          ? e.key === 'Escape'
          : !(e.target instanceof Node && el.contains(e.target))
      ) {
        el.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details ref={menu} className={styles.exportMenu}>
      <summary
        className={on ? styles.exportMenuOn : undefined}
        aria-label={on ? 'Export options (constraints bundled)' : 'Export options'}
        title="Export options"
      >
        ▾
      </summary>
      <div className={styles.exportMenuPanel}>
        <label>
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => useEditor.getState().setBundleConstraints(e.currentTarget.checked)}
          />
          <span>
            Bundle constraints
            <small>
              {`For an environment without internet access: the zip carries constraints-${target}.txt in dags/ and requirements.txt points at /usr/local/airflow/dags/.`}
            </small>
          </span>
        </label>
      </div>
    </details>
  );
}
