/**
 * The operator palette: searchable, grouped by catalog category. Drag an item
 * onto the canvas, or press Enter (or click) to add it to the right of the
 * selected task, else at the centre of the view.
 */
import { useId, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { OPERATORS } from '../../catalog/index.ts';
import type { OperatorSpec } from '../../catalog/types.ts';
import { editorStore } from '../../store/index.ts';
import { spotRightOf } from '../../layout/placement.ts';
import { TASK_HEIGHT, TASK_WIDTH } from '../../layout/node-size.ts';
import { CATEGORY_COLORS } from '../category-colors.ts';
import { OPERATOR_MIME } from '../use-drop-operator.ts';
import { paletteGroups } from './palette-groups.ts';
import styles from './palette.module.css';

const paletteGroupsFor = (query: string) => paletteGroups(OPERATORS, query);

export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroupsFor(query), [query]);
  const { screenToFlowPosition } = useReactFlow();
  const searchId = useId();

  const insert = (op: OperatorSpec) => {
    const s = editorStore.getState();
    const anchorId = s.selectedTaskIds.at(-1);
    const anchor = s.design.tasks.find((t) => t.task_id === anchorId);
    // Right of the selected task (in its group), else the centre of the view.
    let spot = anchor ? spotRightOf(s.design, anchor.task_id) : null;
    if (!spot) {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const centre = pane
        ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      spot = { x: centre.x - TASK_WIDTH / 2, y: centre.y - TASK_HEIGHT / 2 };
    }
    const id = s.addTaskFromOperator(op.key, spot, anchor?.group ?? null);
    if (id) s.showNotice('success', `Added ${id} (${op.label})`);
  };

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
        {groups.length === 0 && <p className={styles.none}>No operator matches “{query}”.</p>}
        {groups.map((g) => (
          <section key={g.category} aria-label={g.category}>
            <h3 className={styles.category}>
              <span className={styles.dot} style={{ background: CATEGORY_COLORS[g.category] }} />
              {g.category}
            </h3>
            <ul className={styles.items}>
              {g.operators.map((op) => (
                <li key={op.key}>
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
                    onClick={() => insert(op)}
                  >
                    <span className={styles.itemLabel}>{op.label}</span>
                    <span className={styles.itemKey}>{op.key}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
