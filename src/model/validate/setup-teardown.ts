/**
 * Setup and teardown tasks, by Airflow's own rules (BaseOperator.as_teardown
 * and DAG.validate_setup_teardown, the same on 2.10 through 3.3):
 * - `setups` belongs to a teardown; each entry is a setup task upstream of it
 *   (directly or through other tasks), named once.
 * - `as_teardown()` sets the teardown's trigger rule to
 *   all_done_setup_success, replacing whatever the task says: a
 *   `trigger_rule` on a teardown would be silently lost.
 * - A task right after a setup task that is not a teardown must keep the
 *   trigger rule all_success, or Airflow refuses the DAG ("Setup tasks must
 *   be followed with trigger rule ALL_SUCCESS").
 * All are `invalid-argument` at the field to change.
 */
import { errorFinding, type Finding } from '../findings.ts';
import { buildGraph, succ, upstream } from '../graph.ts';
import type { ValidationContext } from './context.ts';

export function checkSetupTeardown(ctx: ValidationContext): Finding[] {
  const { tasks, edges, dag } = ctx.design;
  const out: Finding[] = [];
  if (!tasks.some((task) => task.role !== undefined || task.setups !== undefined)) return out;
  const byId = new Map(tasks.map((task) => [task.task_id, task]));
  const index = new Map(tasks.map((task, i) => [task.task_id, i]));
  const graph = buildGraph(tasks, edges);

  tasks.forEach((task, t) => {
    if (task.setups !== undefined && task.role !== 'teardown') {
      out.push(
        errorFinding(
          'invalid-argument',
          `tasks[${t}].setups`,
          `Only a teardown task has setups; give "${task.task_id}" the role teardown or remove setups.`,
        ),
      );
    }
    if (task.role === 'teardown') {
      const above = upstream(graph, task.task_id);
      const seen = new Set<string>();
      (task.setups ?? []).forEach((id, i) => {
        const path = `tasks[${t}].setups[${i}]`;
        const setup = byId.get(id);
        let problem: string | null = null;
        if (seen.has(id)) problem = `"${id}" is listed twice.`;
        else if (setup === undefined) problem = `There is no task "${id}".`;
        else if (setup.role !== 'setup')
          problem = `"${id}" is not a setup task: give it the role setup.`;
        else if (!above.has(id))
          problem = `Setup task "${id}" is not upstream of teardown "${task.task_id}": connect it (directly or through other tasks).`;
        seen.add(id);
        if (problem) out.push(errorFinding('invalid-argument', path, problem));
      });
      if (Object.hasOwn(task.args, 'trigger_rule')) {
        out.push(
          errorFinding(
            'invalid-argument',
            `tasks[${t}].args.trigger_rule`,
            `A teardown task always runs with trigger rule all_done_setup_success (as_teardown() sets it); remove trigger_rule from "${task.task_id}".`,
          ),
        );
      }
    }
  });

  // Direct downstream tasks of a setup: all_success unless they are teardowns.
  const reported = new Set<string>();
  for (const task of tasks) {
    if (task.role !== 'setup') continue;
    for (const id of succ(graph, task.task_id)) {
      const down = byId.get(id);
      if (down === undefined || down.role === 'teardown' || reported.has(id)) continue;
      const own = Object.hasOwn(down.args, 'trigger_rule');
      const rule = own ? down.args['trigger_rule'] : dag.default_args['trigger_rule'];
      if (rule === undefined || rule === 'all_success') continue;
      reported.add(id);
      out.push(
        errorFinding(
          'invalid-argument',
          own ? `tasks[${index.get(id)}].args.trigger_rule` : 'dag.default_args.trigger_rule',
          `"${id}" runs right after setup task "${task.task_id}", so Airflow requires trigger rule all_success, not ${JSON.stringify(rule)}.`,
        ),
      );
    }
  }
  return out;
}
