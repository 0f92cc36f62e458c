/**
 * The exporter's own guard: validation should have caught all of this, but
 * an id reaches the file as code (variable names, `group.task` ids), so a bad
 * one is a clear Error here rather than a broken DAG file.
 */
import {
  GROUP_ID_PATTERN,
  ID_PATTERN,
  MAX_FULL_TASK_ID_LENGTH,
  MAX_ID_LENGTH,
  type Design,
} from '../../design/design.ts';

function checkId(id: string, pattern: RegExp, what: string): void {
  if (!pattern.test(id) || id.length > MAX_ID_LENGTH) {
    throw new Error(`Cannot export: ${what} ${JSON.stringify(id)} is not a valid id`);
  }
}

/** Throws a clear Error naming the first id, group or edge problem. */
export function checkIds(design: Design): void {
  checkId(design.dag.dag_id, ID_PATTERN, 'dag_id');
  const parents = new Map<string, string | null>();
  for (const group of design.groups) {
    checkId(group.group_id, GROUP_ID_PATTERN, 'group_id');
    if (parents.has(group.group_id))
      throw new Error(`Cannot export: two groups are named "${group.group_id}"`);
    parents.set(group.group_id, group.parent);
  }
  for (const group of design.groups) {
    const seen = new Set<string>();
    for (let id: string | null = group.group_id; id !== null; id = parents.get(id) ?? null) {
      if (seen.has(id))
        throw new Error(`Cannot export: group "${group.group_id}" is nested in itself`);
      seen.add(id);
      if (!parents.has(id))
        throw new Error(`Cannot export: group "${group.group_id}" has unknown parent "${id}"`);
    }
  }
  const taskIds = new Set<string>();
  for (const task of design.tasks) {
    checkId(task.task_id, ID_PATTERN, 'task_id');
    if (taskIds.has(task.task_id))
      throw new Error(`Cannot export: two tasks are named "${task.task_id}"`);
    taskIds.add(task.task_id);
    if (task.group !== null && !parents.has(task.group)) {
      throw new Error(`Cannot export: task "${task.task_id}" is in unknown group "${task.group}"`);
    }
    let fullId = task.task_id;
    for (let id = task.group; id !== null; id = parents.get(id) ?? null) fullId = `${id}.${fullId}`;
    if (fullId.length > MAX_FULL_TASK_ID_LENGTH) {
      throw new Error(
        `Cannot export: full task id "${fullId}" is longer than ${MAX_FULL_TASK_ID_LENGTH} characters`,
      );
    }
  }
  for (const edge of design.edges) {
    if (!taskIds.has(edge.from) || !taskIds.has(edge.to) || edge.from === edge.to) {
      throw new Error(
        `Cannot export: edge ${edge.from} -> ${edge.to} does not join two different tasks`,
      );
    }
  }
}
