/**
 * What is selected and which finding the user jumped to. NOT in the undo
 * history (undo restores the design, not where you clicked).
 */
import { taskKeys } from '../design/ids.ts';
import type { StateCreator } from 'zustand';
import type { Finding } from '../model/findings.ts';
import { parsePath } from '../model/paths.ts';
import type { EditorState, EditorMutators } from './editor-types.ts';

export interface FindingFocus {
  /** The task the finding's path points into (`tasks[3]...`), if any. */
  taskId?: string;
  /** The finding's full path, e.g. `tasks[3].args.bash_command` or `dag.schedule`. */
  path: string;
}

export interface SelectionSlice {
  /** Selected tasks, in selection order. May briefly name deleted tasks: filter against the design. */
  selectedTaskIds: string[];
  /** The selected group (clicked group box), or null. */
  selectedGroupId: string | null;
  /** Set by `focusFinding`; the inspector scrolls to and focuses the field at `path`. */
  focus: FindingFocus | null;

  /**
   * Selects tasks. `additive` adds to (or, for ids already selected, removes
   * from) the current selection, like shift/cmd-click. Opens the Task tab when
   * exactly one task ends up selected.
   */
  select: (ids: readonly string[], additive?: boolean) => void;
  /** Selects a group (clears the task selection). */
  selectGroup: (groupId: string | null) => void;
  /** Clears task and group selection and the finding focus. */
  clearSelection: () => void;
  /**
   * Jumps to a finding: selects its task (for `tasks[i]...` paths) and opens
   * the Task tab, or the DAG tab for `dag...`/`target` paths, and records
   * `focus` so the panel can focus the exact field.
   */
  focusFinding: (finding: Pick<Finding, 'path'>) => void;
  /**
   * Selects one task and records `focus` on it (path `tasks[i]`) so the canvas
   * centres it, without changing the open tab (the Forecast panel's lists).
   */
  revealTask: (taskId: string) => void;
  /** Clears `focus` once the panel has focused the field. */
  clearFocus: () => void;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const createSelectionSlice: StateCreator<EditorState, EditorMutators, [], SelectionSlice> = (
  set,
  get,
) => ({
  selectedTaskIds: [],
  selectedGroupId: null,
  focus: null,
  select: (ids, additive = false) => {
    const current = get().selectedTaskIds;
    let next: string[];
    if (additive) {
      next = current.filter((id) => !ids.includes(id));
      for (const id of ids) if (!current.includes(id)) next.push(id);
    } else {
      next = [...ids];
    }
    if (sameIds(next, current) && get().selectedGroupId === null) return;
    set({
      selectedTaskIds: next,
      selectedGroupId: null,
      ...(next.length === 1 && get().rightTab === 'dag' ? { rightTab: 'task' as const } : {}),
    });
  },
  selectGroup: (selectedGroupId) => set({ selectedGroupId, selectedTaskIds: [] }),
  clearSelection: () => {
    const s = get();
    if (s.selectedTaskIds.length === 0 && s.selectedGroupId === null && s.focus === null) return;
    set({ selectedTaskIds: [], selectedGroupId: null, focus: null });
  },
  focusFinding: (finding) => {
    const segments = parsePath(finding.path);
    const [head, index] = segments;
    if (head === 'tasks' && typeof index === 'number') {
      // The editor key, so a repeat of a shared task_id selects that very task.
      const key = taskKeys(get().design)[index];
      if (key !== undefined) {
        set({
          selectedTaskIds: [key],
          selectedGroupId: null,
          rightTab: 'task',
          focus: { taskId: key, path: finding.path },
        });
        return;
      }
    }
    if (head === 'edges' && typeof index === 'number') {
      const edge = get().design.edges[index];
      if (edge) {
        set({ selectedTaskIds: [edge.from], selectedGroupId: null, focus: { path: finding.path } });
        return;
      }
    }
    if (head === 'groups' && typeof index === 'number') {
      const group = get().design.groups[index];
      set({
        selectedGroupId: group?.group_id ?? null,
        selectedTaskIds: [],
        focus: { path: finding.path },
      });
      return;
    }
    set({ rightTab: 'dag', focus: { path: finding.path } });
  },
  revealTask: (taskId) => {
    const index = get().design.tasks.findIndex((t) => t.task_id === taskId);
    if (index < 0) return;
    set({
      selectedTaskIds: [taskId],
      selectedGroupId: null,
      focus: { taskId, path: `tasks[${index}]` },
    });
  },
  clearFocus: () => set({ focus: null }),
});
