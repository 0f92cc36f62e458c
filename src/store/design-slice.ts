/**
 * The design slice: the one piece of state in the undo history. Every edit is
 * a `DesignChange` (src/model/changes.ts) applied by `applyChange`; the
 * wrappers below only add the UI's conveniences (ids, positions, notices,
 * keeping the selection in step).
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Design, Task } from '../design/design.ts';
import { pythonNameFor, TASK_KEY_SEPARATOR } from '../design/ids.ts';
import { applyChange, nextTaskId } from '../model/changes.ts';
import type { ChangeResult, DesignChange, Position } from '../model/changes.ts';
import { getOperator } from '../catalog/index.ts';
import { freeSpot } from '../layout/placement.ts';
import type { EditorState, EditorMutators } from './editor-types.ts';

export type ConnectResult = { ok: true } | { ok: false; reason: string; path?: string[] };
export type RenameResult = { ok: true } | { ok: false; reason: string };

export interface ApplyOptions {
  /** Don't show a refused change as an error notice (the caller shows it inline). */
  quiet?: boolean;
}

export interface RenameOptions extends ApplyOptions {
  /** Which of several tasks sharing the id (1 = the first): only that one is renamed. */
  occurrence?: number;
}

export interface DesignSlice {
  /** The design being edited (immutable: a changed task is a new object, others keep identity). */
  design: Design;
  /** Counts `loadDesign` calls (the canvas fits the view when it changes). Not in history. */
  loadCount: number;

  /**
   * Applies one change (ONE undo step). Returns the result; a refused change
   * leaves the design untouched and, unless `quiet`, shows `error` as a notice.
   */
  apply: (change: DesignChange, options?: ApplyOptions) => ChangeResult;
  /**
   * Adds a task of catalog operator `key` (id `bash_1`, `glue_job_1`, ... unique
   * in the design) at `position` (flow coordinates; moved down if it would
   * overlap a task), selects it and returns its id. Python-callable operators
   * get a stub `def`. `group` puts it in that TaskGroup (e.g. dropped on its box).
   */
  addTaskFromOperator: (key: string, position: Position, group?: string | null) => string | null;
  /** Adds the edge from -> to; refuses self-loops, duplicates and cycles (reason names the path). */
  connect: (from: string, to: string, options?: ApplyOptions) => ConnectResult;
  /** Renames a task (edges and selection follow); refuses invalid or duplicate ids. */
  renameTask: (from: string, to: string, options?: RenameOptions) => RenameResult;
  /** Deletes the given tasks (default: the selection) and their edges. */
  removeTasks: (ids?: readonly string[]) => void;
  /** Duplicates the given tasks (default: the selection) as `x_copy`...; selects the copies. */
  duplicateTasks: (ids?: readonly string[]) => void;
  /**
   * Replaces the whole design (New, Open, Examples). One undo step; the
   * selection is cleared and the design is recorded as saved.
   */
  loadDesign: (design: Design) => void;
  /**
   * Starts a gesture (e.g. a drag): history is paused so the whole gesture
   * becomes ONE undo step when `endGesture` runs.
   */
  beginGesture: () => void;
  /** Ends the gesture started by `beginGesture`, recording one undo step if the design changed. */
  endGesture: () => void;
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

type EditorApi = StoreApi<EditorState> & { temporal: StoreApi<TemporalState<{ design: Design }>> };

/** A stub callable for PythonOperator & co, so a new task exports something runnable. */
export const pythonStub = (taskId: string): string =>
  `def ${pythonNameFor(taskId, 'task')}(**context):\n    print("running ${taskId}")\n`;

export const createDesignSlice =
  (initialDesign: Design): StateCreator<EditorState, EditorMutators, [], DesignSlice> =>
  (set, get, rawApi) => {
    const api = rawApi as unknown as EditorApi;
    let gestureBase: Design | null = null;

    const apply = (change: DesignChange, options: ApplyOptions = {}): ChangeResult => {
      const result = applyChange(get().design, change);
      if (result.error !== undefined) {
        if (!options.quiet) get().showNotice('error', capitalize(result.error));
      } else if (result.design !== get().design) {
        set({ design: result.design });
      }
      return result;
    };

    return {
      design: initialDesign,
      loadCount: 0,
      apply,
      addTaskFromOperator: (key, position, group = null) => {
        const design = get().design;
        const task_id = nextTaskId(design, key);
        const spec = getOperator(key);
        const spot = freeSpot(design, position);
        // The catalog's starting args (a sensor in mode 'reschedule'), so a new task has no warning.
        const args = { ...spec?.newTaskArgs[design.target.airflow] };
        const task: Task = { task_id, operator: key, args, group, ui: spot };
        if (spec?.usesPythonCallable) task.python = pythonStub(task_id);
        // The palette's "Custom operator": module and class are the form's first fields to fill.
        if (key === 'custom') task.custom = { module: '', class: '' };
        const result = apply({ type: 'addTask', task });
        if (result.error !== undefined) return null;
        get().select([task_id]);
        return task_id;
      },
      connect: (from, to, options) => {
        const result = apply({ type: 'connect', from, to }, options);
        if (result.error === undefined) return { ok: true };
        return result.cyclePath
          ? { ok: false, reason: result.error, path: result.cyclePath }
          : { ok: false, reason: result.error };
      },
      renameTask: (from, to, options = {}) => {
        const { occurrence = 1 } = options;
        const result = applyChange(get().design, { type: 'renameTask', from, to, occurrence });
        if (result.error !== undefined) {
          if (!options.quiet) get().showNotice('error', capitalize(result.error));
          return { ok: false, reason: result.error };
        }
        // Design and selection in ONE set, so the selection never points at the old id
        // (or, for a repeat of a shared id, at its old key).
        const key = occurrence === 1 ? from : `${from}${TASK_KEY_SEPARATOR}${occurrence}`;
        const selected = get().selectedTaskIds;
        set({
          design: result.design,
          selectedTaskIds: selected.includes(key)
            ? selected.map((id) => (id === key ? to : id))
            : selected,
        });
        return { ok: true };
      },
      removeTasks: (ids) => {
        const targets = ids ?? get().selectedTaskIds;
        if (targets.length === 0) return;
        apply({ type: 'removeTasks', ids: targets });
        const gone = new Set(targets);
        set({ selectedTaskIds: get().selectedTaskIds.filter((id) => !gone.has(id)) });
      },
      duplicateTasks: (ids) => {
        const targets = ids ?? get().selectedTaskIds;
        if (targets.length === 0) return;
        const result = apply({ type: 'duplicateTasks', ids: targets });
        if (result.created) set({ selectedTaskIds: result.created, selectedGroupId: null });
      },
      loadDesign: (design) => {
        set({
          design,
          savedDesign: design,
          loadCount: get().loadCount + 1,
          selectedTaskIds: [],
          selectedGroupId: null,
          focus: null,
        });
      },
      beginGesture: () => {
        if (gestureBase !== null) return;
        gestureBase = get().design;
        api.temporal.getState().pause();
      },
      endGesture: () => {
        if (gestureBase === null) return;
        const base = gestureBase;
        gestureBase = null;
        api.temporal.getState().resume();
        if (get().design === base) return;
        // Record the whole gesture as ONE step from `base`, straight into the
        // history: the store never passes through `base` again, so subscribers
        // (selection pruning, the canvas) see no transient revert.
        api.temporal.setState((history) => ({
          pastStates: [...history.pastStates, { design: base }].slice(-HISTORY_LIMIT),
          futureStates: [],
        }));
      },
    };
  };

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
