/**
 * Every edit of a design is a `DesignChange`: plain data, applied by ONE pure
 * function. The canvas, the panels and keyboard shortcuts all dispatch
 * changes through the store, so undo/redo, tests and (later) collaboration
 * see the same vocabulary. `applyChange` never mutates its input: unchanged
 * tasks, groups and edges keep their identity, so the canvas can cache node
 * objects per task object.
 */
import type {
  AirflowTarget,
  CustomOperator,
  DagSettings,
  Design,
  Edge,
  GroupUi,
  JsonValue,
  MapSource,
  Task,
  TaskGroup,
  TaskRole,
} from '../design/design.ts';
import { MAX_ID_LENGTH } from '../design/design.ts';
import { idBreak, parentsOf, walkGroupChain } from '../design/ids.ts';
import { connectProblem } from './connect-rule.ts';
import { dropFromSetups, renameInSetups, setupsOfCopy } from './setups-refs.ts';
import { formatPath } from './cycles.ts';
import { renameOutputOf } from './mapping-rename.ts';
import { keyOfEdge, sortEdges } from '../design/edges.ts';

export interface Position {
  x: number;
  y: number;
}

export type TaskFieldChange =
  | { field: 'python'; value: string | undefined }
  | { field: 'estimated_duration'; value: number | undefined }
  | { field: 'group'; value: string | null }
  | { field: 'operator'; value: string }
  | { field: 'custom'; value: CustomOperator | undefined }
  | { field: 'outlets' | 'inlets' | 'setups'; value: string[] | undefined }
  | { field: 'role'; value: TaskRole | undefined }
  | { field: 'expand'; value: Record<string, MapSource> | undefined }
  | { field: 'estimated_map_count'; value: number | undefined };

export type DesignChange =
  | { type: 'addTask'; task: Task }
  | { type: 'updateTaskArgs'; taskId: string; set: Record<string, JsonValue | undefined> }
  | ({ type: 'setTaskField'; taskId: string } & TaskFieldChange)
  /**
   * Renames task `from` (edges follow). When several tasks share `from`,
   * `occurrence` (1 = the first) picks the one to rename and the edges stay
   * with the others: renaming one duplicate touches only that task.
   */
  | { type: 'renameTask'; from: string; to: string; occurrence?: number }
  | { type: 'removeTasks'; ids: readonly string[] }
  | { type: 'duplicateTasks'; ids: readonly string[]; offset?: Position }
  | {
      type: 'moveNodes';
      positions: Readonly<Record<string, Position>>;
      /** Positions of (empty) groups, whose box is otherwise derived from their members. */
      groups?: Readonly<Record<string, Position>>;
    }
  /** Pinned tasks keep their place when the auto-layout runs (`ui.pinned`). */
  | { type: 'setPinned'; ids: readonly string[]; pinned: boolean }
  | { type: 'connect'; from: string; to: string }
  | { type: 'removeEdges'; edges: readonly Edge[] }
  | { type: 'updateDag'; patch: Partial<DagSettings> }
  | { type: 'setTarget'; target: AirflowTarget }
  | { type: 'addGroup'; group: TaskGroup }
  | { type: 'updateGroup'; groupId: string; patch: Partial<Omit<TaskGroup, 'group_id'>> }
  | { type: 'removeGroup'; groupId: string }
  /** Folds or unfolds groups on the canvas (`ui.collapsed`; layout only). */
  | { type: 'setCollapsed'; groupIds: readonly string[]; collapsed: boolean }
  /** A group's id; its tasks and nested groups follow. */
  | { type: 'renameGroup'; from: string; to: string }
  | { type: 'replaceDesign'; design: Design }
  /**
   * Several changes as ONE edit (delete a selection, group, paste): applied in
   * order, all or nothing, so the store records one undo step and a refusal
   * leaves the design as it was.
   */
  | { type: 'batch'; changes: readonly DesignChange[] }
  | {
      type: 'applyLayout';
      positions: Readonly<Record<string, Position>>;
      groups?: Readonly<Record<string, Position>>;
    };

export interface ChangeResult {
  /** The new design; the SAME object as the input when the change was refused or a no-op. */
  design: Design;
  /** Why the change was refused, in words for the user. */
  error?: string;
  /** For a refused `connect` that would close a cycle: the path, e.g. ['a','b','c','a']. */
  cyclePath?: string[];
  /** Ids of tasks the change created (addTask, duplicateTasks). */
  created?: string[];
}

export const ID_CHARS_MESSAGE = 'task ids use letters, digits, _ . -';
export const GROUP_ID_CHARS_MESSAGE = 'group ids use letters, digits, _ - (no dots)';

/**
 * Why `id` cannot be used as a task id in `design` (null when it can).
 * `except` is the task being renamed, so keeping its own id is fine.
 */
export function checkTaskId(design: Design, id: string, except?: string): string | null {
  const broken = idBreak('task_id', id);
  if (broken === 'empty') return 'a task id cannot be empty';
  if (broken === 'too-long') return `task ids are at most ${MAX_ID_LENGTH} characters`;
  if (broken === 'leading-dot-or-dash') return 'a task id cannot start with . or -';
  if (broken !== null) return ID_CHARS_MESSAGE;
  if (id !== except && design.tasks.some((t) => t.task_id === id)) {
    return `a task named "${id}" already exists`;
  }
  return null;
}

/** `BashOperator` -> `bash`, `GlueJobOperator` -> `glue_job`, `S3KeySensor` -> `s3_key_sensor`. */
export function baseIdForOperator(operatorKey: string): string {
  const stem = operatorKey.replace(/Operator$/, '') || operatorKey;
  const snake = stem
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return snake === '' ? 'task' : snake;
}

/** The first free id `<base>_1`, `<base>_2`, ... in the design (`base` from the operator). */
export function nextTaskId(design: Design, operatorKey: string): string {
  const base = baseIdForOperator(operatorKey);
  const taken = new Set(design.tasks.map((t) => t.task_id));
  for (let n = 1; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** `x` -> `x_copy`, then `x_copy_2`, `x_copy_3`, ... skipping every id in `taken`. */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  const first = `${id}_copy`;
  if (!taken.has(first)) return first;
  for (let n = 2; ; n++) if (!taken.has(`${first}_${n}`)) return `${first}_${n}`;
}

const refuse = (design: Design, error: string): ChangeResult => ({ design, error });

const DUPLICATE_OFFSET: Position = { x: 40, y: 40 };

/** Applies one change. Pure: the input design is never modified. */
export function applyChange(design: Design, change: DesignChange): ChangeResult {
  switch (change.type) {
    case 'addTask':
      return addTask(design, change.task);
    case 'updateTaskArgs':
      return updateTask(design, change.taskId, (t) => {
        const args = { ...t.args };
        for (const [k, v] of Object.entries(change.set)) {
          if (v === undefined) delete args[k];
          else args[k] = v;
        }
        return { ...t, args };
      });
    case 'setTaskField':
      return setTaskField(design, change.taskId, change);
    case 'renameTask':
      return renameTask(design, change.from, change.to, change.occurrence ?? 1);
    case 'removeTasks':
      return removeTasks(design, change.ids);
    case 'duplicateTasks':
      return duplicateTasks(design, change.ids, change.offset ?? DUPLICATE_OFFSET);
    case 'moveNodes':
    case 'applyLayout':
      return moveNodes(design, change.positions, change.groups);
    case 'setPinned':
      return setPinned(design, change.ids, change.pinned);
    case 'connect':
      return connect(design, change.from, change.to);
    case 'removeEdges': {
      const drop = new Set(change.edges.map(keyOfEdge));
      const edges = design.edges.filter((e) => !drop.has(keyOfEdge(e)));
      return edges.length === design.edges.length ? { design } : { design: { ...design, edges } };
    }
    case 'updateDag':
      return { design: { ...design, dag: { ...design.dag, ...change.patch } } };
    case 'setTarget':
      return design.target.airflow === change.target
        ? { design }
        : { design: { ...design, target: { airflow: change.target } } };
    case 'addGroup':
      return addGroup(design, change.group);
    case 'updateGroup':
      return updateGroup(design, change.groupId, change.patch);
    case 'removeGroup':
      return removeGroup(design, change.groupId);
    case 'renameGroup':
      return renameGroup(design, change.from, change.to);
    case 'setCollapsed':
      return setCollapsed(design, change.groupIds, change.collapsed);
    case 'replaceDesign':
      return { design: change.design };
    case 'batch':
      return applyBatch(design, change.changes);
  }
}

function applyBatch(design: Design, changes: readonly DesignChange[]): ChangeResult {
  let current = design;
  const created: string[] = [];
  for (const change of changes) {
    const result = applyChange(current, change);
    if (result.error !== undefined) return { ...result, design };
    current = result.design;
    if (result.created) created.push(...result.created);
  }
  return created.length > 0 ? { design: current, created } : { design: current };
}

function addTask(design: Design, task: Task): ChangeResult {
  const why = checkTaskId(design, task.task_id);
  if (why) return refuse(design, why);
  if (task.group !== null && !design.groups.some((g) => g.group_id === task.group)) {
    return refuse(design, `there is no group "${task.group}"`);
  }
  return { design: { ...design, tasks: [...design.tasks, task] }, created: [task.task_id] };
}

function updateTask(design: Design, taskId: string, update: (t: Task) => Task): ChangeResult {
  const i = design.tasks.findIndex((t) => t.task_id === taskId);
  if (i < 0) return refuse(design, `there is no task "${taskId}"`);
  const tasks = design.tasks.slice();
  tasks[i] = update(tasks[i]!);
  return { design: { ...design, tasks } };
}

function setTaskField(design: Design, taskId: string, change: TaskFieldChange): ChangeResult {
  if (change.field === 'group' && change.value !== null) {
    const groupId = change.value;
    if (!design.groups.some((g) => g.group_id === groupId)) {
      return refuse(design, `there is no group "${groupId}"`);
    }
  }
  return updateTask(design, taskId, (t) => {
    const next: Task = { ...t };
    if (change.value === undefined)
      delete (next as unknown as Record<string, unknown>)[change.field];
    else (next as unknown as Record<string, unknown>)[change.field] = change.value;
    return next;
  });
}

function renameTask(design: Design, from: string, to: string, occurrence: number): ChangeResult {
  if (from === to) return { design };
  const sharing = design.tasks.filter((t) => t.task_id === from).length;
  if (sharing === 0) return refuse(design, `there is no task "${from}"`);
  const why = checkTaskId(design, to, from);
  if (why) return refuse(design, why);
  if (sharing > 1) {
    // One of several tasks with this id: only that one changes; the edges name the others.
    let n = 0;
    const tasks = design.tasks.map((t) =>
      t.task_id === from && ++n === occurrence ? { ...t, task_id: to } : t,
    );
    if (n < occurrence) return refuse(design, `there is no task "${from}" #${occurrence}`);
    return { design: { ...design, tasks } };
  }
  const tasks = renameInSetups(
    design.tasks.map((t) =>
      renameOutputOf(t.task_id === from ? { ...t, task_id: to } : t, from, to),
    ),
    from,
    to,
  );
  const touched = design.edges.some((e) => e.from === from || e.to === from);
  const edges = touched
    ? sortEdges(
        design.edges.map((e) =>
          e.from === from || e.to === from
            ? { from: e.from === from ? to : e.from, to: e.to === from ? to : e.to }
            : e,
        ),
      )
    : design.edges;
  return { design: { ...design, tasks, edges } };
}

function removeTasks(design: Design, ids: readonly string[]): ChangeResult {
  const drop = new Set(ids);
  const kept = design.tasks.filter((t) => !drop.has(t.task_id));
  if (kept.length === design.tasks.length) return { design };
  const tasks = dropFromSetups(kept, drop);
  const edges = design.edges.filter((e) => !drop.has(e.from) && !drop.has(e.to));
  return { design: { ...design, tasks, edges } };
}

function duplicateTasks(design: Design, ids: readonly string[], offset: Position): ChangeResult {
  const wanted = new Set(ids);
  const originals = design.tasks.filter((t) => wanted.has(t.task_id));
  if (originals.length === 0) return refuse(design, 'select a task to duplicate');
  const taken = new Set(design.tasks.map((t) => t.task_id));
  const renamed = new Map<string, string>();
  const copies: Task[] = [];
  for (const t of originals) {
    const id = copyId(t.task_id, taken);
    if (id.length > MAX_ID_LENGTH)
      return refuse(design, `the copy of "${t.task_id}" would have too long an id`);
    taken.add(id);
    renamed.set(t.task_id, id);
    const copy: Task = structuredClone(t);
    copy.task_id = id;
    if (t.ui) copy.ui = { x: t.ui.x + offset.x, y: t.ui.y + offset.y };
    copies.push(copy);
  }
  copies.forEach((copy, i) => (copies[i] = setupsOfCopy(copy, renamed)));
  // Edges between two duplicated tasks are copied; edges to the rest of the DAG are not,
  // so a copy never silently joins the running graph.
  const internal: Edge[] = [];
  for (const e of design.edges) {
    const from = renamed.get(e.from);
    const to = renamed.get(e.to);
    if (from && to) internal.push({ from, to });
  }
  const edges = internal.length > 0 ? sortEdges([...design.edges, ...internal]) : design.edges;
  return {
    design: { ...design, tasks: [...design.tasks, ...copies], edges },
    created: copies.map((c) => c.task_id),
  };
}

const samePos = (a: Position | undefined, b: Position): boolean =>
  a !== undefined && a.x === b.x && a.y === b.y;

function moveNodes(
  design: Design,
  positions: Readonly<Record<string, Position>>,
  groupPositions?: Readonly<Record<string, Position>>,
): ChangeResult {
  let changed = false;
  const tasks = design.tasks.map((t) => {
    const p = positions[t.task_id];
    if (!p || samePos(t.ui, p)) return t;
    changed = true;
    return { ...t, ui: { ...t.ui, x: p.x, y: p.y } };
  });
  let groups = design.groups;
  if (groupPositions) {
    groups = design.groups.map((g) => {
      const p = groupPositions[g.group_id];
      if (!p || (g.ui?.x === p.x && g.ui?.y === p.y)) return g;
      changed = true;
      return { ...g, ui: { ...g.ui, x: p.x, y: p.y } };
    });
  }
  return changed ? { design: { ...design, tasks, groups } } : { design };
}

function setPinned(design: Design, ids: readonly string[], pinned: boolean): ChangeResult {
  const wanted = new Set(ids);
  let changed = false;
  const tasks = design.tasks.map((t) => {
    if (!wanted.has(t.task_id) || (t.ui?.pinned ?? false) === pinned) return t;
    changed = true;
    // `pinned: false` is written as no key at all, so unpinning restores the original file.
    const base = { x: t.ui?.x ?? 0, y: t.ui?.y ?? 0 };
    return { ...t, ui: pinned ? { ...base, pinned: true } : base };
  });
  return changed ? { design: { ...design, tasks } } : { design };
}

function connect(design: Design, from: string, to: string): ChangeResult {
  const problem = connectProblem(design, from, to);
  switch (problem?.kind) {
    case 'no-task':
      return refuse(design, `there is no task "${problem.id}"`);
    case 'self-loop':
      return refuse(design, `a task cannot depend on itself ("${from}")`);
    case 'duplicate':
      return refuse(design, `"${from}" already runs before "${to}"`);
    case 'cycle':
      return {
        design,
        error: `this edge would create a cycle: ${formatPath(problem.path)}`,
        cyclePath: problem.path,
      };
  }
  return { design: { ...design, edges: sortEdges([...design.edges, { from, to }]) } };
}

/** Why `id` cannot name a new group (or group `current`, being renamed), or null. */
export function checkGroupId(design: Design, id: string, current?: string): string | null {
  if (idBreak('group_id', id) !== null) {
    return GROUP_ID_CHARS_MESSAGE;
  }
  if (id !== current && design.groups.some((g) => g.group_id === id)) {
    return `a group named "${id}" already exists`;
  }
  return null;
}

/** True when `parent` is `groupId` itself or nested (transitively) inside it. */
function isInside(design: Design, parent: string | null, groupId: string): boolean {
  return walkGroupChain(parentsOf(design), parent).chain.includes(groupId);
}

function addGroup(design: Design, group: TaskGroup): ChangeResult {
  const why = checkGroupId(design, group.group_id);
  if (why) return refuse(design, why);
  if (group.parent !== null && !design.groups.some((g) => g.group_id === group.parent)) {
    return refuse(design, `there is no group "${group.parent}"`);
  }
  return { design: { ...design, groups: [...design.groups, group] } };
}

function updateGroup(
  design: Design,
  groupId: string,
  patch: Partial<Omit<TaskGroup, 'group_id'>>,
): ChangeResult {
  const i = design.groups.findIndex((g) => g.group_id === groupId);
  if (i < 0) return refuse(design, `there is no group "${groupId}"`);
  if (patch.parent !== undefined && patch.parent !== null) {
    if (!design.groups.some((g) => g.group_id === patch.parent)) {
      return refuse(design, `there is no group "${patch.parent}"`);
    }
    if (isInside(design, patch.parent, groupId)) {
      return refuse(design, `group "${groupId}" cannot be nested inside itself`);
    }
  }
  const groups = design.groups.slice();
  groups[i] = { ...groups[i]!, ...patch };
  return { design: { ...design, groups } };
}

/** Removing a group keeps its tasks and sub-groups: they move up to the group's parent. */
function setCollapsed(
  design: Design,
  groupIds: readonly string[],
  collapsed: boolean,
): ChangeResult {
  const wanted = new Set(groupIds);
  let changed = false;
  const groups = design.groups.map((g) => {
    if (!wanted.has(g.group_id) || (g.ui?.collapsed === true) === collapsed) return g;
    changed = true;
    const ui: GroupUi = { ...g.ui };
    if (collapsed) ui.collapsed = true;
    else delete ui.collapsed;
    const group: TaskGroup = { ...g };
    if (Object.keys(ui).length > 0) group.ui = ui;
    else delete group.ui;
    return group;
  });
  return changed ? { design: { ...design, groups } } : { design };
}

function renameGroup(design: Design, from: string, to: string): ChangeResult {
  if (from === to) return { design };
  if (!design.groups.some((g) => g.group_id === from)) {
    return refuse(design, `there is no group "${from}"`);
  }
  const why = checkGroupId(design, to);
  if (why) return refuse(design, why);
  const groups = design.groups.map((g) =>
    g.group_id === from || g.parent === from
      ? {
          ...g,
          group_id: g.group_id === from ? to : g.group_id,
          parent: g.parent === from ? to : g.parent,
        }
      : g,
  );
  const tasks = design.tasks.map((t) => (t.group === from ? { ...t, group: to } : t));
  return { design: { ...design, groups, tasks } };
}

function removeGroup(design: Design, groupId: string): ChangeResult {
  const group = design.groups.find((g) => g.group_id === groupId);
  if (!group) return refuse(design, `there is no group "${groupId}"`);
  const groups = design.groups
    .filter((g) => g.group_id !== groupId)
    .map((g) => (g.parent === groupId ? { ...g, parent: group.parent } : g));
  const tasks = design.tasks.map((t) => (t.group === groupId ? { ...t, group: group.parent } : t));
  return { design: { ...design, groups, tasks } };
}
