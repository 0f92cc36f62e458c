/**
 * Id rules: pattern and length of dag_id, group_id and task_id, uniqueness,
 * and the length of the full task id Airflow builds from the group nesting.
 *
 * Decision: groups and tasks share ONE namespace. In Airflow a TaskGroup and
 * a task are both children of their parent group keyed by id, and a task id
 * with dots can spell a grouped id (`a.b` vs task `b` in group `a`), so a
 * group_id equal to a task_id is reported as `duplicate-id` on the task, and
 * two tasks whose full ids coincide are too.
 */
import {
  GROUP_ID_PATTERN,
  ID_PATTERN,
  MAX_FULL_TASK_ID_LENGTH,
  MAX_ID_LENGTH,
  type Design,
} from '../design.ts';
import { errorFinding, type Finding } from '../findings.ts';

function idProblem(kind: string, id: string, pattern: RegExp): string | null {
  if (id === '') return `The ${kind} is empty.`;
  if (id.length > MAX_ID_LENGTH) {
    return `The ${kind} "${id.slice(0, 40)}…" is ${id.length} characters long; the limit is ${MAX_ID_LENGTH}.`;
  }
  if (!pattern.test(id)) {
    const dots = pattern === GROUP_ID_PATTERN && id.includes('.');
    return dots
      ? `The ${kind} "${id}" contains a dot; Airflow joins group ids with dots, so group ids may not have one.`
      : `The ${kind} "${id}" may only use letters, digits, "_", "." and "-", and must not start with "." or "-".`;
  }
  return null;
}

/**
 * The group chain of a task, outermost first (`['outer', 'inner']`), or null
 * when the chain is broken (unknown group or a group cycle: reported elsewhere).
 */
export function groupChain(design: Design, group: string | null): string[] | null {
  const parentOf = new Map(design.groups.map((g) => [g.group_id, g.parent]));
  const chain: string[] = [];
  const seen = new Set<string>();
  let g = group;
  while (g !== null) {
    if (seen.has(g) || !parentOf.has(g)) return null;
    seen.add(g);
    chain.unshift(g);
    g = parentOf.get(g) ?? null;
  }
  return chain;
}

/** `group.sub.task` as Airflow names it, or null when the group chain is broken. */
export function fullTaskId(design: Design, taskId: string, group: string | null): string | null {
  const chain = groupChain(design, group);
  return chain === null ? null : [...chain, taskId].join('.');
}

export function checkIds(design: Design): Finding[] {
  const out: Finding[] = [];
  const dagProblem = idProblem('dag_id', design.dag.dag_id, ID_PATTERN);
  if (dagProblem) out.push(errorFinding('invalid-id', 'dag.dag_id', dagProblem));

  const groupIndex = new Map<string, number>();
  design.groups.forEach((g, i) => {
    const path = `groups[${i}].group_id`;
    const problem = idProblem('group_id', g.group_id, GROUP_ID_PATTERN);
    if (problem) out.push(errorFinding('invalid-id', path, problem));
    const first = groupIndex.get(g.group_id);
    if (first !== undefined) {
      out.push(
        errorFinding(
          'duplicate-id',
          path,
          `Group id "${g.group_id}" is already used by groups[${first}].`,
        ),
      );
    } else groupIndex.set(g.group_id, i);
  });

  const taskIndex = new Map<string, number>();
  const fullIndex = new Map<string, number>();
  design.tasks.forEach((t, i) => {
    const path = `tasks[${i}].task_id`;
    const problem = idProblem('task_id', t.task_id, ID_PATTERN);
    if (problem) out.push(errorFinding('invalid-id', path, problem));
    const first = taskIndex.get(t.task_id);
    if (first !== undefined) {
      out.push(
        errorFinding(
          'duplicate-id',
          path,
          `Task id "${t.task_id}" is already used by tasks[${first}].`,
        ),
      );
      return;
    }
    taskIndex.set(t.task_id, i);
    const group = groupIndex.get(t.task_id);
    if (group !== undefined) {
      out.push(
        errorFinding(
          'duplicate-id',
          path,
          `Task id "${t.task_id}" is also the id of groups[${group}]; tasks and groups share one namespace in Airflow.`,
        ),
      );
    }
    const full = fullTaskId(design, t.task_id, t.group);
    if (full === null) return;
    if (full.length > MAX_FULL_TASK_ID_LENGTH) {
      out.push(
        errorFinding(
          'invalid-id',
          path,
          `The full task id "${full.slice(0, 40)}…" (group ids + task id) is ${full.length} characters long; Airflow's limit is ${MAX_FULL_TASK_ID_LENGTH}.`,
        ),
      );
    }
    const clash = fullIndex.get(full);
    if (clash !== undefined) {
      out.push(
        errorFinding(
          'duplicate-id',
          path,
          `Task "${t.task_id}" gets the full id "${full}", the same as tasks[${clash}].`,
        ),
      );
    } else fullIndex.set(full, i);
  });
  return out;
}
