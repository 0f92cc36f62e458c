/**
 * Warnings: things Airflow accepts that usually hurt in production. They
 * never block an export; each message says what to change.
 */
import { assetScheduleOf, cronOf } from '../../design/asset-schedule.ts';
import type { Design, JsonValue, Task } from '../../design/design.ts';
import { warningFinding, type Finding } from '../findings.ts';
import { buildGraph, downstream, isolatedTasks, levels, pred, succ, type Graph } from '../graph.ts';
import { formatSeconds } from '../durations.ts';
import { childPath } from '../paths.ts';
import { countRuns, parseDesignDate } from '../schedule.ts';
import type { ValidationContext } from './context.ts';

const HOUR = 3600;
const OLD_START_DAYS = 30;
const DAY_MS = 86_400_000;

export function checkWarnings(ctx: ValidationContext): Finding[] {
  const { design } = ctx;
  const graph = buildGraph(
    design.tasks,
    design.edges.filter((e) => e.from !== e.to),
  );
  return [
    ...retriesAndOwner(design),
    ...catchupBacklog(ctx),
    ...narrowConcurrency(design, graph),
    ...isolated(design, graph),
    ...design.tasks.flatMap((t, i) => taskWarnings(ctx, graph, t, i)),
  ];
}

/** A task's effective value for a BaseOperator argument: its own, else default_args. */
const effective = (design: Design, task: Task, name: string): JsonValue | undefined =>
  task.args[name] ?? design.dag.default_args[name];

function retriesAndOwner(design: Design): Finding[] {
  const out: Finding[] = [];
  const hasRetries = (v: JsonValue | undefined) => typeof v === 'number' && v > 0;
  if (
    design.tasks.length > 0 &&
    !hasRetries(design.dag.default_args.retries) &&
    !design.tasks.some((t) => hasRetries(t.args.retries))
  ) {
    out.push(
      warningFinding(
        'no-retries',
        'dag.default_args',
        'No task retries: one network blip fails the run. Set default_args.retries (e.g. 2) with a retry_delay.',
      ),
    );
  }
  const owner = design.dag.default_args.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    out.push(
      warningFinding(
        'no-owner',
        'dag.default_args',
        'No owner in default_args: set default_args.owner so people know whom to ask about this DAG.',
      ),
    );
  }
  return out;
}

function catchupBacklog(ctx: ValidationContext): Finding[] {
  const dag = ctx.design.dag;
  // Asset-triggered runs are never backfilled: only a cron (alone or beside assets) catches up.
  const cron = cronOf(dag.schedule);
  if (!dag.catchup || (cron === null && assetScheduleOf(dag.schedule) !== null)) return [];
  const start = parseDesignDate(dag.start_date);
  if (!start.ok) return [];
  const startMs = Date.parse(start.isoUtc);
  const days = Math.floor((ctx.now.getTime() - startMs) / DAY_MS);
  if (days <= OLD_START_DAYS) return [];
  let until = ctx.now;
  if (dag.end_date !== null) {
    const end = parseDesignDate(dag.end_date);
    if (end.ok && Date.parse(end.isoUtc) < until.getTime()) until = new Date(end.isoUtc);
  }
  let runs = '';
  try {
    const n = countRuns(cron, new Date(startMs), until);
    if (n !== null)
      runs = n >= 10_000 ? ' about 10,000 or more runs' : ` ${n} run${n === 1 ? '' : 's'}`;
  } catch {
    // an invalid schedule is reported on its own; just skip the count
  }
  return [
    warningFinding(
      'catchup-old-start',
      'dag.catchup',
      `catchup is on and start_date is ${days} days ago: the first deploy would backfill${runs || ' every missed run'}. Turn catchup off or move start_date closer.`,
    ),
  ];
}

function isolated(design: Design, graph: Graph): Finding[] {
  if (design.tasks.length < 2) return [];
  const index = new Map(design.tasks.map((t, i) => [t.task_id, i]));
  return isolatedTasks(graph).map((id) =>
    warningFinding(
      'isolated-task',
      `tasks[${index.get(id)}]`,
      `Task "${id}" has no upstream or downstream edge: it runs on its own at the start of every run. Connect it or remove it.`,
    ),
  );
}

/** More tasks could run side by side than max_active_tasks lets run. */
function narrowConcurrency(design: Design, graph: Graph): Finding[] {
  const limit = design.dag.max_active_tasks;
  if (limit === null) return [];
  const lv = levels(graph);
  if (!lv) return [];
  const width = new Map<number, number>();
  for (const l of lv.values()) width.set(l, (width.get(l) ?? 0) + 1);
  const widest = Math.max(0, ...width.values());
  if (widest <= limit) return [];
  return [
    warningFinding(
      'narrow-concurrency',
      'dag.max_active_tasks',
      `max_active_tasks is ${limit} but up to ${widest} tasks can run in parallel; runs will queue. Raise it if that is not intended.`,
    ),
  ];
}

function taskWarnings(ctx: ValidationContext, graph: Graph, task: Task, i: number): Finding[] {
  const op = ctx.catalog.getOperator(task.operator);
  const spec = op?.targets[ctx.target];
  if (!op || !spec) return [];
  const out: Finding[] = [];
  const path = `tasks[${i}]`;

  if (op.isSensor) {
    const mode = effective(ctx.design, task, 'mode') ?? 'poke';
    const timeout = effective(ctx.design, task, 'timeout') ?? ctx.catalog.defaultSensorTimeout;
    // A deferrable sensor waits in the triggerer, not in a worker slot.
    const deferred = effective(ctx.design, task, 'deferrable') === true;
    if (mode === 'poke' && !deferred && typeof timeout === 'number' && timeout > HOUR) {
      out.push(
        warningFinding(
          'long-poke-sensor',
          `${path}.args.mode`,
          `Sensor "${task.task_id}" pokes for up to ${formatSeconds(timeout)} and holds a worker slot all that time; use mode "reschedule" (or deferrable) for waits over an hour.`,
        ),
      );
    }
  }

  for (const arg of spec.args) {
    const v = task.args[arg.name];
    const ext = typeof v === 'string' ? arg.templateExt?.find((x) => v.endsWith(x)) : undefined;
    if (ext) {
      out.push(
        warningFinding(
          'bash-template-file',
          childPath(`${path}.args`, arg.name),
          `${arg.name} ends with "${ext}", so Airflow loads it as a Jinja template file relative to the DAG folder (TemplateNotFound if it is not there). To run it as a command, add a trailing space.`,
        ),
      );
    }
  }

  if (op.isBranch) {
    const n = succ(graph, task.task_id).length;
    if (n < 2) {
      out.push(
        warningFinding(
          'branch-few-downstream',
          path,
          `Branch "${task.task_id}" has ${n} downstream task${n === 1 ? '' : 's'}; a branch chooses between at least two.`,
        ),
      );
    }
    out.push(...branchJoins(ctx.design, graph, task.task_id));
  }
  return out;
}

/**
 * A task reached from two or more arms of a branch, with two or more direct
 * upstream tasks, is a join: with all_success it is skipped whenever an arm
 * was not chosen, which is always.
 */
function branchJoins(design: Design, graph: Graph, branch: string): Finding[] {
  const arms = succ(graph, branch).map((s) => new Set([s, ...downstream(graph, s)]));
  const out: Finding[] = [];
  design.tasks.forEach((t, i) => {
    if (pred(graph, t.task_id).length < 2) return;
    if (arms.filter((arm) => arm.has(t.task_id)).length < 2) return;
    const rule = effective(design, t, 'trigger_rule') ?? 'all_success';
    if (rule !== 'all_success') return;
    out.push(
      warningFinding(
        'branch-join-trigger-rule',
        `tasks[${i}].args.trigger_rule`,
        `Task "${t.task_id}" joins the arms of branch "${branch}" with trigger_rule all_success, so it is skipped whenever an arm is skipped. Use none_failed_min_one_success.`,
      ),
    );
  });
  return out;
}
