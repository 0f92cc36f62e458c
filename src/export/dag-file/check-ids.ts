/**
 * The exporter's own guard: validation should have caught all of this, but
 * an id reaches the file as code (variable names, `group.task` ids), so a bad
 * one is a clear Error here rather than a broken DAG file. The rules come
 * from src/design/ids.ts; this file only words them as Errors.
 */
import { MAX_FULL_TASK_ID_LENGTH, type Design } from '../../design/design.ts';
import { fullTaskId, idBreak, walkGroupChain, type IdKind } from '../../design/ids.ts';

function checkId(id: string, kind: IdKind): void {
  if (idBreak(kind, id) !== null) {
    throw new Error(`Cannot export: ${kind} ${JSON.stringify(id)} is not a valid id`);
  }
}

/** Throws a clear Error naming the first id, group or edge problem. */
export function checkIds(design: Design): void {
  checkId(design.dag.dag_id, 'dag_id');
  const parents = new Map<string, string | null>();
  for (const group of design.groups) {
    checkId(group.group_id, 'group_id');
    if (parents.has(group.group_id))
      throw new Error(`Cannot export: two groups are named "${group.group_id}"`);
    parents.set(group.group_id, group.parent);
  }
  for (const group of design.groups) {
    const broken = walkGroupChain(parents, group.group_id).broken;
    if (broken?.reason === 'cycle')
      throw new Error(`Cannot export: group "${group.group_id}" is nested in itself`);
    if (broken?.reason === 'unknown')
      throw new Error(`Cannot export: group "${group.group_id}" has unknown parent "${broken.at}"`);
  }
  const taskIds = new Set<string>();
  for (const task of design.tasks) {
    checkId(task.task_id, 'task_id');
    if (taskIds.has(task.task_id))
      throw new Error(`Cannot export: two tasks are named "${task.task_id}"`);
    taskIds.add(task.task_id);
    if (task.group !== null && !parents.has(task.group)) {
      throw new Error(`Cannot export: task "${task.task_id}" is in unknown group "${task.group}"`);
    }
    const fullId = fullTaskId(design, task.task_id, task.group) ?? task.task_id;
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
