/**
 * What of the design the canvas draws. Typing in an argument makes a new
 * design object on every keystroke, but a task's arguments, Python body,
 * inlets and estimates are not drawn: the canvas keeps the design it has, so
 * a keystroke at 2,000 tasks does not rebuild 2,000 nodes and 2,587 edges.
 * Every other task field counts as drawn (a field added later is drawn until
 * listed here), compared by identity: a false "changed" only costs a render.
 */
import { useState } from 'react';
import type { Design, Task } from '../design/design.ts';
import { useEditor, type EditorState } from '../store/index.ts';

const NOT_DRAWN: ReadonlySet<string> = new Set<keyof Task>([
  'args',
  'python',
  'inlets',
  'estimated_duration',
  'estimated_map_count',
]);

export function drawsSameTask(a: Task, b: Task): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Task>;
  for (const key of keys) if (!NOT_DRAWN.has(key) && a[key] !== b[key]) return false;
  return true;
}

/** True when the canvas would draw `a` and `b` alike. */
export function drawsSame(a: Design, b: Design): boolean {
  return (
    a === b ||
    (a.edges === b.edges &&
      a.groups === b.groups &&
      a.tasks.length === b.tasks.length &&
      a.tasks.every((task, i) => drawsSameTask(task, b.tasks[i]!)))
  );
}

/**
 * A store selector: the store's design, except that a new design drawn like
 * the one before keeps the one before (one selector per canvas: it remembers).
 */
export function drawnDesignSelector(): (s: EditorState) => Design {
  let last: Design | null = null;
  return (s) => {
    if (last === null || !drawsSame(last, s.design)) last = s.design;
    return last;
  };
}

/**
 * The design the canvas draws: it re-renders only when what it draws changed.
 * (Its event handlers read the store's current design, never this one.)
 */
export function useDrawnDesign(): Design {
  const [select] = useState(drawnDesignSelector);
  return useEditor(select);
}
