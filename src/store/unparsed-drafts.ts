/**
 * Text typed into a field that does not parse yet (`{"WorkerType": "G.1X"`
 * with no closing brace). It is never written into the design (the file only
 * holds values), but it must not be lost either: it lives here, outside the
 * undo history, so the field shows it again when reopened and the findings
 * (Problems panel, export gate) report it as an error until it is fixed.
 * A draft on a task is keyed by task_id, not by index, so deleting another
 * task does not move it; loading another design drops every draft.
 */
import { create } from 'zustand';
import type { Design } from '../design/design.ts';
import { errorFinding, type Finding } from '../model/findings.ts';
import { editorStore } from './editor-store.ts';

export interface UnparsedDraft {
  text: string;
  error: string;
  /** The task the field belongs to (null for DAG-level fields) and the path after `tasks[i]`. */
  taskId: string | null;
  rest: string;
}

interface DraftsState {
  drafts: ReadonlyMap<string, UnparsedDraft>;
  keep: (key: string, draft: UnparsedDraft) => void;
  drop: (key: string) => void;
}

export const useUnparsedDrafts = create<DraftsState>()((set) => ({
  drafts: new Map(),
  keep: (key, draft) =>
    set((s) => {
      const old = s.drafts.get(key);
      if (old && old.text === draft.text && old.error === draft.error) return s;
      return { drafts: new Map(s.drafts).set(key, draft) };
    }),
  drop: (key) =>
    set((s) => {
      if (!s.drafts.has(key)) return s;
      const next = new Map(s.drafts);
      next.delete(key);
      return { drafts: next };
    }),
}));

editorStore.subscribe((s, prev) => {
  if (s.loadCount !== prev.loadCount && useUnparsedDrafts.getState().drafts.size > 0) {
    useUnparsedDrafts.setState({ drafts: new Map() });
  }
});

const TASK_PATH = /^tasks\[(\d+)\](.*)$/;

/** The draft key of a field path in `design` (`tasks[2].args.x` -> the task's id + `.args.x`). */
export function draftKeyOf(
  design: Design,
  path: string,
): Omit<UnparsedDraft, 'text' | 'error'> & { key: string } {
  const m = TASK_PATH.exec(path);
  const task = m ? design.tasks[Number(m[1])] : undefined;
  if (!m || !task) return { key: `path:${path}`, taskId: null, rest: path };
  return { key: `task:${task.task_id}${m[2]}`, taskId: task.task_id, rest: m[2]! };
}

const marked = new WeakSet<Finding>();

/** True for the findings `draftFindings` made (a field shows its own draft error already). */
export const isDraftFinding = (f: Finding): boolean => marked.has(f);

/** One error per unparsed draft, at the field's current path in `design`. */
export function draftFindings(
  design: Design,
  drafts: ReadonlyMap<string, UnparsedDraft> = useUnparsedDrafts.getState().drafts,
): Finding[] {
  const out: Finding[] = [];
  for (const d of drafts.values()) {
    let path = d.rest;
    if (d.taskId !== null) {
      const i = design.tasks.findIndex((t) => t.task_id === d.taskId);
      if (i < 0) continue;
      path = `tasks[${i}]${d.rest}`;
    }
    const f = errorFinding(
      'invalid-argument',
      path,
      `${d.error}. The text you typed is kept but not saved; fix it to export.`,
    );
    marked.add(f);
    out.push(f);
  }
  return out;
}
