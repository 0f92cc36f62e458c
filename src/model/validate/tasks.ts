/**
 * Per task: the operator exists (in the catalog and on the target, or is a
 * well-formed `custom`), required arguments are present, every argument is
 * known and well-typed, the Python source fits, estimated_duration >= 0.
 *
 * An argument unknown for the target is `invalid-argument`, unless it exists
 * on another target (of this operator, or as a common argument): then it is
 * `unsupported-on-target`, e.g. `sla` on Airflow 3.
 */
import { isCallbackArg } from '../../catalog/index.ts';
import type { ArgSpec, OperatorSpec } from '../../catalog/types.ts';
import {
  AIRFLOW_TARGETS,
  type AirflowTarget,
  type JsonValue,
  type Task,
} from '../../design/design.ts';
import { providerVersion } from '../../design/targets.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';
import { commonArgsOn, type ValidationContext } from './context.ts';
import { checkNotifierList } from './alerts.ts';
import { isExpanded } from './mapping.ts';
import { checkCallableSource } from './python-source.ts';
import { didYouMean } from './suggest.ts';
import { checkValue, isBlank } from './values.ts';

/** Set by the designer itself; an arg with these names would clash in the export. */
const RESERVED_ARGS: Readonly<Record<string, string>> = {
  task_id: 'the task_id field',
  dag: 'the design itself',
  task_group: 'the group field',
  python_callable: 'the python field',
  outlets: 'the outlets field',
  inlets: 'the inlets field',
};

const PY_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PY_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const isPyName = (s: string) => PY_IDENTIFIER.test(s) && !PY_KEYWORDS.has(s);

/**
 * Catalog help can run long; a finding message needs its first sentence
 * (a stop outside parentheses, followed by a capital or the end, so
 * "(e.g. 'x')" does not cut it).
 */
function firstSentence(help: string): string {
  let depth = 0;
  for (let i = 0; i < help.length; i++) {
    const c = help[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      '.!?'.includes(c) &&
      (i + 1 === help.length || /^\s+[A-Z]/.test(help.slice(i + 1, i + 4)))
    ) {
      return help.slice(0, i + 1);
    }
  }
  return help;
}

export function checkTasks(ctx: ValidationContext): Finding[] {
  return [
    ...ctx.design.tasks.flatMap((task, i) => checkTask(ctx, task, `tasks[${i}]`)),
    ...checkCallableClashes(ctx),
  ];
}

/**
 * Two tasks whose functions share a name but not a body: the file holds one
 * def per name, so the second would silently replace the first.
 */
function checkCallableClashes(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { source: string; taskId: string }>();
  ctx.design.tasks.forEach((task, i) => {
    if (task.python === undefined) return;
    if (!ctx.catalog.getOperator(task.operator)?.usesPythonCallable) return;
    const check = checkCallableSource(task.python);
    if (!check.ok) return;
    const first = seen.get(check.name);
    if (first === undefined) seen.set(check.name, { source: check.source, taskId: task.task_id });
    else if (first.source !== check.source) {
      out.push(
        errorFinding(
          'invalid-argument',
          `tasks[${i}].python`,
          `The function "${check.name}" has the same name as the one of task "${first.taskId}" but a different body; rename one of them.`,
        ),
      );
    }
  });
  return out;
}

function checkTask(ctx: ValidationContext, task: Task, path: string): Finding[] {
  const out: Finding[] = [];
  const d = task.estimated_duration;
  if (d !== undefined && !(Number.isFinite(d) && d >= 0)) {
    out.push(
      errorFinding(
        'invalid-argument',
        `${path}.estimated_duration`,
        `estimated_duration is seconds and must be 0 or more, not ${d}.`,
      ),
    );
  }
  if (task.operator === 'custom') return [...out, ...checkCustom(ctx, task, path)];

  if (task.custom !== undefined) {
    out.push(
      errorFinding(
        'invalid-argument',
        `${path}.custom`,
        `"custom" is only for operator "custom"; this task uses ${task.operator}.`,
      ),
    );
  }
  const op = ctx.catalog.getOperator(task.operator);
  if (!op) {
    out.push(
      errorFinding(
        'unknown-operator',
        `${path}.operator`,
        `Task "${task.task_id}": "${task.operator}" is not in the operator catalog.${didYouMean(task.operator, ctx.catalog.operatorKeys ?? [])} Pick one from the palette, or use "custom" with a module and class.`,
      ),
    );
    return out;
  }
  const spec = op.targets[ctx.target];
  if (!spec) {
    const where = AIRFLOW_TARGETS.filter((t) => op.targets[t]);
    const since = op.sinceAirflow ? `; it needs Airflow ${op.sinceAirflow} or newer` : '';
    out.push(
      errorFinding(
        'unsupported-on-target',
        `${path}.operator`,
        `${op.key} does not exist on Airflow ${ctx.target}${since}${where.length ? ` (only on ${where.join(', ')})` : ''}.`,
      ),
    );
    return out;
  }
  out.push(...checkPython(op, task, path));
  for (const arg of spec.args) {
    if (
      arg.required &&
      !isExpanded(task, arg.name) &&
      isBlank(task.args[arg.name]) &&
      isBlank(ctx.design.dag.default_args[arg.name])
    ) {
      out.push(
        errorFinding(
          'missing-argument',
          childPath(`${path}.args`, arg.name),
          `${op.key} "${task.task_id}" needs ${arg.name}: ${firstSentence(arg.help)}`,
        ),
      );
    }
  }
  out.push(...checkOneOf(ctx, task, path, op, spec.args));
  out.push(...checkArgs(ctx, task, path, op, spec.args));
  return out;
}

/** A group of arguments of which the task sets none (on the task or in default_args). */
function checkOneOf(
  ctx: ValidationContext,
  task: Task,
  path: string,
  op: OperatorSpec,
  specs: readonly ArgSpec[],
): Finding[] {
  const set = (name: string) =>
    !isBlank(task.args[name]) || !isBlank(ctx.design.dag.default_args[name]);
  return op.requiresOneOf
    .map((group) => group.filter((name) => specs.some((s) => s.name === name)))
    .filter((group) => group.length > 0 && !group.some(set))
    .map((group) => {
      const first = specs.find((s) => s.name === group[0])!;
      return errorFinding(
        'missing-argument',
        childPath(`${path}.args`, first.name),
        `${op.key} "${task.task_id}" needs ${group.join(' or ')}: ${firstSentence(first.help)}`,
      );
    });
}

function checkPython(op: OperatorSpec, task: Task, path: string): Finding[] {
  const p = `${path}.python`;
  if (!op.usesPythonCallable) {
    return task.python === undefined
      ? []
      : [
          errorFinding(
            'invalid-argument',
            p,
            `${op.key} does not run Python code; remove the python field or pick a Python operator.`,
          ),
        ];
  }
  if (task.python === undefined || task.python.trim() === '') {
    return [
      errorFinding(
        'missing-argument',
        p,
        `${op.key} "${task.task_id}" needs its Python function in the python field.`,
      ),
    ];
  }
  const check = checkCallableSource(task.python);
  return check.ok ? [] : [errorFinding('invalid-argument', p, check.message, check.at)];
}

function checkCustom(ctx: ValidationContext, task: Task, path: string): Finding[] {
  const out: Finding[] = [];
  if (!task.custom) {
    out.push(
      errorFinding(
        'missing-argument',
        `${path}.custom`,
        `Custom task "${task.task_id}" needs "custom": { "module": ..., "class": ... }.`,
      ),
    );
  } else {
    const { module, class: cls } = task.custom;
    // Blank halves are a field still to fill (a custom task fresh from the palette).
    if (module.trim() === '') {
      out.push(
        errorFinding(
          'missing-argument',
          `${path}.custom.module`,
          `Custom task "${task.task_id}" needs the Python module of its operator, e.g. my_pkg.operators.`,
        ),
      );
    } else if (!module.split('.').every(isPyName)) {
      out.push(
        errorFinding(
          'invalid-argument',
          `${path}.custom.module`,
          `"${module}" is not a Python module path (dotted identifiers, e.g. my_pkg.operators).`,
        ),
      );
    }
    if (cls.trim() === '') {
      out.push(
        errorFinding(
          'missing-argument',
          `${path}.custom.class`,
          `Custom task "${task.task_id}" needs the class name of its operator.`,
        ),
      );
    } else if (!isPyName(cls)) {
      out.push(
        errorFinding(
          'invalid-argument',
          `${path}.custom.class`,
          `"${cls}" is not a Python class name.`,
        ),
      );
    }
  }
  if (task.python !== undefined) {
    out.push(
      errorFinding(
        'invalid-argument',
        `${path}.python`,
        'Custom operators do not take a python field.',
      ),
    );
  }
  // Free args: only the common ones (and reserved names) are checked.
  return [...out, ...checkArgs(ctx, task, path, null, [])];
}

function checkArgs(
  ctx: ValidationContext,
  task: Task,
  path: string,
  op: OperatorSpec | null,
  specs: readonly ArgSpec[],
): Finding[] {
  const out: Finding[] = [];
  const common = commonArgsOn(ctx.catalog, ctx.target);
  for (const [name, value] of Object.entries(task.args)) {
    const p = childPath(`${path}.args`, name);
    const reserved = RESERVED_ARGS[name];
    if (reserved) {
      out.push(
        errorFinding(
          'invalid-argument',
          p,
          `"${name}" is not an argument here: the designer sets it from ${reserved}.`,
        ),
      );
      continue;
    }
    if (!op && !isPyName(name)) {
      out.push(
        errorFinding(
          'invalid-argument',
          p,
          `"${name}" cannot be a keyword argument in Python (${PY_KEYWORDS.has(name) ? 'it is a Python keyword' : 'not a Python name'}).`,
        ),
      );
      continue;
    }
    const known = [...specs, ...common];
    const found = checkKnownArg(ctx, op, known, name, value, p);
    if (found) out.push(...found);
    else if (op) {
      const hint = didYouMean(
        name,
        known.map((a) => a.name),
      );
      out.push(errorFinding('invalid-argument', p, `${op.key} has no argument "${name}".${hint}`));
    }
  }
  return out;
}

/**
 * The findings of an argument some target knows: its value checked against
 * its spec here, or `unsupported-on-target` naming the targets that have it.
 * Null when no target knows the name (the caller decides if that is wrong).
 */
function checkKnownArg(
  ctx: ValidationContext,
  op: OperatorSpec | null,
  specs: readonly ArgSpec[],
  name: string,
  value: JsonValue,
  p: string,
): Finding[] | null {
  const spec = specs.find((s) => s.name === name);
  if (spec) {
    return isCallbackArg(spec.name)
      ? checkNotifierList(ctx, value, p)
      : checkValue(ctx, spec, value, p);
  }
  const newer = op?.targets[ctx.target]?.unavailable.find((s) => s.name === name)?.needs;
  if (newer) {
    const pinned = providerVersion(ctx.target, newer.provider);
    return [
      errorFinding(
        'unsupported-on-target',
        p,
        `${name} needs ${newer.provider} ${newer.version} or newer; MWAA Airflow ${ctx.target} pins ${pinned ?? 'no version of it'}. Remove it, or target an Airflow version whose constraints pin that provider version.`,
      ),
    ];
  }
  const elsewhere = targetsWith(ctx, op, name);
  if (elsewhere.length === 0) return null;
  return [
    errorFinding(
      'unsupported-on-target',
      p,
      `${name} is not available ${op ? `on ${op.key} ` : ''}on Airflow ${ctx.target} (only on ${elsewhere.join(', ')}).`,
    ),
  ];
}

/** Other targets where `name` is an argument of `op` or a common argument. */
function targetsWith(
  ctx: ValidationContext,
  op: OperatorSpec | null,
  name: string,
): AirflowTarget[] {
  return AIRFLOW_TARGETS.filter(
    (t) =>
      t !== ctx.target &&
      (op?.targets[t]?.args.some((a) => a.name === name) ||
        commonArgsOn(ctx.catalog, t).some((a) => a.name === name)),
  );
}

/**
 * default_args reach every operator; only the common arguments are typed
 * here (an operator-specific default like `aws_conn_id` is fine to have).
 */
export function checkDefaultArgs(ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const common = commonArgsOn(ctx.catalog, ctx.target);
  for (const [name, value] of Object.entries(ctx.design.dag.default_args)) {
    const p = childPath('dag.default_args', name);
    if (RESERVED_ARGS[name]) {
      out.push(errorFinding('invalid-argument', p, `"${name}" cannot be a default argument.`));
      continue;
    }
    // An operator-specific name no target's common args know is fine here.
    out.push(...(checkKnownArg(ctx, null, common, name, value, p) ?? []));
  }
  return out;
}
