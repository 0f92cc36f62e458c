/**
 * Group structure: parents must exist and must not loop, tasks must name an
 * existing group.
 *
 * Decision: an unknown parent or task group is `invalid-argument` (a field
 * with a bad value); `dangling-edge` stays reserved for edges. A parent loop
 * is a `cycle` at the `parent` field of the earliest group on the loop.
 */
import { formatPath } from '../cycles.ts';
import type { Design } from '../../design/design.ts';
import { errorFinding, type Finding } from '../findings.ts';

/**
 * A field naming a group the design does not have (a group's parent, a task's
 * group): one code and one wording for both, `<who> "<groupId>", which is not
 * a group of this design.`
 */
function notAGroup(path: string, who: string, groupId: string): Finding {
  return errorFinding(
    'invalid-argument',
    path,
    `${who} "${groupId}", which is not a group of this design.`,
  );
}

export function checkGroups(design: Design): Finding[] {
  const out: Finding[] = [];
  const index = new Map<string, number>();
  design.groups.forEach((g, i) => {
    if (!index.has(g.group_id)) index.set(g.group_id, i);
  });

  design.groups.forEach((g, i) => {
    if (g.parent !== null && !index.has(g.parent)) {
      out.push(notAGroup(`groups[${i}].parent`, `Group "${g.group_id}" has parent`, g.parent));
    }
  });

  // Walk each group's parent chain; a chain that comes back to a group on
  // itself is a cycle. Groups already known to be on (or lead into) a
  // reported cycle are skipped so each loop is reported once.
  const settled = new Set<string>();
  design.groups.forEach((g, i) => {
    if (settled.has(g.group_id) || index.get(g.group_id) !== i) return;
    const walk: string[] = [];
    const onWalk = new Map<string, number>();
    let cur: string | null = g.group_id;
    while (cur !== null && index.has(cur) && !settled.has(cur)) {
      if (onWalk.has(cur)) {
        const loop = [...walk.slice(onWalk.get(cur)!), cur];
        const first = Math.min(...loop.map((id) => index.get(id)!));
        out.push(
          errorFinding(
            'cycle',
            `groups[${first}].parent`,
            `Group cycle: ${formatPath(loop)} (each group's parent is the next one).`,
          ),
        );
        break;
      }
      onWalk.set(cur, walk.length);
      walk.push(cur);
      cur = design.groups[index.get(cur)!]!.parent;
    }
    for (const id of walk) settled.add(id);
  });

  design.tasks.forEach((t, i) => {
    if (t.group !== null && !index.has(t.group)) {
      out.push(notAGroup(`tasks[${i}].group`, `Task "${t.task_id}" is in group`, t.group));
    }
  });
  return out;
}
