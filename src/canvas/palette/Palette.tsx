/**
 * The operator palette: searchable, grouped by catalog category. Drag an item
 * onto the canvas, or press Enter (or click) to add it to the right of the
 * selected task, else at the centre of the view.
 */
import { useId, useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { OPERATORS } from '../../catalog/index.ts';
import { editorStore } from '../../store/index.ts';
import { spotRightOf } from '../../layout/placement.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../../layout/node-size.ts';
import { CATEGORY_COLORS, UNKNOWN_COLOR } from '../category-colors.ts';
import { taskFullyVisible } from '../reveal-task.ts';
import { OPERATOR_MIME } from '../use-drop-operator.ts';
import {
  CUSTOM_ENTRY,
  CUSTOM_SECTION,
  customEntryMatches,
  paletteGroups,
  type PaletteEntry,
} from './palette-groups.ts';
import styles from './palette.module.css';

const paletteGroupsFor = (query: string) => paletteGroups(OPERATORS, query);

export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroupsFor(query), [query]);
  const showCustom = customEntryMatches(query);
  const { screenToFlowPosition, getViewport, setCenter } = useReactFlow();
  const searchId = useId();

  const insert = (op: PaletteEntry) => {
    const s = editorStore.getState();
    const anchorId = s.selectedTaskIds.at(-1);
    const anchor = s.design.tasks.find((t) => t.task_id === anchorId);
    // Right of the selected task (in its group), else the centre of the view.
    let spot = anchor ? spotRightOf(s.design, anchor.task_id) : null;
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!spot) {
      const centre = pane
        ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      spot = { x: centre.x - TASK_WIDTH / 2, y: centre.y - TASK_HEIGHT / 2 };
    }
    const id = s.addTaskFromOperator(op.key, spot, anchor?.group ?? null);
    if (!id) return;
    s.showNotice('success', `Added ${id} (${op.label})`);
    setQuery(''); // the next operator is usually not the one just searched for
    // Right of the selection may be past the pane's edge: pan (keeping the zoom) so it is seen.
    const added = editorStore.getState().design.tasks.find((t) => t.task_id === id)?.ui ?? spot;
    const viewport = getViewport();
    if (pane && !taskFullyVisible(added, viewport, pane)) {
      void setCenter(added.x + TASK_WIDTH / 2, added.y + TASK_HEIGHT / 2, {
        zoom: viewport.zoom,
        duration: 200,
      });
    }
  };

  // A drop the canvas accepted ends the drag with a 'copy' effect: clear the search then too.
  const onDragEnd = (e: DragEvent) => {
    if (e.dataTransfer.dropEffect === 'copy') setQuery('');
  };

  const item = (op: PaletteEntry) => (
    <button
      type="button"
      className={styles.item}
      draggable
      aria-label={op.label}
      title={`${op.key}: ${op.description}\nDrag onto the canvas, or press Enter to add.`}
      onDragStart={(e) => {
        e.dataTransfer.setData(OPERATOR_MIME, op.key);
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onDragEnd={onDragEnd}
      onClick={() => insert(op)}
    >
      <span className={styles.itemLabel}>{op.label}</span>
      <span className={styles.itemKey}>{op.key}</span>
    </button>
  );

  return (
    <nav className={styles.palette} aria-label="Operators">
      <label htmlFor={searchId} className={styles.searchLabel}>
        Operators
      </label>
      <input
        id={searchId}
        className={styles.search}
        type="search"
        placeholder="Search operators"
        aria-label="Search operators"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <div className={styles.list}>
        {groups.length === 0 && !showCustom && (
          <p className={styles.none}>No operator matches “{query}”.</p>
        )}
        {groups.map((g) => (
          <section key={g.category} aria-label={g.category}>
            <h3 className={styles.category}>
              <span className={styles.dot} style={{ background: CATEGORY_COLORS[g.category] }} />
              {g.category}
            </h3>
            <ul className={styles.items}>
              {g.operators.map((op) => (
                <li key={op.key}>{item(op)}</li>
              ))}
            </ul>
          </section>
        ))}
        {showCustom && (
          <section aria-label={CUSTOM_SECTION}>
            <h3 className={styles.category}>
              <span className={styles.dot} style={{ background: UNKNOWN_COLOR }} />
              {CUSTOM_SECTION}
            </h3>
            <ul className={styles.items}>
              <li>{item(CUSTOM_ENTRY)}</li>
            </ul>
          </section>
        )}
      </div>
    </nav>
  );
}
