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
import { MAX_FULL_TASK_ID_LENGTH, MAX_ID_LENGTH, type Design } from '../../design/design.ts';
import { fullTaskId, groupChain, idBreak, type IdKind } from '../../design/ids.ts';
import { errorFinding, type Finding } from '../findings.ts';

/** The finding's words for each id rule (the rules themselves live in src/design/ids.ts). */
function idProblem(kind: IdKind, id: string): string | null {
  switch (idBreak(kind, id)) {
    case null:
      return null;
    case 'empty':
      return `The ${kind} is empty.`;
    case 'too-long':
      return `The ${kind} "${id.slice(0, 40)}…" is ${id.length} characters long; the limit is ${MAX_ID_LENGTH}.`;
    case 'group-dot':
      return `The ${kind} "${id}" contains a dot; Airflow joins group ids with dots, so group ids may not have one.`;
    default:
      return `The ${kind} "${id}" may only use letters, digits, "_", "." and "-", and must not start with "." or "-".`;
  }
}

export { fullTaskId, groupChain };

const ID_KINDS = {
  group_id: { noun: 'Group', list: 'groups' },
  task_id: { noun: 'Task', list: 'tasks' },
} as const;

/**
 * `invalid-id` and `duplicate-id` for the id of `groups[i]` / `tasks[i]`.
 * Records a first use in `seen`; returns false for a repeat (whose further
 * checks would only echo the first one's).
 */
function checkIdOnce(
  out: Finding[],
  seen: Map<string, number>,
  kind: keyof typeof ID_KINDS,
  id: string,
  i: number,
): boolean {
  const { noun, list } = ID_KINDS[kind];
  const path = `${list}[${i}].${kind}`;
  const problem = idProblem(kind, id);
  if (problem) out.push(errorFinding('invalid-id', path, problem));
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, i);
    return true;
  }
  out.push(
    errorFinding(
      'duplicate-id',
      path,
      `Another ${noun.toLowerCase()} already uses the id "${id}"; rename this one.`,
    ),
  );
  return false;
}

export function checkIds(design: Design): Finding[] {
  const out: Finding[] = [];
  const dagProblem = idProblem('dag_id', design.dag.dag_id);
  if (dagProblem) out.push(errorFinding('invalid-id', 'dag.dag_id', dagProblem));

  const groupIndex = new Map<string, number>();
  design.groups.forEach((g, i) => {
    checkIdOnce(out, groupIndex, 'group_id', g.group_id, i);
  });

  const taskIndex = new Map<string, number>();
  const fullIndex = new Map<string, number>();
  design.tasks.forEach((t, i) => {
    const path = `tasks[${i}].task_id`;
    if (!checkIdOnce(out, taskIndex, 'task_id', t.task_id, i)) return;
    const group = groupIndex.get(t.task_id);
    if (group !== undefined) {
      out.push(
        errorFinding(
          'duplicate-id',
          path,
          `Task id "${t.task_id}" is also the id of a group; tasks and groups share one namespace in Airflow.`,
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
          `Task "${t.task_id}" gets the full id "${full}", the same as task "${design.tasks[clash]!.task_id}".`,
        ),
      );
    } else fullIndex.set(full, i);
  });
  return out;
}
