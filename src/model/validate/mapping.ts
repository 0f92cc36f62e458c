/**
 * Dynamic task mapping (`expand`): one expanded argument per task, an
 * argument the operator really has (and not also set in `args`), each literal
 * element typed like the argument, and `output_of` naming a task joined to
 * this one by an edge (Airflow would accept a missing edge and add the
 * dependency itself; the designer wants the drawing to show it). The required
 * argument check counts an expanded argument as present (tasks.ts).
 * `estimated_map_count` is a whole number, only on a mapped task.
 */
import type { ArgSpec } from '../../catalog/types.ts';
import { isOutputOf, type Task } from '../../design/design.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';
import type { ValidationContext } from './context.ts';
import { didYouMean } from './suggest.ts';
import { checkValue } from './values.ts';

const PY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keywords the exporter writes itself (task_id, ...): never mapped. */
const SET_BY_DESIGNER: ReadonlySet<string> = new Set([
  'task_id',
  'dag',
  'task_group',
  'python_callable',
]);

export function checkMapping(ctx: ValidationContext): Finding[] {
  return ctx.design.tasks.flatMap((task, i) => checkTaskMapping(ctx, task, `tasks[${i}]`));
}

/** True when `name` is the task's expanded argument (it then counts as present). */
export function isExpanded(task: Task, name: string): boolean {
  return task.expand !== undefined && Object.hasOwn(task.expand, name);
}

function checkTaskMapping(ctx: ValidationContext, task: Task, path: string): Finding[] {
  const out: Finding[] = [];
  const count = task.estimated_map_count;
  if (count !== undefined) {
    if (!(Number.isInteger(count) && count >= 0)) {
      out.push(
        errorFinding(
          'invalid-argument',
          `${path}.estimated_map_count`,
          `estimated_map_count is how many mapped instances to expect: a whole number of 0 or more, not ${count}.`,
        ),
      );
    } else if (task.expand === undefined) {
      out.push(
        errorFinding(
          'invalid-argument',
          `${path}.estimated_map_count`,
          `estimated_map_count is for a mapped task; "${task.task_id}" expands no argument (add expand, or remove it).`,
        ),
      );
    }
  }
  if (task.expand === undefined) return out;
  const names = Object.keys(task.expand);
  if (names.length === 0) {
    out.push(
      errorFinding(
        'invalid-argument',
        `${path}.expand`,
        'expand names no argument: give one argument to map over, or remove expand.',
      ),
    );
    return out;
  }
  names.slice(1).forEach((name) => {
    out.push(
      errorFinding(
        'invalid-argument',
        childPath(`${path}.expand`, name),
        `Only one argument can be expanded per task ("${names[0]}" already is); move "${name}" to args.`,
      ),
    );
  });
  const name = names[0]!;
  out.push(...checkExpandedArg(ctx, task, path, name));
  return out;
}

function checkExpandedArg(
  ctx: ValidationContext,
  task: Task,
  path: string,
  name: string,
): Finding[] {
  const at = childPath(`${path}.expand`, name);
  const source = task.expand![name]!;
  const out: Finding[] = [];
  let spec: ArgSpec | undefined;
  if (task.operator === 'custom') {
    if (!PY_NAME.test(name) || SET_BY_DESIGNER.has(name)) {
      out.push(
        errorFinding(
          'invalid-argument',
          at,
          SET_BY_DESIGNER.has(name)
            ? `"${name}" cannot be expanded: the designer sets it from the task itself.`
            : `"${name}" is not a Python keyword argument.`,
        ),
      );
    }
  } else {
    const onTarget = ctx.catalog.getOperator(task.operator)?.targets[ctx.target];
    // An unknown operator, or one missing on the target, is reported at `operator`.
    if (!onTarget) return out;
    spec = onTarget.args.find((a) => a.name === name);
    if (!spec) {
      const newer = onTarget.unavailable.find((a) => a.name === name)?.needs;
      out.push(
        newer
          ? errorFinding(
              'unsupported-on-target',
              at,
              `${name} needs ${newer.provider} ${newer.version} or newer, which MWAA Airflow ${ctx.target} does not pin.`,
            )
          : errorFinding(
              'invalid-argument',
              at,
              `${task.operator} has no argument "${name}" to expand.${didYouMean(
                name,
                onTarget.args.map((a) => a.name),
              )} Only the operator's own arguments can be mapped.`,
            ),
      );
      return out;
    }
  }
  if (Object.hasOwn(task.args, name)) {
    out.push(
      errorFinding(
        'invalid-argument',
        at,
        `"${name}" is both expanded and set in args; Airflow refuses an argument given to both partial() and expand(). Keep one.`,
      ),
    );
  }
  if (isOutputOf(source)) {
    out.push(...checkOutputOf(ctx, task, childPath(at, 'output_of'), source.output_of));
  } else if (spec) {
    source.forEach((value, j) => out.push(...checkValue(ctx, spec, value, childPath(at, j))));
  }
  return out;
}

function checkOutputOf(
  ctx: ValidationContext,
  task: Task,
  at: string,
  upstream: string,
): Finding[] {
  const { design } = ctx;
  if (upstream === task.task_id) {
    return [errorFinding('invalid-argument', at, 'A task cannot map over its own output.')];
  }
  if (!design.tasks.some((t) => t.task_id === upstream)) {
    return [
      errorFinding(
        'invalid-argument',
        at,
        `output_of names "${upstream}", which is not a task of this design.${didYouMean(
          upstream,
          design.tasks.map((t) => t.task_id),
        )}`,
      ),
    ];
  }
  if (!design.edges.some((e) => e.from === upstream && e.to === task.task_id)) {
    return [
      errorFinding(
        'invalid-argument',
        at,
        `"${task.task_id}" maps over the output of "${upstream}" but no edge joins ${upstream} -> ${task.task_id}; draw that edge.`,
      ),
    ];
  }
  return [];
}
