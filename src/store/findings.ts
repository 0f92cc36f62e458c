/**
 * Findings derived from the design: computed once per design object (a
 * WeakMap keyed by identity), shared by every component that asks.
 */
import { useMemo } from 'react';
import type { Design } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { useEditor } from './editor-store.ts';
import { useCheckedDesign } from './checked-design.ts';
import { draftFindings, useUnparsedDrafts } from './unparsed-drafts.ts';
import { useValidator, type Validate } from './validator.ts';

const cache = new WeakMap<Design, Finding[]>();

/** Until the validator has arrived: no findings yet (never cached). */
const PENDING: Finding[] = [];

/**
 * validateDesign(design), memoized on design identity; an empty, uncached
 * list while the validator is still loading (see validator.ts). Whoever
 * must not act on that (the export) awaits loadValidator() first.
 */
export function findingsFor(design: Design): Finding[] {
  return findingsWith(useValidator.getState().validate, design);
}

function findingsWith(validate: Validate | null, design: Design): Finding[] {
  if (!validate) return PENDING;
  let found = cache.get(design);
  if (!found) {
    found = validate(design);
    cache.set(design, found);
  }
  return found;
}

/**
 * Live findings of the current design (recomputed only when the design object
 * changes). They are of the checked design (useCheckedDesign): deferred, so
 * React first paints the keystroke with the previous (cached) findings, and
 * for a large design taken once edits pause, so typing in a 2000-task design
 * is not held up by validateDesign. Their
 * `tasks[i]` paths are re-pointed at the current design, so a finding never
 * lands on the wrong task while the two differ (e.g. just after a delete).
 * Text that does not parse yet (unparsed drafts) is reported as errors too.
 */
export function useFindings(): Finding[] {
  const current = useEditor((s) => s.design);
  const deferred = useCheckedDesign();
  const drafts = useUnparsedDrafts((s) => s.drafts);
  const validate = useValidator((s) => s.validate);
  return useMemo(() => {
    const found = reindexFindings(findingsWith(validate, deferred), deferred, current);
    return drafts.size === 0 ? found : [...found, ...draftFindings(current, drafts)];
  }, [validate, deferred, current, drafts]);
}

const TASK_INDEX = /^tasks\[(\d+)\]/;

/**
 * Findings of design `from`, with each `tasks[i]` path moved to that task's
 * index in design `to` (by task_id); findings of tasks `to` no longer has are
 * dropped. Returns `findings` itself when both designs list the same task ids.
 */
export function reindexFindings(findings: Finding[], from: Design, to: Design): Finding[] {
  const same =
    from.tasks === to.tasks ||
    (from.tasks.length === to.tasks.length &&
      from.tasks.every((t, i) => t.task_id === to.tasks[i]!.task_id));
  if (same) return findings;
  const indexOf = new Map(to.tasks.map((t, i) => [t.task_id, i]));
  const out: Finding[] = [];
  for (const f of findings) {
    const m = TASK_INDEX.exec(f.path);
    if (!m) {
      out.push(f);
      continue;
    }
    const target = indexOf.get(from.tasks[Number(m[1])]?.task_id ?? '');
    if (target !== undefined)
      out.push({ ...f, path: `tasks[${target}]${f.path.slice(m[0].length)}` });
  }
  return out;
}

export interface TaskMarks {
  errors: number;
  warnings: number;
  /** First message, for the node's tooltip. */
  first: string;
}

const marksCache = new WeakMap<Design, Map<string, TaskMarks>>();

/** Findings per task id (paths `tasks[i]...`), for markers on canvas nodes. */
export function marksByTask(design: Design): Map<string, TaskMarks> {
  return marksWith(useValidator.getState().validate, design);
}

/** marksByTask for a component: it re-renders when the validator arrives. */
export function useMarksByTask(design: Design): Map<string, TaskMarks> {
  return marksWith(
    useValidator((s) => s.validate),
    design,
  );
}

const NO_MARKS = new Map<string, TaskMarks>();

function marksWith(validate: Validate | null, design: Design): Map<string, TaskMarks> {
  if (!validate) return NO_MARKS;
  let marks = marksCache.get(design);
  if (marks) return marks;
  marks = new Map();
  for (const f of findingsWith(validate, design)) {
    const m = TASK_INDEX.exec(f.path);
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
