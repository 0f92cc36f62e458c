/**
 * One task as `var = Operator(task_id=..., ...)`. Keyword order: `task_id`,
 * `python_callable`, the operator's own arguments in catalog order, the
 * BaseOperator arguments in catalog order, then anything else (custom
 * operators' free arguments) in the order the design lists them. Absent arguments are omitted;
 * present ones are emitted as the design says, even when equal to Airflow's
 * default. `estimated_duration` and `ui` are design-only and never emitted.
 *
 * Known traps, handled here:
 * - `bash_command` ending in `.sh`/`.bash`: Airflow would load it as a Jinja
 *   template file (and fail with TemplateNotFound); a trailing space, the
 *   fix Airflow's docs give, keeps it a command. A comment says so.
 * - Sensors always state `mode`: when the design (task and default_args) does
 *   not set it, the exporter writes Airflow's own default `"poke"`, so the
 *   file shows that the sensor holds a worker slot while it waits, without
 *   changing behaviour behind the designer's back.
 * - EcsRunTaskOperator's `overrides` is required by the operator even when
 *   empty: written as `{}` when the design omits it.
 */
import type { AirflowTarget, JsonValue, Task } from '../../design/design.ts';
import type { ArgSpec } from '../../catalog/types.ts';
import { isPythonIdentifier, pyStr } from '../python-literal.ts';
import { renderCall, renderCallBlock, type Kwarg } from './calls.ts';
import type { ImportCollector } from './imports.ts';
import { commonArgs, resolveOperator } from './operators.ts';
import { expandTail } from './mapping.ts';
import { pyCallbackArg } from './notifiers.ts';
import { assetKwargs } from './task-assets.ts';
import { pyArgValue } from './values.ts';
import { VariableNamer } from './names.ts';

export interface TaskContext {
  target: AirflowTarget;
  imports: ImportCollector;
  /** Python variable of each task. */
  variables: ReadonlyMap<string, string>;
  /** Python function each callable-using task passes. */
  callables: ReadonlyMap<string, string>;
  defaultArgs: Readonly<Record<string, JsonValue>>;
  /** What follows each task's call (`.as_setup()`, `.as_teardown(...)`), see setup-teardown.ts. */
  tails?: ReadonlyMap<string, string>;
}

/** Arguments the operator cannot run without, even when the design leaves them out. */
const ALWAYS_EMITTED: Record<string, Record<string, JsonValue>> = {
  EcsRunTaskOperator: { overrides: {} },
};

/** Airflow's BashOperator `template_ext`: a command ending so is read as a template file path. */
const TEMPLATE_FILE_SUFFIXES = ['.sh', '.bash'];

const SH_COMMENT =
  'Trailing space added: Airflow reads a command ending in .sh/.bash as a template file path.';

/** The design's args plus the values the traps above add. */
function effectiveArgs(task: Task, operator: ReturnType<typeof resolveOperator>, ctx: TaskContext) {
  const args: Record<string, JsonValue> = { ...ALWAYS_EMITTED[operator.key], ...task.args };
  if (
    operator.isSensor &&
    !Object.hasOwn(args, 'mode') &&
    !Object.hasOwn(ctx.defaultArgs, 'mode')
  ) {
    const modeSpec = operator.args.find((spec) => spec.name === 'mode');
    args['mode'] = typeof modeSpec?.default === 'string' ? modeSpec.default : 'poke';
  }
  return args;
}

function bashTrap(
  name: string,
  value: JsonValue,
  operatorKey: string,
): { value: JsonValue; comment?: string } {
  if (operatorKey === 'custom' || name !== 'bash_command' || typeof value !== 'string')
    return { value };
  if (!TEMPLATE_FILE_SUFFIXES.some((suffix) => value.endsWith(suffix))) return { value };
  return { value: value + ' ', comment: SH_COMMENT };
}

/** The task's operator call, one keyword argument per line, indented by `indent`. */
export function renderTask(task: Task, ctx: TaskContext, indent: string): string {
  const where = `task "${task.task_id}"`;
  const operator = resolveOperator(task, ctx.target);
  const className = ctx.imports.use(operator.module, operator.className);
  const args = effectiveArgs(task, operator, ctx);
  const argIndent = indent + '    ';

  const kwargs: Kwarg[] = [{ name: 'task_id', value: pyStr(task.task_id) }];
  const reserved = new Set(['task_id']);
  if (operator.usesPythonCallable) {
    const callable = ctx.callables.get(task.task_id);
    if (callable === undefined) throw new Error(`${where}: no Python function for python_callable`);
    kwargs.push({ name: 'python_callable', value: callable });
    reserved.add('python_callable');
  }

  const done = new Set<string>();
  const emitted = new Set<string>();
  const emit = (name: string, spec: ArgSpec | undefined) => {
    if (done.has(name) || !Object.hasOwn(args, name)) return;
    done.add(name);
    const pythonName = spec?.pythonName ?? name;
    if (!isPythonIdentifier(pythonName))
      throw new Error(`${where}: argument "${name}" is not a Python identifier`);
    if (reserved.has(pythonName))
      throw new Error(`${where}: argument "${name}" is set by the exporter itself`);
    if (emitted.has(pythonName))
      throw new Error(`${where}: two arguments are both written as "${pythonName}"`);
    emitted.add(pythonName);
    const trapped = bashTrap(name, args[name] as JsonValue, operator.key);
    const field = `${where}, argument "${name}"`;
    const value =
      pyCallbackArg(name, trapped.value, ctx.target, ctx.imports, argIndent, field) ??
      pyArgValue(trapped.value, spec, field, ctx.imports, argIndent);
    kwargs.push({
      name: pythonName,
      value,
      ...(trapped.comment ? { comment: trapped.comment } : {}),
    });
  };

  const common = commonArgs(ctx.target);
  for (const spec of operator.args) emit(spec.name, spec);
  if (operator.key === 'custom') {
    // A custom operator's own arguments are the free ones: they come first, as the design lists them.
    const commonNames = new Set(common.map((spec) => spec.name));
    for (const name of Object.keys(args)) if (!commonNames.has(name)) emit(name, undefined);
  }
  for (const spec of common) emit(spec.name, spec);
  kwargs.push(...assetKwargs(task, ctx.target, ctx.imports, argIndent));
  const unknown = Object.keys(args).find((name) => !done.has(name));
  if (unknown !== undefined) {
    // Airflow would refuse the DAG ("Invalid arguments were passed"); validation reports it as invalid-argument.
    throw new Error(
      `${where}: ${operator.key} takes no argument "${unknown}" on Airflow ${ctx.target}`,
    );
  }

  const variable = ctx.variables.get(task.task_id);
  if (variable === undefined) throw new Error(`${where}: no Python variable allocated`);
  // ruff's AIR001 wants the variable to be the task_id; say why it cannot be.
  const reason = VariableNamer.renameReason(
    task.task_id,
    variable,
    new Set(ctx.callables.values()),
  );
  const airflowClass = operator.module === 'airflow' || operator.module.startsWith('airflow.');
  const noqa =
    reason !== null && airflowClass
      ? `  # noqa: AIR001 (task_id ${JSON.stringify(task.task_id)} is ${reason})`
      : '';
  // A mapped task: `Op.partial(...).expand(arg=...)` (mapping.ts), then any setup/teardown call.
  const head = `${variable} = ${className}${task.expand ? '.partial' : ''}`;
  const tail =
    expandTail(
      task,
      operator.args,
      ctx.variables,
      ctx.imports,
      indent,
      (name, value) => bashTrap(name, value, operator.key).value,
    ) + (ctx.tails?.get(task.task_id) ?? '');
  // A task with nothing but its id reads best on one line: `start = EmptyOperator(task_id="start")`.
  if (kwargs.length === 1) return renderCall(head, kwargs, indent, tail) + noqa;
  return renderCallBlock(head, kwargs, indent, tail, noqa);
}
