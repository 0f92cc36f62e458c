/**
 * Findings derived from the design: computed once per design object (a
 * WeakMap keyed by identity), shared by every component that asks.
 */
import { useDeferredValue } from 'react';
import type { Design } from '../model/design.ts';
import type { Finding } from '../model/findings.ts';
import { validateDesign } from '../model/index.ts';
import { useEditor } from './editor-store.ts';

const cache = new WeakMap<Design, Finding[]>();

/** validateDesign(design), memoized on design identity. */
export function findingsFor(design: Design): Finding[] {
  let found = cache.get(design);
  if (!found) {
    found = validateDesign(design);
    cache.set(design, found);
  }
  return found;
}

/**
 * Live findings of the current design (recomputed only when the design object
 * changes). They follow a DEFERRED design: React first paints the keystroke
 * with the previous (cached) findings, then validates in a background render,
 * so typing in a 2000-task design is not held up by validateDesign.
 */
export function useFindings(): Finding[] {
  const design = useDeferredValue(useEditor((s) => s.design));
  return findingsFor(design);
}

export interface TaskMarks {
  errors: number;
  warnings: number;
  /** First message, for the node's tooltip. */
  first: string;
}

const marksCache = new WeakMap<Design, Map<string, TaskMarks>>();
const TASK_PATH = /^tasks\[(\d+)\]/;

/** Findings per task id (paths `tasks[i]...`), for markers on canvas nodes. */
export function marksByTask(design: Design): Map<string, TaskMarks> {
  let marks = marksCache.get(design);
  if (marks) return marks;
  marks = new Map();
  for (const f of findingsFor(design)) {
    const m = TASK_PATH.exec(f.path);
    const task = m ? design.tasks[Number(m[1])] : undefined;
    if (!task) continue;
    const entry = marks.get(task.task_id) ?? { errors: 0, warnings: 0, first: f.message };
    if (f.severity === 'error') entry.errors++;
    else entry.warnings++;
    marks.set(task.task_id, entry);
  }
  marksCache.set(design, marks);
  return marks;
}
